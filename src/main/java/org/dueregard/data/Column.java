package org.dueregard.data;

import java.util.Optional;

/**
 * One column of a dataset.
 *
 * @param id    the name used in charts and prose ("women")
 * @param label the heading readers see ("Women")
 * @param unit  what the numbers count or measure ("people", "£ an hour"), or ""
 * @param base  for a percent column: the count column it is a percentage of, which decides its suppression
 * @param whole for a percent column: true when its values are parts of one whole and must add up to 100
 * @param compute how the column is worked out from others, when it is not written in the rows
 */
public record Column(String id, String label, Type type, String unit, Optional<String> base, boolean whole,
                     Optional<Formula> compute, int line, java.util.OptionalInt decimals) {

    /** A column whose values show with as many decimals as written (or, when computed, the type's default). */
    public Column(String id, String label, Type type, String unit, Optional<String> base, boolean whole,
                  Optional<Formula> compute, int line) {
        this(id, label, type, unit, base, whole, compute, line, java.util.OptionalInt.empty());
    }

    /**
     * A column worked out from others, at full precision: {@code gap(men, women)} is (men - women) / men x 100, the
     * pay gap; {@code share(women, men)} is women / (women + men) x 100; {@code difference(a, b)} is a - b (in
     * percentage points when both are percentages); {@code ratio(a, b)} is a / b (relative likelihood);
     * {@code change(a, b)} is the percentage change from a to b, (b - a) / a x 100.
     */
    public record Formula(String function, java.util.List<String> inputs) {
    }

    /** The one number every percentage of the column is out of ({@code base: 240}), or empty for a base column or none. */
    public java.util.OptionalLong fixedBase() {
        if (base.isEmpty() || !base.get().matches("[0-9]{1,12}")) return java.util.OptionalLong.empty();
        long n = Long.parseLong(base.get());
        return n > 0 ? java.util.OptionalLong.of(n) : java.util.OptionalLong.empty();
    }

    public boolean isComputed() {
        return compute.isPresent();
    }

    /**
     * Decimal places to show, the same for every value of the column: as the dataset says (decimals:), else one for
     * computed percentages and points, two for ratios and money (rounded once, at the end), else as written (-1).
     */
    public int displayDecimals() {
        if (decimals.isPresent()) return decimals.getAsInt();
        if (!isComputed()) return -1;
        if (compute.get().function().equals("ratio")) return 2;
        return switch (type) {
            case PERCENT, RATE, POINTS -> 1;
            case CURRENCY -> 2;
            default -> -1;
        };
    }

    public Column withDecimals(int places) {
        return new Column(id, label, type, unit, base, whole, compute, line, java.util.OptionalInt.of(places));
    }

    public enum Type {
        CATEGORY, COUNT, PERCENT, CURRENCY, RATE,
        /** A difference of two percentages: "6.7 percentage points", never "6.7%". */
        POINTS,
        /** A few lines or a short list (an objective's actions, its progress): shown as text, never drawn. */
        TEXT;

        public boolean isNumber() {
            return this != CATEGORY && this != TEXT;
        }
    }
}
