package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A dataset as a CSV file to download: one header row (label and unit), then the published values. Hidden values
 * are the marker; their numbers never reach the file. Starts with a byte order mark so Excel reads £ correctly.
 * No text cell can start a formula in a spreadsheet (OWASP CSV injection): one that could gets a leading
 * apostrophe and quotes. Numbers are written as numbers.
 */
public final class Csv {

    /** A plain number, which a spreadsheet reads as a number even with a minus sign in front. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Characters that start a formula or a DDE command in Excel, LibreOffice or Google Sheets (with full-width forms). */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    public static byte[] of(Dataset dataset) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int c = 0; c < dataset.columns().size(); c++) {
            Column column = dataset.columns().get(c);
            if (c > 0) csv.append(',');
            String unit = TableFigure.unitOf(column);
            csv.append(text(column.label() + (unit.isEmpty() ? "" : " (" + unit + ")")));
        }
        csv.append("\r\n");
        for (Row row : dataset.rows()) {
            for (int c = 0; c < dataset.columns().size(); c++) {
                if (c > 0) csv.append(',');
                Cell cell = row.cell(c);
                Column column = dataset.columns().get(c);
                if (column.type() == Column.Type.CATEGORY) csv.append(text(cell.text()));
                else csv.append(text(Marks.of(column, cell).orElseGet(() -> plain(column, cell.published().orElseThrow()))));
            }
            csv.append("\r\n");
        }
        // What the symbols mean, after an empty line, as the Government Statistical Service's notes do.
        List<String> notes = new java.util.ArrayList<>(Marks.notes(dataset, dataset.rows(), TableFigure.allColumns(dataset)));
        notes.addAll(dataset.notes()); // what the figures leave out travels with them
        if (!notes.isEmpty()) {
            csv.append("\r\n").append(text("Notes")).append("\r\n");
            for (String note : notes) csv.append(text(note)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Written values as they were written; computed ones rounded once, like on the page. */
    private static String plain(Column column, java.math.BigDecimal value) {
        int decimals = column.type() == Column.Type.CURRENCY ? 2 : column.displayDecimals();
        if (decimals < 0 && value.scale() > 10) decimals = 10; // a worked-out figure never prints the arithmetic's last digits
        return decimals < 0 ? value.toPlainString() : value.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A text cell as RFC 4180 writes it, neutralised when a spreadsheet could read it as a formula. */
    static String text(String raw) {
        String text = org.dueregard.ForbiddenCharacters.removeFrom(raw);
        if (couldStartFormula(text)) return '"' + "'" + text.replace("\"", "\"\"") + '"';
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Whether the text's first character, or its first after spaces and line breaks, starts a formula; numbers do not. */
    static boolean couldStartFormula(String text) {
        if (text.isEmpty() || NUMBER.matcher(text).matches()) return false;
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) return true;
        String stripped = text.stripLeading();
        return !stripped.isEmpty() && !NUMBER.matcher(stripped).matches() && FORMULA_STARTS.indexOf(stripped.charAt(0)) >= 0;
    }
}
