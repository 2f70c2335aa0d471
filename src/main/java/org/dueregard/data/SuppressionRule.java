package org.dueregard.data;

/**
 * How small numbers are hidden so no one can be identified.
 *
 * @param threshold counts from 1 to threshold - 1 are hidden (0 is shown: it identifies no one)
 * @param roundTo   when above 1, shown counts are rounded to the nearest multiple (NHS England style: 5)
 * @param secondary hide more cells so a hidden one cannot be worked out from a total: NONE, COLUMNS (the default:
 *                  column totals can be quoted) or BOTH (also rows, when a row's counts add up to a known total, such
 *                  as women and men in a pay quarter)
 * @param percentBelow the source's own rule for shares, when it has one: percentages under it are shown as "&lt;5%"
 *                  (zero when there is none)
 * @param survey    percentages out of each row's respondents are survey answers: hidden with their group when too
 *                  few answered (as the NHS Staff Survey does), not by how many gave the answer
 */
public record SuppressionRule(int threshold, int roundTo, Secondary secondary, java.math.BigDecimal percentBelow, boolean survey) {

    public SuppressionRule(int threshold, int roundTo, Secondary secondary) {
        this(threshold, roundTo, secondary, java.math.BigDecimal.ZERO, false);
    }

    /** Whether a share is hidden by the source's rule for percentages (percent_below). */
    public boolean hidesShare(java.math.BigDecimal percent) {
        return percentBelow.signum() > 0 && percent.signum() > 0 && percent.compareTo(percentBelow) < 0;
    }

    public enum Secondary { NONE, COLUMNS, BOTH }

    public static final SuppressionRule NONE = new SuppressionRule(0, 1, Secondary.NONE);

    /** The marker shown in place of a hidden value, the Government Statistical Service's "confidential". */
    public static final String MARKER = "[c]";

    public boolean hides(java.math.BigDecimal count) {
        return threshold > 0 && count.signum() > 0 && count.compareTo(java.math.BigDecimal.valueOf(threshold)) < 0;
    }

    /** A shown count or a quoted total rounded to the nearest multiple, halves up (NHS England style, 5). */
    public static java.math.BigDecimal roundTo(java.math.BigDecimal value, int multiple) {
        java.math.BigDecimal m = java.math.BigDecimal.valueOf(multiple);
        return value.divide(m, 0, java.math.RoundingMode.HALF_UP).multiply(m);
    }

    public String explanation() {
        if (threshold <= 0) return "Where a hidden figure could be worked out from the others, another is hidden too.";
        String hidden = "Numbers from 1 to " + (threshold - 1) + " are shown as " + MARKER + " so that no one can be identified";
        String others = roundTo > 1 ? "; other numbers are rounded to the nearest " + roundTo : "";
        String more = secondary != Secondary.NONE ? ". Where a hidden number could be worked out from a total, another number is hidden too." : ".";
        String shares = percentBelow.signum() > 0 ? " Percentages under " + percentBelow.stripTrailingZeros().toPlainString()
                + "% are shown as <" + percentBelow.stripTrailingZeros().toPlainString() + "%." : "";
        return hidden + others + more + shares;
    }
}
