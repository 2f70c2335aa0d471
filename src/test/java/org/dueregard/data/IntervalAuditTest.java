package org.dueregard.data;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The audit on models written by hand: what a reader can work out, and nothing more. */
class IntervalAuditTest {

    private static CellVariable hidden(int row, long value) {
        return new CellVariable(row, 1, value, true, 1, OptionalLong.empty());
    }

    private static CellVariable shown(int row, long value) {
        return new CellVariable(row, 1, value, false, value, OptionalLong.of(value));
    }

    private static Map<Integer, BigDecimal> ones(int... variables) {
        Map<Integer, BigDecimal> terms = new java.util.TreeMap<>();
        for (int v : variables) terms.put(v, BigDecimal.ONE);
        return terms;
    }

    @Test
    void twoHiddenCountsAddingUpToTwoAreBothOne() {
        DisclosureModel model = new DisclosureModel(List.of(hidden(0, 1), hidden(1, 1), shown(2, 50), shown(3, 60)),
                List.of(LinearConstraint.equal(ones(0, 1, 2, 3), BigDecimal.valueOf(112), "the total")));
        assertEquals(new IntervalAudit.Interval(1, 1), IntervalAudit.intervalOf(model, 0));
        assertEquals(java.util.Optional.of(0), IntervalAudit.findNarrow(model, 10));
        assertEquals(50, model.findCellToHide(0).orElseThrow().value(), "the smallest shown count in the way");
    }

    @Test
    void aHiddenCountNoTotalMentionsHasNoTop() {
        DisclosureModel model = new DisclosureModel(List.of(hidden(0, 3), shown(1, 50)), List.of());
        assertEquals(new IntervalAudit.Interval(1, Long.MAX_VALUE), IntervalAudit.intervalOf(model, 0));
        assertEquals(java.util.Optional.empty(), IntervalAudit.findNarrow(model, 10));
    }

    /** Ten values (1 to 10) is enough for a threshold of 10; nine (1 to 9) is not. */
    @Test
    void aRangeMustHoldAtLeastTheThresholdsNumberOfValues() {
        DisclosureModel eleven = new DisclosureModel(List.of(hidden(0, 4), hidden(1, 7)),
                List.of(LinearConstraint.equal(ones(0, 1), BigDecimal.valueOf(11), "the total")));
        assertEquals(new IntervalAudit.Interval(1, 10), IntervalAudit.intervalOf(eleven, 0));
        assertEquals(java.util.Optional.empty(), IntervalAudit.findNarrow(eleven, 10));
        DisclosureModel ten = new DisclosureModel(List.of(hidden(0, 4), hidden(1, 6)),
                List.of(LinearConstraint.equal(ones(0, 1), BigDecimal.valueOf(10), "the total")));
        assertEquals(java.util.Optional.of(0), IntervalAudit.findNarrow(ten, 10));
    }

    /**
     * Whole numbers matter: 3 x a = 2 x b with a + b = 5 has the real solutions a from 1 to 4 (with b = 5 - a only
     * on the line), but the only whole one is a = 2, b = 3.
     */
    @Test
    void countsAreWholeNumbers() {
        Map<Integer, BigDecimal> ratio = new java.util.TreeMap<>(Map.of(0, BigDecimal.valueOf(3), 1, BigDecimal.valueOf(-2)));
        DisclosureModel model = new DisclosureModel(List.of(hidden(0, 2), hidden(1, 3)),
                List.of(LinearConstraint.equal(ones(0, 1), BigDecimal.valueOf(5), "the total"),
                        LinearConstraint.equal(ratio, BigDecimal.ZERO, "a share")));
        assertEquals(new IntervalAudit.Interval(2, 2), IntervalAudit.intervalOf(model, 0));
    }

    /** The hook for issue 9: a source's "<5" is a range the reader already has (0 to 4), fed in as a variable's bounds. */
    @Test
    void aBoundTheReaderAlreadyKnowsNarrowsTheRange() {
        CellVariable underFive = new CellVariable(0, 1, 3, true, 0, OptionalLong.of(4));
        DisclosureModel model = new DisclosureModel(List.of(underFive, hidden(1, 20)),
                List.of(LinearConstraint.equal(ones(0, 1), BigDecimal.valueOf(23), "the total")));
        assertEquals(new IntervalAudit.Interval(19, 23), IntervalAudit.intervalOf(model, 1), "the other is 23 minus 0 to 4");
    }
}
