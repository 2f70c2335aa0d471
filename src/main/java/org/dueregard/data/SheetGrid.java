package org.dueregard.data;

import java.util.List;

/**
 * The cells of one sheet of a workbook, or of a CSV file, row by row. Only rows with a value are kept.
 *
 * @param file  the file as messages name it ("content/data/pay.xlsx")
 * @param sheet the sheet's name; empty for a CSV file
 * @param rows  the rows that hold a value, in order
 */
record SheetGrid(String file, String sheet, List<SheetGrid.Line> rows) {

    /** More rows than any table a page shows; a bigger sheet is refused rather than read. */
    static final int MAX_ROWS = 50_000;
    /** More columns than any table a page shows. */
    static final int MAX_COLUMNS = 200;
    /** Bigger than any workbook or CSV file of figures for a report; a bigger one is refused without being read. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Values kept in memory at most (50,000 rows of 20 columns); bounds memory whatever the shape of the sheet. */
    static final int MAX_VALUES = 1_000_000;

    /**
     * One row.
     *
     * @param number the row's number as a spreadsheet shows it (1 for the first)
     * @param line   the line of a CSV file it starts on (a value in quotes may hold line breaks); in a workbook, its number
     * @param cells  the cells from column A on; a row may be shorter than others
     */
    record Line(int number, int line, List<SheetCell> cells) {

        SheetCell cell(int column) {
            return column >= 1 && column <= cells.size() ? cells.get(column - 1) : SheetCell.EMPTY;
        }
    }

    /** "sheet Bands, cell C7" in a workbook, "cell C7" in a CSV file: where a cell is, as a spreadsheet user finds it. */
    String where(int column, int row) {
        String cell = "cell " + CellRange.cellName(column, row);
        return sheet.isEmpty() ? cell : "sheet " + sheet + ", " + cell;
    }

    /** "content/data/pay.xlsx, sheet Bands" or "content/data/staff.csv". */
    String name() {
        return sheet.isEmpty() ? file : file + ", sheet " + sheet;
    }
}
