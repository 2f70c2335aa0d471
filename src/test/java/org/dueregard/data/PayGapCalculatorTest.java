package org.dueregard.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.dueregard.data.PayGapCalculator.oneDecimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The regulations' formulas on small, hand-worked examples. */
class PayGapCalculatorTest {

    private static PayRecord man(String pay, String bonus) {
        return new PayRecord(PayRecord.Sex.MEN, new BigDecimal(pay), new BigDecimal(bonus));
    }

    private static PayRecord woman(String pay, String bonus) {
        return new PayRecord(PayRecord.Sex.WOMEN, new BigDecimal(pay), new BigDecimal(bonus));
    }

    @Test
    void meanAndMedianGapsWithAnOddNumberOfStaff() {
        // Men 10, 20, 30: mean 20, median 20. Women 10, 15: mean 12.5, median (10 + 15) / 2 = 12.5.
        PayGap gap = PayGapCalculator.compute(List.of(man("10", "100"), man("20", "0"), man("30", "300"),
                woman("10", "100"), woman("15", "0")));
        assertEquals(0, new BigDecimal("20").compareTo(gap.meanHourlyMen()));
        assertEquals(0, new BigDecimal("12.5").compareTo(gap.medianHourlyWomen()));
        assertEquals(new BigDecimal("37.5"), oneDecimal(gap.meanGap()));
        assertEquals(new BigDecimal("37.5"), oneDecimal(gap.medianGap()));
        // Bonuses: men 100 and 300 (2 of 3), women 100 (1 of 2).
        assertEquals(Optional.of(new BigDecimal("50.0")), gap.meanBonusGap().map(PayGapCalculator::oneDecimal));
        assertEquals(Optional.of(new BigDecimal("50.0")), gap.medianBonusGap().map(PayGapCalculator::oneDecimal));
        assertEquals(new BigDecimal("66.7"), oneDecimal(gap.menWithBonusPercent()));
        assertEquals(new BigDecimal("50.0"), oneDecimal(gap.womenWithBonusPercent()));
        // Five people: quarters of 2, 1, 1, 1 (the lower quarters take the remainder).
        List<PayGap.Quarter> q = gap.quarters();
        assertEquals(List.of("2", "1", "1", "1"), q.stream().map(x -> x.size().stripTrailingZeros().toPlainString()).toList());
        assertEquals(new BigDecimal("50.0"), oneDecimal(q.get(0).womenPercent()));
        assertEquals(new BigDecimal("100.0"), oneDecimal(q.get(1).womenPercent()));
        assertEquals(new BigDecimal("0.0"), oneDecimal(q.get(3).womenPercent()));
    }

    @Test
    void peopleOnOneRateAcrossQuarterBoundariesAreSharedWithTheSameMix() {
        // Six people on £10 (4 women, 2 men) fill the lower three quarters of 8; each quarter gets 2 of them with the
        // same mix: 4/3 women and 2/3 men, so 66.7% women on both sides of each boundary.
        List<PayRecord> records = new ArrayList<>(List.of(woman("10", "0"), man("10", "0"), woman("10", "0"),
                man("10", "0"), woman("10", "0"), woman("10", "0"), man("20", "0"), woman("20", "0")));
        List<PayGap.Quarter> q = PayGapCalculator.compute(records).quarters();
        for (int i = 0; i < 3; i++) assertEquals(new BigDecimal("66.7"), oneDecimal(q.get(i).womenPercent()), q.get(i).name());
        assertEquals(new BigDecimal("50.0"), oneDecimal(q.get(3).womenPercent()));
        // The order the records come in makes no difference.
        java.util.Collections.reverse(records);
        assertEquals(q, PayGapCalculator.compute(records).quarters());
    }

    @Test
    void roundingHappensOnceAtTheEnd() {
        // The seed's 2023 lower middle quarter: 51 women and 10 men is 83.6%, not the printed 83.4%.
        PayGap.Quarter quarter = new PayGap.Quarter("Lower middle", new BigDecimal(51), new BigDecimal(10));
        assertEquals(new BigDecimal("83.6"), oneDecimal(quarter.womenPercent()));
        assertEquals(new BigDecimal("16.4"), oneDecimal(quarter.menPercent()));
        // The seed's 2024 hourly rates: mean £38.72 and £28.00 give 27.7% (printed 27.71%); median £31.79 and
        // £25.60 give 19.5% (printed 19.46%, which is not what those rates give).
        assertEquals(new BigDecimal("27.7"), oneDecimal(PayGapCalculator.gap(new BigDecimal("38.72"), new BigDecimal("28.00"))));
        assertEquals(new BigDecimal("19.5"), oneDecimal(PayGapCalculator.gap(new BigDecimal("31.79"), new BigDecimal("25.60"))));
    }

    @Test
    void aGapCanBeNegativeAndBelowMinusOneHundred() {
        assertEquals(new BigDecimal("-150.0"), oneDecimal(PayGapCalculator.gap(new BigDecimal("10"), new BigDecimal("25"))));
    }
}
