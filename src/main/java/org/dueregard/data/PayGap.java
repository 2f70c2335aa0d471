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

    public record Quarter(String name, BigDecimal women, BigDecimal men) {

        public BigDecimal size() {
            return women.add(men);
        }

        public BigDecimal womenPercent() {
            return PayGapCalculator.percent(women, size());
        }

        public BigDecimal menPercent() {
            return PayGapCalculator.percent(men, size());
        }
    }
}
