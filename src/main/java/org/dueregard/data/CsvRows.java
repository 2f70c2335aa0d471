package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.content.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CSV file as RFC 4180 writes it: values separated by commas, a value in double quotes when it holds a comma,
 * a line break or a double quote (written twice), lines ending CRLF or LF. A byte order mark at the start (Excel's
 * "CSV UTF-8" writes one) is dropped. A file that breaks these rules is refused with its line, never guessed at.
 */
final class CsvRows {

    private CsvRows() {
    }

    /**
     * @param file  the file as messages name it
     * @param range the block to read, or empty for the whole file; cells outside it are skipped
     */
    static SheetGrid read(byte[] bytes, String file, Optional<CellRange> range) throws ProblemsException {
        String text;
        try {
            text = SourceText.decodeUtf8(bytes, file);
        } catch (ProblemsException e) {
            Problem first = e.problems().get(0);
            if (!first.message().startsWith("This file is not saved as UTF-8")) throw e;
            throw new ProblemsException(Problem.error(file, first.line(), first.message(),
                    "In Excel, choose File, Save As and the type 'CSV UTF-8 (Comma delimited)'. Other CSV types garble £ signs and accents."));
        }
        return parse(text, file, range);
    }

    /** Parses CSV text (line ends already \n). */
    static SheetGrid parse(String text, String file, Optional<CellRange> range) throws ProblemsException {
        List<SheetGrid.Line> rows = new ArrayList<>();
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int row = 1;
        int column = 1;
        int values = 0;
        int i = 0;
        while (true) {
            if (i >= text.length() && column == 1 && value.length() == 0) break; // the end, after a line break or in an empty file
            if (i < text.length() && text.charAt(i) == '"' && value.length() == 0) {
                int end = readQuoted(text, i, value, file, line);
                for (int k = i; k < end; k++) if (text.charAt(k) == '\n') line++;
                i = end;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                    throw new ProblemsException(Problem.error(file, line, "There is text after the closing quote of a value on this line.",
                            "Put the whole value in quotes, and write a quote mark inside it twice: \"Asian or \"\"Other\"\"\"."));
                }
                if (i < text.length()) continue;
            }
            char c = i < text.length() ? text.charAt(i) : '\n';
            i++;
            if (c == '"') {
                throw new ProblemsException(Problem.error(file, line, "A value on this line has a quote mark in the middle.",
                        "Put the whole value in quotes and write the quote mark twice, for example \"Say \"\"no\"\"\"."));
            }
            if (c != ',' && c != '\n') {
                value.append(c);
                continue;
            }
            values += addCell(cells, value.toString(), column, row, range, file, line);
            value.setLength(0);
            column++;
            if (c == ',') continue;
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) rows.add(new SheetGrid.Line(row, rowLine, List.copyOf(cells)));
            requireWithinLimits(rows.size(), values, file, rowLine);
            cells.clear();
            column = 1;
            row++;
            line++;
            rowLine = line;
        }
        return new SheetGrid(file, "", List.copyOf(rows));
    }

    /** Reads a value in quotes starting at {@code start} (the opening quote) into {@code value}; returns the index after it. */
    private static int readQuoted(String text, int start, StringBuilder value, String file, int line) throws ProblemsException {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '"') {
                value.append(c);
            } else if (i < text.length() && text.charAt(i) == '"') {
                value.append('"');
                i++;
            } else {
                return i;
            }
        }
        throw new ProblemsException(Problem.error(file, line, "A value in quotes that starts on this line has no closing quote.",
                "Add the closing \" after the value. A quote mark inside a value is written twice: \"\"."));
    }

    private static void requireWithinLimits(int rows, int values, String file, int line) throws ProblemsException {
        if (rows > SheetGrid.MAX_ROWS) {
            throw new ProblemsException(Problem.error(file, line, "The file has more than " + SheetGrid.MAX_ROWS
                    + " rows with values; dueregard reads at most that many.", "Save only the table the page needs, or give range: to read part of it."));
        }
        if (values > SheetGrid.MAX_VALUES) {
            throw new ProblemsException(Problem.error(file, line, "The file holds more than " + SheetGrid.MAX_VALUES
                    + " values; dueregard reads at most that many.", "Save only the table the page needs, or give range: to read part of it."));
        }
    }

    /** Adds a value inside the range (or the first 200 columns); returns 1 when it was not empty. */
    private static int addCell(List<SheetCell> cells, String value, int column, int row, Optional<CellRange> range, String file, int line)
            throws ProblemsException {
        if (range.isPresent()) {
            CellRange block = range.get();
            if (column > block.lastColumn() || !block.containsRow(row)) return 0;
            cells.add(column < block.firstColumn() ? SheetCell.EMPTY : SheetCell.text(value));
        } else if (column > SheetGrid.MAX_COLUMNS) {
            if (value.isBlank()) return 0;
            throw new ProblemsException(Problem.error(file, line, "Cell " + CellRange.cellName(column, row) + " is beyond the "
                    + SheetGrid.MAX_COLUMNS + " columns dueregard reads.", "Give range: to read only the table, for example range: A1:F20."));
        } else {
            cells.add(SheetCell.text(value));
        }
        return cells.get(cells.size() - 1).isEmpty() ? 0 : 1;
    }
}
