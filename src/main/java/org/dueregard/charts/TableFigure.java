package org.dueregard.charts;

import org.dueregard.data.Cell;
import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;
import org.dueregard.data.SuppressionRule;

import java.util.List;

/**
 * A dataset as an accessible table: caption, column and row headers with scopes, units in the headings, numbers
 * right-aligned, the suppression marker with its explanation, the source, notes, and the CSV download.
 */
public final class TableFigure {

    private TableFigure() {
    }

    /**
     * @param columns  the columns to show, in order (the first names the rows)
     * @param idPrefix makes ids unique on the page
     * @param download the CSV link, or "" for none
     */
    public static String table(Dataset dataset, List<Integer> columns, String caption, String idPrefix) {
        StringBuilder html = new StringBuilder();
        String captionId = idPrefix + "-caption";
        html.append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").append(captionId).append("\" tabindex=\"0\">\n");
        html.append("<table>\n<caption id=\"").append(captionId).append("\">").append(Html.escape(caption)).append("</caption>\n");
        html.append("<thead>\n<tr>");
        for (int c : columns) {
            Column column = dataset.columns().get(c);
            html.append("<th scope=\"col\"").append(column.type().isNumber() ? " class=\"numeric\"" : "").append('>')
                    .append(Html.escape(column.label()));
            if (!column.unit().isEmpty()) html.append(" <span class=\"unit\">(").append(Html.escape(column.unit())).append(")</span>");
            html.append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (Row row : dataset.rows()) {
            html.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                int c = columns.get(i);
                Column column = dataset.columns().get(c);
                Cell cell = row.cell(c);
                if (i == 0) {
                    html.append("<th scope=\"row\">").append(Html.escape(cell.text())).append("</th>");
                } else if (!column.type().isNumber()) {
                    html.append("<td>").append(Html.escape(cell.text())).append("</td>");
                } else {
                    html.append("<td class=\"numeric\">").append(valueOf(column, cell)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        return html.toString();
    }

    /** The words under a table or chart: source, notes, what [c] means, and the download. */
    public static String footer(Dataset dataset, String downloadUrl, int downloadBytes) {
        StringBuilder html = new StringBuilder("<div class=\"figure-footer\">\n");
        html.append("<p>Source: ").append(Html.escape(dataset.source())).append(dataset.source().endsWith(".") ? "" : ".").append("</p>\n");
        if (dataset.hasSuppressedCells()) {
            html.append("<p>").append(SuppressionRule.MARKER).append(": ").append(Html.escape(dataset.suppression().explanation())).append("</p>\n");
        }
        for (String note : dataset.notes()) html.append("<p>").append(Html.escape(note)).append("</p>\n");
        if (!downloadUrl.isEmpty()) {
            html.append("<p><a class=\"figure-download\" href=\"").append(Html.escape(downloadUrl)).append("\">Download the data: ")
                    .append(Html.escape(dataset.title())).append(" (CSV, ").append(size(downloadBytes)).append(")</a></p>\n");
        }
        return html.append("</div>\n").toString();
    }

    static String valueOf(Column column, Cell cell) {
        if (cell.suppressed()) return SuppressionRule.MARKER;
        return cell.published().map(v -> Format.value(column, v)).orElse(cell.findNote().orElse("not available"));
    }

    static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : Math.round(bytes / 1024.0) + " KB";
    }
}
