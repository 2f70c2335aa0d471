package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table in a sheet: its heading row, which column of the sheet holds each column the dataset reads, and the rows
 * below. The heading row is the first row of {@code range:}, or else the first row that has a heading for every
 * column. Headings match a column's label or id (or its heading under {@code headings:}), ignoring capitals, spaces,
 * line breaks and underscores; other columns of the sheet are left alone. The table ends at the first empty row: a
 * note under it is ignored, but figures under it are an error, so rows are never dropped without a word.
 *
 * @param columnOf for each written column of the dataset, its column in the sheet (1 for A)
 */
record SheetTable(SheetGrid.Line headings, List<Integer> columnOf, List<SheetGrid.Line> rows) {

    /**
     * Finds the table, reporting each column the sheet lacks against its line in the dataset; empty when any is missing.
     *
     * @param written the dataset's columns whose values the rows hold (not the computed ones)
     */
    static Optional<SheetTable> find(SheetGrid grid, List<Column> written, RowsFrom from, Problems problems) {
        if (grid.rows().isEmpty()) {
            problems.add(Problem.error(grid.file(), 0, (grid.sheet().isEmpty() ? "The file" : "Sheet " + grid.sheet())
                    + (from.range().isPresent() ? " has no values in the range " + from.range().get() + "." : " is empty."),
                    "Check the file" + (from.range().isPresent() ? " and the range" : "") + "; the table's first row holds the headings."));
            return Optional.empty();
        }
        SheetGrid.Line headings = findHeadingRow(grid, written, from);
        int[] columnOf = new int[written.size()];
        if (!matchColumns(grid, headings, written, from, columnOf, problems)) return Optional.empty();
        List<SheetGrid.Line> rows = rowsBelow(grid, headings, columnOf, problems);
        if (rows.isEmpty() && !problems.hasErrors()) {
            problems.add(Problem.error(grid.file(), grid.sheet().isEmpty() ? headings.line() : 0, capitalised(grid.sheet().isEmpty() ? "row "
                    + headings.number() : "sheet " + grid.sheet() + ", row " + headings.number()) + " has the headings, but no rows of figures follow it.",
                    "Check the file: the rows of the table go straight under its headings."));
        }
        return Optional.of(new SheetTable(headings, java.util.Arrays.stream(columnOf).boxed().toList(), rows));
    }

