package org.dueregard.data;

import org.dueregard.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a column of shares of one whole ({@code whole: true}), hidden cells included: the shares shown must not
 * exceed 100%, and with every hidden share at its largest they must be able to reach it (within rounding). A share
 * shown as "<5" when the others already make 100% must be 0; a breakdown short of 100% may be missing a category.
 */
final class ShareChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShareChecks() {
    }

    /**
     * Errors and warnings, each with the column's or the row's line. A total row (declared with total_row:, or called
     * "Total", "Grand total", "All"...) is the whole itself, not one of its parts.
     */
    static List<Problem> check(List<Column> columns, List<Row> rows, String file, java.util.Optional<String> totalRow) {
        List<Row> parts = rows.stream().filter(row -> !isTotal(row, totalRow)).toList();
        return checkParts(columns, parts, file);
    }

    private static boolean isTotal(Row row, java.util.Optional<String> declared) {
        if (declared.isPresent()) return Slugs.of(row.label()).equals(Slugs.of(declared.get()));
        return MarginReader.TOTAL_NAME.matcher(row.label().strip()).matches();
    }

    private static List<Problem> checkParts(List<Column> columns, List<Row> rows, String file) {
        List<Problem> found = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.whole() && column.type() == Column.Type.PERCENT) check(column, c, rows, file, found);
        }
        return found;
    }

    private static void check(Column column, int c, List<Row> rows, String file, List<Problem> found) {
        BigDecimal shown = BigDecimal.ZERO;
        BigDecimal largestHidden = BigDecimal.ZERO;
        boolean unbounded = false;
        List<Row> bounded = new ArrayList<>();
        int decimals = 0;
        int values = 0;
        for (Row row : rows) {
            Cell cell = row.cell(c);
            if (cell.state() == Cell.State.BELOW) {
                largestHidden = largestHidden.add(cell.bound().orElseThrow());
                bounded.add(row);
            } else if (cell.state().hidesAValue()) {
                unbounded = true;
            } else if (cell.number().isPresent()) {
                shown = shown.add(cell.number().get());
                decimals = Math.max(decimals, Math.max(0, cell.number().get().scale()));
            } else {
                continue;
            }
            values++;
        }
        // Each value can be off by half its last decimal place when rounded.
        BigDecimal tolerance = BigDecimal.valueOf(values).multiply(BigDecimal.valueOf(5, decimals + 1));
        String sum = shown.stripTrailingZeros().toPlainString() + "%";
        boolean hidden = unbounded || !bounded.isEmpty();
        if (shown.subtract(HUNDRED).compareTo(tolerance) > 0) {
            found.add(Problem.error(file, column.line(), "The percentages " + (hidden ? "shown " : "") + "in '" + column.id() + "' add up to "
                    + sum + ", more than 100%.", "Check each value against its source; recompute them from the counts if you have them."));
            return;
        }
        if (!hidden) {
            if (HUNDRED.subtract(shown).compareTo(tolerance) > 0) {
                found.add(Problem.warning(file, column.line(), "The percentages in '" + column.id() + "' add up to " + sum
                        + ", not 100%: is a category missing?", "Add the missing group (such as 'Not known'), or check the values against their source."));
            }
            return;
        }
        if (!unbounded && HUNDRED.subtract(shown.add(largestHidden)).compareTo(tolerance) > 0) {
            found.add(Problem.error(file, column.line(), "The percentages in '" + column.id() + "' cannot add up to 100%: the ones shown make "
                    + sum + " and the hidden ones are under " + largestHidden.stripTrailingZeros().toPlainString() + "% together.",
                    "Check the values and the bounds against the source; is a category missing?"));
            return;
        }
        if (HUNDRED.subtract(shown).compareTo(tolerance) <= 0) {
            for (Row row : bounded) {
                found.add(Problem.warning(file, row.line(), "The share of " + row.label() + " in '" + column.id() + "' is written as under "
                        + row.cell(c).bound().orElseThrow().stripTrailingZeros().toPlainString() + "%, but the others already make " + sum
                        + ", so it must be 0.", "Write 0 if it is, or check the other values against the source."));
            }
        }
    }
}
