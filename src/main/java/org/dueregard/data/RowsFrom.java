package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.Suggestions;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset's {@code rows_from:} key: its rows are read from a CSV file or a sheet of an .xlsx workbook saved beside
 * it, while the YAML keeps the columns' types, units, notes and suppression. Written as a file name
 * ({@code rows_from: staff.csv}) or with settings:
 *
 * <pre>
 * rows_from:
 *   file: pay-bands.xlsx      # beside the dataset; never published
 *   sheet: Bands              # needed when the workbook has more than one sheet
 *   range: A3:D12             # optional: where the table is; its first row holds the headings
 *   headings: {women: Female} # optional: a column's heading in the sheet, when it is not its label or id
 * </pre>
 *
 * @param file        the file, relative to the dataset's folder
 * @param yamlFile    the dataset's file, for messages
 * @param line        the line of {@code rows_from:}
 * @param sheetLine   the line of {@code sheet:} (or of rows_from:)
 * @param headingLines the line of each heading given, by column id
 */
record RowsFrom(String file, Optional<String> sheet, Optional<CellRange> range, Map<String, String> headings, String yamlFile, int line,
                int sheetLine, Map<String, Integer> headingLines) {

    static final String KEY = "rows_from";
    static final Set<String> KEYS = Set.of("file", "sheet", "range", "headings");

    /** Whether the file is a CSV file (else an .xlsx workbook). */
    boolean isCsv() {
        return extension(file).equals("csv");
    }

    /** The settings under rows_from:, or empty when there is none or it has mistakes (reported to the dataset's problems). */
    static Optional<RowsFrom> find(YamlFields dataset) {
        Optional<YamlNode.Entry> entry = dataset.findEntry(KEY);
        if (entry.isEmpty()) return Optional.empty();
        int line = entry.get().keyLine();
        String yamlFile = dataset.file();
        int errors = dataset.problems().sorted().size();
        if (dataset.findEntry("rows").isPresent()) {
            dataset.problems().add(Problem.error(yamlFile, line, "The dataset has both rows: and rows_from:.",
                    "Keep one: write the rows in the YAML, or take them all from the file."));
        }
        String file;
        Optional<String> sheet = Optional.empty();
        Optional<CellRange> range = Optional.empty();
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, Integer> headingLines = new LinkedHashMap<>();
        int sheetLine = line;
        if (entry.get().value() instanceof YamlNode.Mapping mapping) {
            YamlFields fields = new YamlFields(mapping, yamlFile, dataset.problems(), "rows_from settings");
            fields.rejectUnknownKeys(KEYS);
            file = fields.requireText("file", "Name the workbook or CSV file saved beside this dataset, for example: file: pay-bands.xlsx");
            sheet = fields.findText("sheet");
            sheetLine = fields.lineOf("sheet");
            range = fields.findText("range").flatMap(text -> readRange(text, fields));
            fields.findMapping("headings").ifPresent(map -> readHeadings(map, fields, headings, headingLines));
        } else {
            file = dataset.findText(KEY).orElse("");
            if (file.isEmpty()) {
                dataset.problems().add(Problem.error(yamlFile, line, "rows_from: is empty.",
                        "Name the workbook or CSV file saved beside this dataset, for example: rows_from: staff.csv"));
            }
        }
        if (!file.isEmpty()) checkFileType(file, sheet.isPresent(), yamlFile, line, dataset);
        if (dataset.problems().sorted().size() > errors) return Optional.empty();
        return Optional.of(new RowsFrom(file, sheet, range, Map.copyOf(headings), yamlFile, line, sheetLine, Map.copyOf(headingLines)));
    }

    private static Optional<CellRange> readRange(String text, YamlFields fields) {
        Optional<CellRange> range = CellRange.parse(text);
        if (range.isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("range"), "'" + text + "' is not a range of cells.",
                    "Give the top left and bottom right cells of the table, headings included, for example: range: A3:D12"));
        } else if (range.get().columns() > SheetGrid.MAX_COLUMNS) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("range"), "The range " + range.get() + " is "
                    + range.get().columns() + " columns wide; dueregard reads at most " + SheetGrid.MAX_COLUMNS + ".",
                    "Give only the columns of the table."));
            return Optional.empty();
        }
        return range;
    }

    private static void readHeadings(YamlNode.Mapping map, YamlFields fields, Map<String, String> headings, Map<String, Integer> lines) {
        for (YamlNode.Entry heading : map.entries().values()) {
            if (heading.value() instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
                headings.put(heading.key(), scalar.text().strip());
                lines.put(heading.key(), heading.keyLine());
            } else {
                fields.problems().add(Problem.error(fields.file(), heading.keyLine(), "The heading for '" + heading.key() + "' should be a single text.",
                        "Write the column's id and the heading the sheet gives it, for example: headings: {women: Female staff}"));
            }
        }
    }

    private static void checkFileType(String file, boolean hasSheet, String yamlFile, int line, YamlFields dataset) {
        String extension = extension(file);
        switch (extension) {
            case "xlsx", "xlsm" -> {
            }
            case "csv" -> {
                if (hasSheet) {
                    dataset.problems().add(Problem.error(yamlFile, line, "A CSV file has no sheets, so 'sheet' does not apply to " + file + ".",
                            "Leave sheet: out, or name the .xlsx workbook instead."));
                }
            }
            case "xls" -> dataset.problems().add(Problem.error(yamlFile, line, "'" + file + "' is a workbook in the old Excel format (.xls), "
                    + "which dueregard does not read.", "Open it in Excel and choose File, Save As, Excel Workbook (.xlsx), then write "
                    + "the new file's name here."));
            default -> dataset.problems().add(Problem.error(yamlFile, line, "rows_from reads a .csv file or an .xlsx workbook, not '" + file + "'"
                    + Suggestions.didYouMeanOrStop(extension, Set.of("csv", "xlsx")), "Save the figures as Excel Workbook (.xlsx) or 'CSV UTF-8'."));
        }
    }

    static String extension(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        return dot > slash ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