    /** The first row of the range; or the first row with a heading for every column, or else the one with the most. */
    private static SheetGrid.Line findHeadingRow(SheetGrid grid, List<Column> written, RowsFrom from) {
        if (from.range().isPresent()) {
            int first = from.range().get().firstRow();
            return grid.rows().stream().filter(row -> row.number() == first).findFirst().orElse(new SheetGrid.Line(first, first, List.of()));
        }
        SheetGrid.Line best = grid.rows().get(0);
        int bestCount = -1;
        for (SheetGrid.Line row : grid.rows()) {
            int count = 0;
            for (Column column : written) {
                if (!findMatches(row, column, from).isEmpty()) count++;
            }
            if (count == written.size()) return row;
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean matchColumns(SheetGrid grid, SheetGrid.Line headings, List<Column> written, RowsFrom from, int[] columnOf,
                                        Problems problems) {
        boolean all = true;
        List<String> texts = headingTexts(headings);
        for (int c = 0; c < written.size(); c++) {
            Column column = written.get(c);
            List<Integer> matches = findMatches(headings, column, from);
            if (matches.size() == 1) {
                columnOf[c] = matches.get(0);
                continue;
            }
            all = false;
            String where = where(grid, headings);
            if (matches.isEmpty()) {
                String wanted = from.headings().getOrDefault(column.id(), column.label());
                int line = from.headingLines().getOrDefault(column.id(), column.line());
                problems.add(Problem.error(from.yamlFile(), line, "The column '" + column.id() + "' has no heading in " + grid.file() + " ("
                        + where + ": " + (texts.isEmpty() ? "empty" : String.join(", ", texts)) + ")" + Suggestions.didYouMeanOrStop(wanted, texts),
                        fixFor(grid, headings, column)));
            } else {
                problems.add(Problem.error(grid.file(), grid.sheet().isEmpty() ? headings.line() : 0, capitalised(where) + " has "
                        + matches.size() + " headings for the column '" + column.id() + "' (cells "
                        + String.join(" and ", matches.stream().map(m -> CellRange.cellName(m, headings.number())).toList()) + ").",
                        "Rename one of them in the file, or give range: to read only the table's columns."));
            }
        }
        return all && rejectSharedColumns(grid, headings, written, from, columnOf, problems);
    }

    /** Two columns of the dataset may not read one column of the sheet (a count and a percentage both labelled "Women"). */
    private static boolean rejectSharedColumns(SheetGrid grid, SheetGrid.Line headings, List<Column> written, RowsFrom from, int[] columnOf,
                                               Problems problems) {
        for (int a = 0; a < columnOf.length; a++) {
            for (int b = a + 1; b < columnOf.length; b++) {
                if (columnOf[a] != columnOf[b]) continue;
                problems.add(Problem.error(from.yamlFile(), written.get(b).line(), "The columns '" + written.get(a).id() + "' and '"
                        + written.get(b).id() + "' both match the heading '" + SpreadsheetRows.shown(headings.cell(columnOf[a]).text()) + "' in "
                        + grid.file() + " (" + where(grid, headings) + ").", "Give each its own heading under rows_from: headings: {"
                        + written.get(b).id() + ": The other heading}, or give one a label that matches its heading."));
                return false;
            }
        }
        return true;
    }

    private static String where(SheetGrid grid, SheetGrid.Line headings) {
        return (grid.sheet().isEmpty() ? "row " : "sheet " + grid.sheet() + ", row ") + headings.number();
    }

    private static String fixFor(SheetGrid grid, SheetGrid.Line headings, Column column) {
        boolean semicolons = grid.sheet().isEmpty() && headings.cells().size() == 1 && headings.cell(1).text().contains(";");
        if (semicolons) {
            return "The file seems to use semicolons between values: save it again in Excel as 'CSV UTF-8 (Comma delimited)'.";
        }
        return "Headings match a column's label or id, ignoring capitals and spaces. Write the sheet's heading as the label, or add it "
                + "under rows_from: headings: {" + column.id() + ": The heading}. If the table starts lower down, give range: (for example A3:E12).";
    }

    /** The sheet's columns whose heading is the column's heading under headings:, or else its label, or else its id. */
    private static List<Integer> findMatches(SheetGrid.Line row, Column column, RowsFrom from) {
        List<String> wanted = from.headings().containsKey(column.id()) ? List.of(from.headings().get(column.id()))
                : List.of(column.label(), column.id());
        for (String name : wanted) {
            String key = normalised(name);
            List<Integer> found = new ArrayList<>();
            for (int c = 1; c <= row.cells().size(); c++) {
                if (!key.isEmpty() && normalised(row.cell(c).text()).equals(key)) found.add(c);
            }
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /** The rows under the headings, up to the first empty row; figures after that are reported. */
    private static List<SheetGrid.Line> rowsBelow(SheetGrid grid, SheetGrid.Line headings, int[] columnOf, Problems problems) {
        List<SheetGrid.Line> rows = new ArrayList<>();
        int expected = headings.number() + 1;
        Optional<Integer> emptyRow = Optional.empty();
        for (SheetGrid.Line row : grid.rows()) {
            if (row.number() <= headings.number()) continue;
            boolean empty = java.util.Arrays.stream(columnOf).allMatch(c -> row.cell(c).isEmpty());
            if (emptyRow.isEmpty() && (row.number() != expected || empty)) emptyRow = Optional.of(row.number() != expected ? expected : row.number());
            expected = row.number() + 1;
            if (emptyRow.isEmpty()) {
                rows.add(row);
                continue;
            }
            boolean figures = java.util.Arrays.stream(columnOf).skip(1).anyMatch(c -> !row.cell(c).isEmpty());
            if (figures) {
                problems.add(Problem.error(grid.file(), grid.sheet().isEmpty() ? row.line() : 0, capitalised(grid.sheet().isEmpty() ? "row "
                        : "sheet " + grid.sheet() + ", row ") + row.number() + " has figures, but the table ends at the empty row " + emptyRow.get()
                        + " above it.", "Delete the empty row if these figures belong to the table; otherwise move them away from its columns."));
                break;
            }
        }
        return rows;
    }

    private static List<String> headingTexts(SheetGrid.Line row) {
        return row.cells().stream().filter(cell -> !cell.isEmpty()).map(cell -> SpreadsheetRows.shown(cell.text())).toList();
    }

    /** Lower case, with runs of spaces, line breaks and underscores as one space. */
    static String normalised(String heading) {
        return heading.replace('_', ' ').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return SpreadsheetRows.capitalised(text);
    }

    /** The values of a row for the written columns, in their order. */
    List<SheetCell> cellsOf(SheetGrid.Line row) {
        List<SheetCell> cells = new ArrayList<>();
        for (int column : columnOf) cells.add(row.cell(column));
        return cells;
    }
}
