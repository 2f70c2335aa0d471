package org.dueregard.data;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of a sheet written as a spreadsheet names it ({@code A3:E12}), with rows and columns counted from 1 as the
 * spreadsheet shows them.
 */
record CellRange(int firstColumn, int firstRow, int lastColumn, int lastRow) {

    /** The last column and row Excel allows (XFD1048576). */
    static final int LAST_COLUMN = 16_384;
    static final int LAST_ROW = 1_048_576;

    private static final Pattern RANGE = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})\\s*:\\s*\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");
    private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");

    /** A range such as "A3:E12" (or "a3:e12", "$A$3:$E$12"); empty when the text is not one, or lies outside a sheet. */
    static Optional<CellRange> parse(String text) {
        Matcher m = RANGE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        int firstColumn = columnNumber(m.group(1));
        int lastColumn = columnNumber(m.group(3));
        int firstRow = Integer.parseInt(m.group(2));
        int lastRow = Integer.parseInt(m.group(4));
        if (firstRow < 1 || lastRow < 1 || firstRow > LAST_ROW || lastRow > LAST_ROW || firstColumn > LAST_COLUMN || lastColumn > LAST_COLUMN) {
            return Optional.empty();
        }
        return Optional.of(new CellRange(Math.min(firstColumn, lastColumn), Math.min(firstRow, lastRow),
                Math.max(firstColumn, lastColumn), Math.max(firstRow, lastRow)));
    }

    /** Whether a cell name such as "C7" is one Excel allows (column A to XFD, row 1 to 1048576). */
    static boolean isCellName(String text) {
        Matcher m = CELL.matcher(text);
        if (!m.matches()) return false;
        int row = Integer.parseInt(m.group(2));
        return row >= 1 && row <= LAST_ROW && columnNumber(m.group(1)) <= LAST_COLUMN;
    }

    int columns() {
        return lastColumn - firstColumn + 1;
    }

    int rows() {
        return lastRow - firstRow + 1;
    }

    boolean containsColumn(int column) {
        return column >= firstColumn && column <= lastColumn;
    }

    boolean containsRow(int row) {
        return row >= firstRow && row <= lastRow;
    }

    @Override
    public String toString() {
        return cellName(firstColumn, firstRow) + ":" + cellName(lastColumn, lastRow);
    }

    /** "C7" for column 3, row 7. */
    static String cellName(int column, int row) {
        return columnName(column) + row;
    }

    /** "A" for 1, "Z" for 26, "AA" for 27. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) name.insert(0, (char) ('A' + (n - 1) % 26));
        return name.toString();
    }

    /** 1 for "A", 27 for "AA"; letters only, at most three. */
    static int columnNumber(String letters) {
        int number = 0;
        for (int i = 0; i < letters.length(); i++) number = number * 26 + (letters.charAt(i) - 'A' + 1);
        return number;
    }
}
