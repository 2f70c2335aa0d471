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
                     Optional<Formula> compute, int line) {

    /**
     * A column worked out from others, at full precision: {@code gap(men, women)} is (men - women) / men x 100, the
     * pay gap; {@code share(women, men)} is women / (women + men) x 100; {@code difference(a, b)} is a - b.
     */
    public record Formula(String function, java.util.List<String> inputs) {
    }

    public boolean isComputed() {
        return compute.isPresent();
    }

    /** Decimal places to show: one for computed percentages (rounded once, at the end), else as written. */
    public int displayDecimals() {
        return isComputed() && (type == Type.PERCENT || type == Type.RATE) ? 1 : isComputed() && type == Type.CURRENCY ? 2 : -1;
    }

    public enum Type {
        CATEGORY, COUNT, PERCENT, CURRENCY, RATE;

        public boolean isNumber() {
            return this != CATEGORY;
        }
    }
}
