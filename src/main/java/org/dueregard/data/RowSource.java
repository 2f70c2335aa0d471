package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;
import org.dueregard.content.SiteFileGuard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a dataset's rows from the CSV file or workbook sheet its {@code rows_from:} names. The cells become the
 * values a YAML row would hold ({@link SheetValues}) and go through the same reading as YAML rows, so every rule and
 * message (cell states, shares, counts) applies to both; each problem is then traced back from the stand-in line to
 * the cell: "content/data/pay.xlsx: error: Sheet Bands, cell C7: 'abc' in the column 'staff' is not a number." (in a
 * CSV file: "content/data/staff.csv:7: error: Cell C7: ..."). Rows read from a file carry the line of rows_from: in
 * the dataset, for any later message about them.
 */
final class RowSource {

    /** Stand-in lines from here on are cells of the file, not lines of a YAML file. */
    private static final int FIRST_CELL_LINE = 100_000_000;

    /** Where a stand-in line's cell is. */
    private record CellAt(int column, int row, int line) {
    }

    private RowSource() {
    }

    /**
     * @param readRows reads the rows of a YAML mapping holding {@code rows:}, as for rows written in a dataset
     * @return the rows; empty when there were problems, which are in the dataset's problems
     */
    static List<Row> read(YamlFields dataset, List<Column> columns, DatasetParser.SiblingReader siblings,
                          Function<YamlFields, List<Row>> readRows) {
        Optional<RowsFrom> found = RowsFrom.find(dataset);
        List<Column> written = columns.stream().filter(c -> !c.isComputed()).toList();
        if (found.isEmpty() || written.isEmpty()) return List.of();
        RowsFrom from = found.get();
        Optional<SheetGrid> grid = readGrid(from, siblings, dataset.problems());
        if (grid.isEmpty()) return List.of();
        Problems tableProblems = new Problems();
        rejectUnknownHeadings(from, written, tableProblems);
        Optional<SheetTable> table = SheetTable.find(grid.get(), written, from, tableProblems);
        if (table.isEmpty() || tableProblems.hasErrors()) {
            dataset.problems().addAll(tableProblems.sorted());
            return List.of();
        }
        List<CellAt> cells = new ArrayList<>();
        YamlNode.Sequence rows = yamlRows(grid.get(), table.get(), written, cells, tableProblems);
        dataset.problems().addAll(tableProblems.sorted());
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        entries.put("rows", new YamlNode.Entry("rows", 0, rows));
        Problems rowProblems = new Problems();
        List<Row> read = readRows.apply(new YamlFields(new YamlNode.Mapping(entries, 0), grid.get().file(), rowProblems, "sheet"));
        for (Problem problem : rowProblems.sorted()) dataset.problems().add(traced(problem, grid.get(), cells));
        return read.stream().map(row -> new Row(row.cells(), from.line())).toList();
    }

