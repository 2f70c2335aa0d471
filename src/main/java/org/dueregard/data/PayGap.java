package org.dueregard.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The six measures of the Gender Pay Gap Information Regulations (SI 2017/353, Schedule 1), at full precision.
 * Round once, for display. A gap is (men - women) / men x 100: positive when women are paid less.
 *
 * @param quarters lower, lower middle, upper middle and upper, each with (possibly fractional) counts of men and
 *                 women: people on one rate that straddles a boundary are shared so each side has the same mix
 */
public record PayGap(
        BigDecimal meanHourlyMen, BigDecimal meanHourlyWomen, BigDecimal medianHourlyMen, BigDecimal medianHourlyWomen,
        BigDecimal meanGap, BigDecimal medianGap,
        Optional<BigDecimal> meanBonusGap, Optional<BigDecimal> medianBonusGap,
        BigDecimal menWithBonusPercent, BigDecimal womenWithBonusPercent,
        List<Quarter> quarters, int men, int women) {

    /**
     * One pay quarter, its head counts kept as exact fractions (a tie group shared between two quarters gives each a
     * part of a person) and turned into decimals once, when read.
     */
    public record Quarter(String name, Fraction exactWomen, Fraction exactMen) {

        public BigDecimal women() {
            return exactWomen.toBigDecimal();
        }

        public BigDecimal men() {
            return exactMen.toBigDecimal();
        }

        public BigDecimal size() {
            return exactWomen.add(exactMen).toBigDecimal();
        }

        /** True when no one is in this quarter: with fewer than 4 employees, the upper quarters can be empty. */
        public boolean isEmpty() {
            return exactWomen.add(exactMen).signum() == 0;
        }

        /** Women as a percentage of the quarter; empty when the quarter has no one (not 0%). */
        public Optional<BigDecimal> findWomenPercent() {
            return isEmpty() ? Optional.empty() : Optional.of(exactWomen.percentOf(exactWomen.add(exactMen)).toBigDecimal());
        }

        public Optional<BigDecimal> findMenPercent() {
            return isEmpty() ? Optional.empty() : Optional.of(exactMen.percentOf(exactWomen.add(exactMen)).toBigDecimal());
        }
    }
}
