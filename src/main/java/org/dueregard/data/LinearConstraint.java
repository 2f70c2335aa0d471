package org.dueregard.data;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One fact a reader has from what is published, as {@code lower <= sum of coefficient x cell <= upper} over the
 * cells of a table: a column total, a total column, a share rounded to one decimal place.
 *
 * @param terms  coefficient by variable (cell) number, in order so the model is built the same way every time
 * @param reason what was published, for messages ("the total of 'women'")
 */
public record LinearConstraint(TreeMap<Integer, BigDecimal> terms, Optional<BigDecimal> lower, Optional<BigDecimal> upper,
                               String reason) {

    public static LinearConstraint between(Map<Integer, BigDecimal> terms, BigDecimal lower, BigDecimal upper, String reason) {
        return new LinearConstraint(new TreeMap<>(terms), Optional.of(lower), Optional.of(upper), reason);
    }

    public static LinearConstraint equal(Map<Integer, BigDecimal> terms, BigDecimal value, String reason) {
        return between(terms, value, value, reason);
    }

    public static LinearConstraint atLeast(Map<Integer, BigDecimal> terms, BigDecimal lower, String reason) {
        return new LinearConstraint(new TreeMap<>(terms), Optional.of(lower), Optional.empty(), reason);
    }

    public boolean involves(int variable) {
        return terms.containsKey(variable);
    }
}
