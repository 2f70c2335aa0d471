package org.dueregard.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Works out the gender pay gap from pay records, as the regulations say:
 * <ul>
 * <li>mean and median hourly pay of men and women, and the gaps between them;</li>
 * <li>mean and median bonus of those paid a bonus, and the gaps; the share of men and of women paid a bonus;</li>
 * <li>four pay quarters: everyone ranked by hourly pay and split into four groups as equal in size as possible.
 * When the count does not divide by four, the lower quarters take one more person each (our documented rule).
 * People on the same rate who straddle a boundary are shared between the quarters in proportion, so the
 * male:female mix at that rate is the same on both sides.</li>
 * </ul>
 * Everything is computed in exact fractions and turned into a decimal once, at the end; display rounds that once.
 */
public final class PayGapCalculator {

    private static final String[] QUARTER_NAMES = {"Lower", "Lower middle", "Upper middle", "Upper"};

    private PayGapCalculator() {
    }

    public static PayGap compute(List<PayRecord> records) {
        List<PayRecord> men = records.stream().filter(r -> r.sex() == PayRecord.Sex.MEN).toList();
        List<PayRecord> women = records.stream().filter(r -> r.sex() == PayRecord.Sex.WOMEN).toList();
        if (men.isEmpty() || women.isEmpty()) throw new IllegalArgumentException("A pay gap needs both men and women");
        Fraction meanMen = mean(men.stream().map(PayRecord::hourlyPay).toList());
        Fraction meanWomen = mean(women.stream().map(PayRecord::hourlyPay).toList());
        Fraction medianMen = median(men.stream().map(PayRecord::hourlyPay).toList());
        Fraction medianWomen = median(women.stream().map(PayRecord::hourlyPay).toList());
        List<BigDecimal> menBonuses = men.stream().filter(PayRecord::hadBonus).map(PayRecord::bonus).toList();
        List<BigDecimal> womenBonuses = women.stream().filter(PayRecord::hadBonus).map(PayRecord::bonus).toList();
        boolean bothBonuses = !menBonuses.isEmpty() && !womenBonuses.isEmpty();
        Optional<BigDecimal> meanBonusGap = bothBonuses ? Optional.of(gap(mean(menBonuses), mean(womenBonuses)).toBigDecimal()) : Optional.empty();
        Optional<BigDecimal> medianBonusGap = bothBonuses ? Optional.of(gap(median(menBonuses), median(womenBonuses)).toBigDecimal()) : Optional.empty();
        return new PayGap(meanMen.toBigDecimal(), meanWomen.toBigDecimal(), medianMen.toBigDecimal(), medianWomen.toBigDecimal(),
                gap(meanMen, meanWomen).toBigDecimal(), gap(medianMen, medianWomen).toBigDecimal(), meanBonusGap, medianBonusGap,
                Fraction.ratio(menBonuses.size(), 1).percentOf(Fraction.of(men.size())).toBigDecimal(),
                Fraction.ratio(womenBonuses.size(), 1).percentOf(Fraction.of(women.size())).toBigDecimal(),
                quarters(records), men.size(), women.size());
    }

    /** (men - women) / men x 100, for figures given as decimals (a dataset's columns). */
    public static BigDecimal gap(BigDecimal men, BigDecimal women) {
        return gap(Fraction.of(men), Fraction.of(women)).toBigDecimal();
    }

    static Fraction gap(Fraction men, Fraction women) {
        return men.subtract(women).percentOf(men);
    }

    static Fraction mean(List<BigDecimal> values) {
        Fraction sum = Fraction.ZERO;
        for (BigDecimal value : values) sum = sum.add(Fraction.of(value));
        return sum.divide(Fraction.of(values.size()));
    }

    /** The middle value; for an even count, the mean of the middle two. */
    static Fraction median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) return Fraction.of(sorted.get(n / 2));
        return Fraction.of(sorted.get(n / 2 - 1)).add(Fraction.of(sorted.get(n / 2))).divide(Fraction.of(2));
    }

    /**
     * The four quarters (reg. 13 of SI 2017/172, the same steps as SI 2017/353 Schedule 1): rank by hourly pay, cut
     * into four groups as equal as possible (the lower quarters take the remainder, one each), and share a tie group
     * that straddles a cut between the quarters in proportion, so each side has the same mix of men and women
     * (reg. 13(2)). A shared tie group gives a quarter a fraction of a person, kept exact.
     */
    static List<PayGap.Quarter> quarters(List<PayRecord> records) {
        List<PayRecord> ranked = records.stream().sorted(Comparator.comparing(PayRecord::hourlyPay)).toList();
        int n = ranked.size();
        int[] boundaries = new int[5];
        for (int q = 0; q < 4; q++) boundaries[q + 1] = boundaries[q] + n / 4 + (q < n % 4 ? 1 : 0);
        Fraction[] women = {Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO};
        Fraction[] men = {Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO};
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && ranked.get(end).hourlyPay().compareTo(ranked.get(start).hourlyPay()) == 0) end++;
            long groupMen = ranked.subList(start, end).stream().filter(r -> r.sex() == PayRecord.Sex.MEN).count();
            for (int q = 0; q < 4; q++) {
                int overlap = Math.max(0, Math.min(end, boundaries[q + 1]) - Math.max(start, boundaries[q]));
                if (overlap == 0) continue;
                men[q] = men[q].add(Fraction.ratio(overlap * groupMen, end - start));
                women[q] = women[q].add(Fraction.ratio(overlap * (end - start - groupMen), end - start));
            }
            start = end;
        }
        List<PayGap.Quarter> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) quarters.add(new PayGap.Quarter(QUARTER_NAMES[q], women[q], men[q]));
        return List.copyOf(quarters);
    }

    /** Rounds once, for display: one decimal place, halves away from zero. */
    public static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
