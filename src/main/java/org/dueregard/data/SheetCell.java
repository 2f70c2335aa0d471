package org.dueregard.data;

/**
 * One cell of a sheet or CSV file as it was stored, before the dataset's column types read it.
 *
 * @param kind what the cell holds
 * @param text the value: the text, a plain decimal ("1234.5", already multiplied by 100 when the cell is formatted
 *             as a percentage), a date in words ("31 March 2025"), TRUE or FALSE, or an error code ("#DIV/0!")
 */
record SheetCell(Kind kind, String text) {

    enum Kind {
        EMPTY, TEXT, NUMBER, DATE, BOOLEAN,
        /** A formula whose result is an error such as #DIV/0!. */
        ERROR,
        /** A formula saved without its result (some programs write workbooks without working them out). */
        NO_RESULT
    }

    static final SheetCell EMPTY = new SheetCell(Kind.EMPTY, "");

    static SheetCell text(String text) {
        return text.isBlank() ? EMPTY : new SheetCell(Kind.TEXT, text);
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY;
    }
}
