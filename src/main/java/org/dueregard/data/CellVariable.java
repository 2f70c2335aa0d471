package org.dueregard.data;

import java.util.OptionalLong;

/**
 * One count of a table as a reader sees it: the range of whole numbers it could be before any arithmetic. A shown
 * count is its value (a range when counts are rounded); a hidden one is at least 1 (0 is always shown) with no top,
 * since a count hidden to protect another can be of any size. A later change can narrow this from what the source
 * published, such as "<5" (0 to 4).
 *
 * @param value the true value; only the audit sees it, to know which cells are worth hiding next
 */
public record CellVariable(int row, int column, long value, boolean hidden, long lower, OptionalLong upper) {

    /** How many whole numbers the reader's range holds before arithmetic; Long.MAX_VALUE when it has no top. */
    public long width() {
        return upper.isEmpty() ? Long.MAX_VALUE : upper.getAsLong() - lower + 1;
    }
}
