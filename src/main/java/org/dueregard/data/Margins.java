package org.dueregard.data;

import java.util.List;
import java.util.Optional;

/**
 * The totals a dataset publishes inside itself: columns that add up other columns (all = women + men) and rows that
 * add up the other rows (Total). A reader can check them on the shown rows and use them on the others, so the
 * interval audit treats each as a fact. Declared with {@code total_of:} on a column or {@code total_row:} in the
 * dataset, or found: a column or row that equals the sum in every row is a total whether declared or not.
 *
 * @param totalColumns columns that are totals of other columns
 * @param totalRows    rows that are totals of the other rows
 */
public record Margins(List<TotalColumn> totalColumns, List<TotalRow> totalRows) {

    public static final Margins NONE = new Margins(List.of(), List.of());

    /**
     * @param exact true when the total equals the sum of its parts; false when it is only at least the sum (a column
     *              called "all" that also counts people in no column of the table)
     */
    public record TotalColumn(int column, List<Integer> parts, boolean exact) {
    }

    /** @param exact as for a total column: equal to the sum of the other rows, or only at least it */
    public record TotalRow(int row, boolean exact) {
    }

    public boolean isTotalColumn(int column) {
        return totalColumns.stream().anyMatch(t -> t.column() == column);
    }

    public boolean isTotalRow(int row) {
        return totalRows.stream().anyMatch(t -> t.row() == row);
    }

    /** The row that is the exact total of the others, which {@code {{ dataset.total.column }}} quotes. */
    public Optional<Integer> findExactTotalRow() {
        return totalRows.stream().filter(TotalRow::exact).map(TotalRow::row).findFirst();
    }
}
