package org.dueregard.data;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dueregard.ForbiddenCharacters;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.Suggestions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one sheet of an .xlsx workbook with fastexcel-reader, after {@link WorkbookSafety} has checked the file. A
 * formula gives the result Excel saved with it; a number is read as its format shows it (0.1234 formatted 0.0% gives
 * 12.3, 12.345 formatted 0.00 gives 12.35; General keeps every digit); a date gives words ("31 March 2025"); an error (#DIV/0!) and a formula saved without its result are kept as such, for
 * the dataset to report with the cell.
 */
final class SpreadsheetRows {

    /** Excel's error values, which a formula may give instead of a result. */
    private static final Pattern ERROR_VALUE = Pattern.compile(
            "#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)");
    /** The last day Excel can show (31 December 9999), as its serial number. */
    private static final double LAST_DATE = 2_958_465;

    private SpreadsheetRows() {
    }

    /**
     * @param from  the rows_from: settings (which sheet and range), for messages about the YAML
     * @param file  the workbook as messages name it
     */
    static SheetGrid read(byte[] bytes, String file, RowsFrom from) throws ProblemsException {
        WorkbookSafety.check(bytes, file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            Sheet sheet = chooseSheet(workbook.getSheets().toList(), file, from);
            String name = shown(sheet.getName());
            try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                return new SheetGrid(file, name, readRows(rows.iterator(), new SheetGrid(file, name, List.of()), from.range()));
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel-reader reports damage in a checked file with IOExceptions and runtime exceptions (ExcelReaderException,
            // NumberFormatException...); the file was checked for what could exhaust memory before it was opened.
            throw new ProblemsException(Problem.error(file, 0, "The workbook cannot be read: it is damaged, or not a workbook Excel saved.",
                    WorkbookSafety.SAVE_AGAIN));
        }
    }

    private static Sheet chooseSheet(List<Sheet> sheets, String file, RowsFrom from) throws ProblemsException {
        List<String> names = sheets.stream().map(s -> shown(s.getName())).toList();
        if (sheets.isEmpty()) {
            throw new ProblemsException(Problem.error(file, 0, "The workbook has no sheets.", "Check it is the right file."));
        }
        if (from.sheet().isEmpty()) {
            if (sheets.size() == 1) return sheets.get(0);
            throw new ProblemsException(Problem.error(from.yamlFile(), from.line(), "The workbook " + file + " has " + sheets.size()
                    + " sheets: say which one holds the rows.", "Add the sheet's name, as its tab shows it: rows_from: {file: "
                    + from.file() + ", sheet: " + names.get(0) + "}. Its sheets are: " + String.join(", ", names) + "."));
        }
        String wanted = from.sheet().get();
        for (Sheet sheet : sheets) {
            if (sheet.getName().strip().equalsIgnoreCase(wanted.strip())) return sheet;
        }
        throw new ProblemsException(Problem.error(from.yamlFile(), from.sheetLine(), "The workbook " + file + " has no sheet called '"
                + wanted + "'" + Suggestions.didYouMeanOrStop(wanted, names), "Its sheets are: " + String.join(", ", names)
                + ". Write the name as its tab shows it."));
    }

    private static List<SheetGrid.Line> readRows(Iterator<org.dhatim.fastexcel.reader.Row> rows, SheetGrid sheet, Optional<CellRange> range)
            throws ProblemsException {
        List<SheetGrid.Line> lines = new ArrayList<>();
        int previous = 0;
        int values = 0;
        while (rows.hasNext()) {
            org.dhatim.fastexcel.reader.Row row = rows.next();
            // A row without its number ("r") follows the one before it.
            int number = row.getRowNum() > previous ? row.getRowNum() : previous + 1;
            previous = number;
            if (range.isPresent() && !range.get().containsRow(number)) continue;
            List<SheetCell> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                if (cell == null) continue;
                int column = cell.getColumnIndex() + 1;
                if (range.isPresent() && !range.get().containsColumn(column)) continue;
                SheetCell value = cellOf(cell, sheet, column, number);
                if (value.isEmpty()) continue;
                if (range.isEmpty() && column > SheetGrid.MAX_COLUMNS) {
                    throw new ProblemsException(Problem.error(sheet.file(), 0, capitalised(sheet.where(column, number)) + " is beyond the "
                            + SheetGrid.MAX_COLUMNS + " columns dueregard reads.", "Give range: to read only the table, for example range: A1:F20."));
                }
                while (cells.size() < column - 1) cells.add(SheetCell.EMPTY);
                cells.add(value);
                values++;
            }
            if (cells.isEmpty()) continue;
            lines.add(new SheetGrid.Line(number, number, List.copyOf(cells)));
            if (lines.size() > SheetGrid.MAX_ROWS || values > SheetGrid.MAX_VALUES) {
                throw new ProblemsException(Problem.error(sheet.file(), 0, "Sheet " + sheet.sheet() + " has more than " + (lines.size() > SheetGrid.MAX_ROWS ? SheetGrid.MAX_ROWS + " rows" : SheetGrid.MAX_VALUES + " values")
                        + " with values; dueregard reads at most that many.",
                        "Save only the table the page needs on a sheet of its own, or give range: to read part of the sheet."));
            }
        }
        return lines;
    }

    /** A cell as it is stored; text holding a character no web page may contain is refused with the cell. */
    private static SheetCell cellOf(Cell cell, SheetGrid sheet, int column, int row) throws ProblemsException {
        Object value = cell.getValue();
        switch (cell.getType()) {
            case EMPTY:
                return SheetCell.EMPTY;
            case BOOLEAN:
                return new SheetCell(SheetCell.Kind.BOOLEAN, Boolean.TRUE.equals(value) ? "TRUE" : "FALSE");
            case ERROR:
                return new SheetCell(SheetCell.Kind.ERROR, shown(String.valueOf(cell.getRawValue())));
            case NUMBER:
                return numberOf(cell, (BigDecimal) value);
            case FORMULA:
                if (cell.getRawValue() == null) return new SheetCell(SheetCell.Kind.NO_RESULT, "");
                if (value instanceof BigDecimal number) return numberOf(cell, number);
                if (value instanceof Boolean b) return new SheetCell(SheetCell.Kind.BOOLEAN, b ? "TRUE" : "FALSE");
                if (value != null && ERROR_VALUE.matcher(value.toString()).matches()) return new SheetCell(SheetCell.Kind.ERROR, value.toString());
                return textOf(value == null ? "" : value.toString(), sheet, column, row);
            default:
                return textOf(cell.getText(), sheet, column, row);
        }
    }

    private static SheetCell numberOf(Cell cell, BigDecimal value) {
        String format = cell.getDataFormatString();
        if (NumberFormats.isDate(cell.getDataFormatId(), format) && value.signum() >= 0 && value.doubleValue() <= LAST_DATE) {
            return new SheetCell(SheetCell.Kind.DATE, NumberFormats.dateText(cell.asDate(), format));
        }
        BigDecimal shown = NumberFormats.isPercent(format) ? value.movePointRight(2) : value;
        // The figure as the sheet shows it: a share worked out by a formula (0.7209302325581395 shown as 72.1%) is
        // published as 72.1, the figure HR checked, not with fifteen decimal places.
        java.util.OptionalInt decimals = NumberFormats.decimals(format);
        if (decimals.isPresent()) shown = shown.setScale(decimals.getAsInt(), java.math.RoundingMode.HALF_UP);
        return new SheetCell(SheetCell.Kind.NUMBER, NumberFormats.plain(shown));
    }

    private static SheetCell textOf(String text, SheetGrid sheet, int column, int row) throws ProblemsException {
        int bad = ForbiddenCharacters.indexIn(text);
        if (bad >= 0) {
            throw new ProblemsException(ForbiddenCharacters.problem(sheet.file(), 0, capitalised(sheet.where(column, row)), text.codePointAt(bad)));
        }
        return SheetCell.text(text);
    }

    /** A name from the file as messages may show it: no characters a terminal or page may not show, and not too long. */
    static String shown(String text) {
        String clean = ForbiddenCharacters.removeFrom(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
