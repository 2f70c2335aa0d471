package org.dueregard.charts;

import org.dueregard.data.Column;

import java.math.BigDecimal;

/**
 * A group compared with the comparator, always in words and a symbol, never colour alone: "3.4 points higher (▲)".
 * Differences under the threshold (3 points by default) are "similar".
 */
public final class Comparison {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(3);

    private Comparison() {
    }

    public static String describe(BigDecimal difference, Column.Type type) {
        String unit = type == Column.Type.PERCENT ? " percentage points" : "";
        String amount = Format.grouped(difference.abs(), 1) + unit;
        if (difference.abs().compareTo(DEFAULT_THRESHOLD) < 0) return "similar (within 3" + unit + ", \u25CF)";
        return difference.signum() > 0 ? amount + " higher (\u25B2)" : amount + " lower (\u25BC)";
    }
}
