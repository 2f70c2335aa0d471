package org.dueregard.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How an equality objective is doing, worked out from its measure rather than typed: the baseline, the target, the
 * latest figure after the baseline, and how much of the time to its due date has gone by.
 */
public final class ObjectiveProgress {

    /** Progress within this share of the time gone by still counts as on track. */
    public static final BigDecimal SLACK = new BigDecimal("0.1");

    public enum Status {
        ACHIEVED("Achieved", "the latest figure has reached the target"),
        ON_TRACK("On track", "the figures have moved towards the target at least as fast as the time gone by"),
        BEHIND("Behind", "the figures have moved towards the target more slowly than the time gone by, or away from it"),
        NOT_STARTED("Not started", "there is no figure yet after the baseline"),
        OVERDUE("Overdue", "the due date has passed and the target has not been reached"),
        NOT_MEASURED("Not measured", "the objective has no figure to measure it by");

        private final String words;
        private final String meaning;

        Status(String words, String meaning) {
            this.words = words;
            this.meaning = meaning;
        }

        public String words() {
            return words;
        }

        /** What the status means, for the note under the table. */
        public String meaning() {
            return meaning;
        }
    }

    private ObjectiveProgress() {
    }

    /**
     * @param latest the newest figure after the baseline, empty when there is none yet
     * @param asOf   the date progress is checked at
     */
    public static Status statusOf(BigDecimal baseline, Optional<BigDecimal> latest, BigDecimal target, LocalDate start, LocalDate due,
                                  LocalDate asOf) {
        boolean lowerIsBetter = target.compareTo(baseline) < 0;
        if (latest.isPresent() && reached(latest.get(), target, lowerIsBetter)) return Status.ACHIEVED;
        if (asOf.isAfter(due)) return Status.OVERDUE;
        if (latest.isEmpty()) return Status.NOT_STARTED;
        BigDecimal wanted = target.subtract(baseline);
        if (wanted.signum() == 0) return Status.ACHIEVED;
        BigDecimal progress = latest.get().subtract(baseline).divide(wanted, MathContext.DECIMAL64);
        long total = Math.max(1, ChronoUnit.DAYS.between(start, due));
        long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
        BigDecimal elapsed = BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return progress.signum() > 0 && progress.add(SLACK).compareTo(elapsed) >= 0 ? Status.ON_TRACK : Status.BEHIND;
    }

    private static boolean reached(BigDecimal value, BigDecimal target, boolean lowerIsBetter) {
        return lowerIsBetter ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
    }
}
