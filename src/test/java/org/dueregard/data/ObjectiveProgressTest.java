package org.dueregard.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.dueregard.data.ObjectiveProgress.Status.ACHIEVED;
import static org.dueregard.data.ObjectiveProgress.Status.BEHIND;
import static org.dueregard.data.ObjectiveProgress.Status.NOT_STARTED;
import static org.dueregard.data.ObjectiveProgress.Status.ON_TRACK;
import static org.dueregard.data.ObjectiveProgress.Status.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each status of an objective, worked out from its baseline, target, latest figure and dates. */
class ObjectiveProgressTest {

    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2028, 3, 31);
    private static final LocalDate HALFWAY = LocalDate.of(2026, 4, 1);

    private static ObjectiveProgress.Status status(String baseline, String latest, String target, LocalDate asOf) {
        return ObjectiveProgress.statusOf(new BigDecimal(baseline), Optional.ofNullable(latest).map(BigDecimal::new), new BigDecimal(target),
                START, DUE, asOf);
    }

    @Test
    void reachingTheTargetIsAchievedWhicheverWayItPoints() {
        assertEquals(ACHIEVED, status("33.0", "9.5", "10", HALFWAY));
        assertEquals(ACHIEVED, status("60.0", "75.0", "75", HALFWAY));
        assertEquals(ACHIEVED, status("33.0", "9.5", "10", DUE.plusYears(1)), "achieved stays achieved after the due date");
    }

    @Test
    void progressAtLeastAsFastAsTimeIsOnTrack() {
        assertEquals(ON_TRACK, status("33.0", "21.0", "10", HALFWAY), "52% of the way at 50% of the time");
        assertEquals(ON_TRACK, status("33.0", "23.0", "10", HALFWAY), "43%: within the 10% slack of 50%");
        assertEquals(ON_TRACK, status("60.0", "68.0", "75", HALFWAY), "53% of the way up");
    }

    @Test
    void slowerProgressOrTheWrongWayIsBehind() {
        assertEquals(BEHIND, status("33.0", "28.0", "10", HALFWAY), "22% of the way at 50% of the time");
        assertEquals(BEHIND, status("33.0", "35.0", "10", HALFWAY), "the wrong way");
        assertEquals(BEHIND, status("33.0", "33.0", "10", HALFWAY), "no change");
    }

    @Test
    void noFigureAfterTheBaselineIsNotStartedUntilTheDueDatePasses() {
        assertEquals(NOT_STARTED, status("33.0", null, "10", HALFWAY));
        assertEquals(OVERDUE, status("33.0", null, "10", DUE.plusDays(1)));
        assertEquals(OVERDUE, status("33.0", "20.0", "10", DUE.plusDays(1)), "past its due date without reaching the target");
    }
}
