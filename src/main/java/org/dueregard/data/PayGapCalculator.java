package org.dueregard.data;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * Everything is computed at full precision; nothing is rounded here.
 */
public final class PayGapCalculator {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] QUARTER_NAMES = {"Lower", "Lower middle", "Upper middle", "Upper"};

    private PayGapCalculator() {
    }

    public static PayGap compute(List<PayRecord> records) {
        List<PayRecord> men = records.stream().filter(r -> r.sex() == PayRecord.Sex.MEN).toList();
        List<PayRecord> women = records.stream().filter(r -> r.sex() == PayRecord.Sex.WOMEN).toList();
        if (men.isEmpty() || women.isEmpty()) throw new IllegalArgumentException("A pay gap needs both men and women");
        BigDecimal meanMen = mean(men.stream().map(PayRecord::hourlyPay).toList());
        BigDecimal meanWomen = mean(women.stream().map(PayRecord::hourlyPay).toList());
        BigDecimal medianMen = median(men.stream().map(PayRecord::hourlyPay).toList());
        BigDecimal medianWomen = median(women.stream().map(PayRecord::hourlyPay).toList());
        List<BigDecimal> menBonuses = men.stream().filter(PayRecord::hadBonus).map(PayRecord::bonus).toList();
        List<BigDecimal> womenBonuses = women.stream().filter(PayRecord::hadBonus).map(PayRecord::bonus).toList();
        Optional<BigDecimal> meanBonusGap = menBonuses.isEmpty() || womenBonuses.isEmpty() ? Optional.empty()
                : Optional.of(gap(mean(menBonuses), mean(womenBonuses)));
        Optional<BigDecimal> medianBonusGap = menBonuses.isEmpty() || womenBonuses.isEmpty() ? Optional.empty()
                : Optional.of(gap(median(menBonuses), median(womenBonuses)));
        return new PayGap(meanMen, meanWomen, medianMen, medianWomen, gap(meanMen, meanWomen), gap(medianMen, medianWomen),
                meanBonusGap, medianBonusGap,
                percent(BigDecimal.valueOf(menBonuses.size()), BigDecimal.valueOf(men.size())),
                percent(BigDecimal.valueOf(womenBonuses.size()), BigDecimal.valueOf(women.size())),
                quarters(records), men.size(), women.size());
    }

    /** (men - women) / men x 100. */
    public static BigDecimal gap(BigDecimal men, BigDecimal women) {
        return men.subtract(women).divide(men, PRECISION).multiply(HUNDRED);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    /** The middle value; for an even count, the mean of the middle two. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) return sorted.get(n / 2);
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), PRECISION);
    }

    static List<PayGap.Quarter> quarters(List<PayRecord> records) {
        List<PayRecord> ranked = records.stream().sorted(Comparator.comparing(PayRecord::hourlyPay)).toList();
        int n = ranked.size();
        int[] boundaries = new int[5];
        for (int q = 0; q < 4; q++) boundaries[q + 1] = boundaries[q] + n / 4 + (q < n % 4 ? 1 : 0);
        BigDecimal[] women = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] men = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && ranked.get(end).hourlyPay().compareTo(ranked.get(start).hourlyPay()) == 0) end++;
            long groupMen = ranked.subList(start, end).stream().filter(r -> r.sex() == PayRecord.Sex.MEN).count();
            BigDecimal size = BigDecimal.valueOf(end - start);
            for (int q = 0; q < 4; q++) {
                int overlap = Math.max(0, Math.min(end, boundaries[q + 1]) - Math.max(start, boundaries[q]));
                if (overlap == 0) continue;
                BigDecimal share = BigDecimal.valueOf(overlap).divide(size, PRECISION);
                men[q] = men[q].add(share.multiply(BigDecimal.valueOf(groupMen), PRECISION));
                women[q] = women[q].add(share.multiply(BigDecimal.valueOf(end - start - groupMen), PRECISION));
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