    private static Optional<SheetGrid> readGrid(RowsFrom from, DatasetParser.SiblingReader siblings, Problems problems) {
        String shown = siblingName(from.yamlFile(), from.file());
        try {
            Optional<byte[]> bytes = siblings.read(from.file(), SheetGrid.MAX_FILE_BYTES);
            if (bytes.isEmpty()) {
                String folder = from.yamlFile().contains("/") ? from.yamlFile().substring(0, from.yamlFile().lastIndexOf('/') + 1) : "";
                problems.add(Problem.error(from.yamlFile(), from.line(), "The file '" + from.file() + "' named in rows_from does not exist.",
                        "Save it beside this dataset" + (folder.isEmpty() ? "" : ", in " + folder) + ", or correct its name. It is never published."));
                return Optional.empty();
            }
            if (bytes.get().length > SheetGrid.MAX_FILE_BYTES) {
                problems.add(Problem.error(shown, 0, "The file is bigger than " + SheetGrid.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; dueregard reads files of figures up to that size.", "Save only the table the page needs in a file of its own."));
                return Optional.empty();
            }
            return Optional.of(from.isCsv() ? CsvRows.read(bytes.get(), shown, from.range()) : SpreadsheetRows.read(bytes.get(), shown, from));
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(SiteFileGuard.unreadable(shown, e));
        }
        return Optional.empty();
    }

    private static void rejectUnknownHeadings(RowsFrom from, List<Column> written, Problems problems) {
        List<String> ids = written.stream().map(Column::id).toList();
        for (String id : from.headings().keySet()) {
            if (!ids.contains(id)) {
                problems.add(Problem.error(from.yamlFile(), from.headingLines().get(id), "'" + id + "' under headings is not a column the rows hold"
                        + org.dueregard.Suggestions.didYouMeanOrStop(id, ids), "Use the id of a column that is not computed: " + String.join(", ", ids) + "."));
            }
        }
    }

    /** The table's rows as YAML rows; each value's line stands for its cell. A row with figures but no label is reported. */
    private static YamlNode.Sequence yamlRows(SheetGrid grid, SheetTable table, List<Column> written, List<CellAt> cells, Problems problems) {
        List<YamlNode> rows = new ArrayList<>();
        boolean csv = grid.sheet().isEmpty();
        for (SheetGrid.Line row : table.rows()) {
            List<SheetCell> values = table.cellsOf(row);
            if (values.get(0).isEmpty()) {
                problems.add(Problem.error(grid.file(), csv ? row.line() : 0, SpreadsheetRows.capitalised(grid.where(table.columnOf().get(0), row.number()))
                        + " is empty, but its row has figures.", "Give the row its label (the '" + written.get(0).id() + "' column), or delete the row."));
                continue;
            }
            List<YamlNode> items = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                int column = table.columnOf().get(c);
                int line = FIRST_CELL_LINE + cells.size();
                cells.add(new CellAt(column, row.number(), row.line()));
                SheetCell cell = values.get(c);
                if (cell.kind() == SheetCell.Kind.ERROR || cell.kind() == SheetCell.Kind.NO_RESULT) {
                    problems.add(formulaProblem(grid, cell, column, row));
                    cell = SheetCell.EMPTY;
                }
                items.add(SheetValues.scalarOf(cell, written.get(c), line));
            }
            rows.add(new YamlNode.Sequence(List.copyOf(items), csv ? row.line() : row.number()));
        }
        return new YamlNode.Sequence(List.copyOf(rows), 0);
    }

    private static Problem formulaProblem(SheetGrid grid, SheetCell cell, int column, SheetGrid.Line row) {
        String where = SpreadsheetRows.capitalised(grid.where(column, row.number()));
        if (cell.kind() == SheetCell.Kind.NO_RESULT) {
            return Problem.error(grid.file(), 0, where + " holds a formula saved without its result.",
                    "Open the workbook in Excel and save it again, so the result is saved with the formula.");
        }
        return Problem.error(grid.file(), grid.sheet().isEmpty() ? row.line() : 0, where + " shows the error " + cell.text() + ".",
                "Correct the formula in the workbook, or clear the cell if the figure is not known.");
    }

    /** A problem found in the stand-in YAML, told against the cell or row of the file it came from. */
    private static Problem traced(Problem problem, SheetGrid grid, List<CellAt> cells) {
        boolean csv = grid.sheet().isEmpty();
        int line = problem.line();
        if (line >= FIRST_CELL_LINE && line - FIRST_CELL_LINE < cells.size()) {
            CellAt at = cells.get(line - FIRST_CELL_LINE);
            return new Problem(grid.file(), csv ? at.line() : 0, problem.severity(),
                    SpreadsheetRows.capitalised(grid.where(at.column(), at.row())) + ": " + problem.message(), problem.fix());
        }
        if (line > 0 && !csv) {
            return new Problem(grid.file(), 0, problem.severity(), "Sheet " + grid.sheet() + ", row " + line + ": "
                    + problem.message().replaceAll("\\bon line (\\d+)", "in row $1"), problem.fix());
        }
        return problem;
    }

    /** "content/data/pay.xlsx" for pay.xlsx named in content/data/pay.yml. */
    static String siblingName(String yamlFile, String relative) {
        Path folder = Path.of(yamlFile).getParent();
        Path sibling = folder == null ? Path.of(relative) : folder.resolve(relative);
        return sibling.normalize().toString().replace('\\', '/');
    }
}
