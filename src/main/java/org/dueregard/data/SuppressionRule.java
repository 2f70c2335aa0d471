package org.dueregard.data;

/**
 * How small numbers are hidden so no one can be identified.
 *
 * @param threshold counts from 1 to threshold - 1 are hidden (0 is shown: it identifies no one)
 * @param roundTo   when above 1, shown counts are rounded to the nearest multiple (NHS England style: 5)
 * @param secondary hide more cells so a hidden one cannot be worked out from row or column totals
 */
public record SuppressionRule(int threshold, int roundTo, boolean secondary) {

    public static final SuppressionRule NONE = new SuppressionRule(0, 1, false);

    /** The marker shown in place of a hidden value, the Government Statistical Service's "confidential". */
    public static final String MARKER = "[c]";

    public boolean hides(java.math.BigDecimal count) {
        return threshold > 0 && count.signum() > 0 && count.compareTo(java.math.BigDecimal.valueOf(threshold)) < 0;
    }

    public String explanation() {
        String hidden = "Numbers from 1 to " + (threshold - 1) + " are shown as " + MARKER + " so that no one can be identified";
        String others = roundTo > 1 ? "; other numbers are rounded to the nearest " + roundTo : "";
        String more = secondary ? ". Where a hidden number could be worked out from a total, another number is hidden too." : ".";
        return hidden + others + more;
    }
}
