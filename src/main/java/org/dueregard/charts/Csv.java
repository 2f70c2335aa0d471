package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;
import org.dueregard.data.SuppressionRule;

import java.nio.charset.StandardCharsets;

/**
 * A dataset as a CSV file to download: one header row (label and unit), then the published values. Hidden values
 * are the marker; their numbers never reach the file. Starts with a byte order mark so Excel reads £ correctly.
 */
public final class Csv {

    private Csv() {
    }

    public static byte[] of(Dataset dataset) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int c = 0; c < dataset.columns().size(); c++) {
            Column column = dataset.columns().get(c);
            if (c > 0) csv.append(',');
            csv.append(quote(column.label() + (column.unit().isEmpty() ? "" : " (" + column.unit() + ")")));
        }
        csv.append("\r\n");
        for (Row row : dataset.rows()) {
            for (int c = 0; c < dataset.columns().size(); c++) {
                if (c > 0) csv.append(',');
                Cell cell = row.cell(c);
                if (dataset.columns().get(c).type() == Column.Type.CATEGORY) csv.append(quote(cell.text()));
                else if (cell.suppressed()) csv.append(SuppressionRule.MARKER);
                else {
                    Column column = dataset.columns().get(c);
                    csv.append(cell.published().map(v -> plain(column, v)).orElse(cell.findNote().map(Csv::quote).orElse("")));
                }
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Written values as they were written; computed ones rounded once, like on the page. */
    private static String plain(Column column, java.math.BigDecimal value) {
        int decimals = column.displayDecimals();
        return decimals < 0 ? value.toPlainString() : value.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
