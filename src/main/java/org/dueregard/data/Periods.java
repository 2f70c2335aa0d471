package org.dueregard.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows that are years ("2023", "2023/24", "2023-24"), oldest first: a change "since the previous year" is only that
 * when no year is missing between two rows and none is out of order.
 */
public final class Periods {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[/-]\\d{2,4})?");

    private Periods() {
    }

    /**
     * What is wrong with the order of a dataset's years, for a message; empty when the rows are consecutive years, or
     * when they are not all years (periods such as "Q1 2024" are taken as the author wrote them).
     */
    public static Optional<String> findGap(Dataset d) {
        List<Row> rows = d.rows();
        for (int r = 1; r < rows.size(); r++) {
            Matcher before = YEAR.matcher(rows.get(r - 1).label().strip());
            Matcher after = YEAR.matcher(rows.get(r).label().strip());
            if (!before.matches() || !after.matches()) return Optional.empty();
            int from = Integer.parseInt(before.group(1));
            int to = Integer.parseInt(after.group(1));
            if (to <= from) {
                return Optional.of("the rows of '" + d.name() + "' are not in order, oldest first: " + rows.get(r).label() + " comes after "
                        + rows.get(r - 1).label() + " (line " + rows.get(r).line() + " of " + d.file() + ")");
            }
            if (to != from + 1) {
                return Optional.of("the dataset '" + d.name() + "' has no row for " + (from + 1) + (to - from > 2 ? " to " + (to - 1) : "") + ", between "
                        + rows.get(r - 1).label() + " and " + rows.get(r).label() + " (line " + rows.get(r).line() + " of " + d.file() + ")");
            }
        }
        return Optional.empty();
    }

    /** What to do about a gap: the fix for the messages above. */
    public static final String FIX = "Give every year a row, oldest first; write ~ for a figure that is not known, so the change beside it shows [x].";
}
