package org.dueregard.data;

import java.util.List;
import java.util.Optional;

/**
 * A table of figures from a YAML file: what it measures, where it comes from, its columns and rows, and how small
 * numbers are hidden. Suppression has already been applied to the rows.
 *
 * @param name       the file name without .yml, used to refer to it from pages ("pay-quarters-2024")
 * @param file       the file as messages name it ("content/reports/data/pay-quarters-2024.yml")
 * @param period     the period or snapshot date the figures describe ("31 March 2024")
 * @param comparator the label of the row others are compared with ("Organisation overall"), if any
 * @param warnings   things the author should know but that do not stop the build, such as a published figure
 *                   that disagrees with the one computed from the data
 * @param margins    its total columns and total rows, which a reader can use to work out hidden counts
 */
public record Dataset(String name, String file, String title, String description, String source, String period,
                      List<Column> columns, List<Row> rows, List<String> notes, SuppressionRule suppression,
                      Optional<String> comparator, List<org.dueregard.Problem> warnings, Margins margins,
                      List<String> characteristics) {

    /** A dataset that says nothing about which protected characteristics it describes. */
    public Dataset(String name, String file, String title, String description, String source, String period,
                   List<Column> columns, List<Row> rows, List<String> notes, SuppressionRule suppression,
                   Optional<String> comparator, List<org.dueregard.Problem> warnings, Margins margins) {
        this(name, file, title, description, source, period, columns, rows, notes, suppression, comparator, warnings, margins, List.of());
    }

    public Optional<Integer> findColumn(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) return Optional.of(i);
        }
        return Optional.empty();
    }

    public Optional<Row> findRow(String label) {
        return rows.stream().filter(row -> Slugs.of(row.label()).equals(Slugs.of(label))).findFirst();
    }

    /**
     * The same dataset showing only these rows, in this order (a table or chart block's rows: or leave_out:). It is
     * for showing only: its margins no longer point at its rows, so quotes always use the whole dataset.
     */
    public Dataset withRows(List<Row> chosen) {
        return new Dataset(name, file, title, description, source, period, columns, List.copyOf(chosen), notes, suppression, comparator,
                warnings, Margins.NONE, characteristics);
    }

    public boolean hasSuppressedCells() {
        return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(Cell::suppressed));
    }
}
