package org.dueregard.charts;

import org.dueregard.data.Column;

import java.math.BigDecimal;

/**
 * A group compared with the comparator, always in words, never colour alone: "3.4 percentage points higher".
 * Differences under the threshold (3 points by default) are "similar".
 */
public final class Comparison {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(3);

    private Comparison() {
    }

    public static String describe(BigDecimal difference, Column.Type type) {
        String unit = type == Column.Type.PERCENT || type == Column.Type.POINTS ? " percentage points" : "";
        String amount = Format.grouped(difference.abs(), 1) + unit;
        if (difference.abs().compareTo(DEFAULT_THRESHOLD) < 0) return "similar (within 3" + unit + ")";
        return difference.signum() > 0 ? amount + " higher" : amount + " lower";
    }
}
