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
        return table(dataset, columns, caption, idPrefix, row -> java.util.Optional.empty());
    }

    /** @param rowLinks the page each row's heading links to (an objective's page), or empty for none */
    static String table(Dataset dataset, List<Integer> columns, String caption, String idPrefix,
                        java.util.function.Function<Row, java.util.Optional<String>> rowLinks) {
        // A table with text columns (objectives, actions) becomes stacked cards on a phone, each cell labelled with its
        // column's heading (hidden from screen readers, which have the table's own headers).
        boolean cards = columns.stream().anyMatch(c -> dataset.columns().get(c).type() == Column.Type.TEXT);
        StringBuilder html = new StringBuilder();
        String captionId = idPrefix + "-caption";
        html.append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").append(captionId).append("\" tabindex=\"0\">\n");
        // More than five columns of paragraphs do not fit beside each other on any screen: cards at every width.
        boolean wide = cards && columns.size() > 5;
        html.append(cards ? "<table class=\"text-table" + (wide ? " text-table-wide" : "") + "\">\n" : "<table>\n");
        html.append("<caption id=\"").append(captionId).append("\">").append(Html.escape(caption)).append("</caption>\n");
        html.append("<thead>\n<tr>");
        for (int c : columns) {
            Column column = dataset.columns().get(c);
            html.append("<th scope=\"col\"").append(column.type().isNumber() ? " class=\"numeric\"" : "")
                    .append('>').append(Html.escape(column.label()));
            String unit = unitOf(column);
            if (!unit.isEmpty()) html.append(" <span class=\"unit\">(").append(Html.escape(unit)).append(")</span>");
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
                    java.util.Optional<String> link = rowLinks.apply(row);
                    html.append("<th scope=\"row\">").append(link.isEmpty() ? Html.escape(cell.text())
                            : "<a href=\"" + Html.escape(link.get()) + "\">" + Html.escape(cell.text()) + "</a>").append("</th>");
                    continue;
                }
                html.append("<td").append(column.type().isNumber() ? " class=\"numeric\">" : ">");
                if (cards) html.append("<span class=\"cell-label\" aria-hidden=\"true\">").append(Html.escape(column.label())).append("</span>");
                if (column.type() == Column.Type.TEXT) html.append(textHtml(cell.text()));
                else if (!column.type().isNumber()) html.append(Html.escape(cell.text()));
                else html.append(valueOf(column, cell));
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        return html.toString();
    }

    /** A text cell: lines starting "- " are a list, other lines are paragraphs; everything is escaped. */
    static String textHtml(String text) {
        if (text.isEmpty()) return "";
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (String line : text.split("\n")) {
            boolean item = line.startsWith("- ");
            if (item && !inList) html.append("<ul>");
            if (!item && inList) html.append("</ul>");
            inList = item;
            if (item) html.append("<li>").append(Html.escape(line.substring(2).strip())).append("</li>");
            else if (!line.isBlank()) html.append("<p>").append(Html.escape(line.strip())).append("</p>");
        }
        if (inList) html.append("</ul>");
        return html.toString();
    }

    /** The words under a table or chart: source, notes, what [c] means, and the download. */
    /** @param columns the columns shown, whose symbols the notes explain */
    public static String footer(Dataset dataset, List<Integer> columns, String downloadUrl, int downloadBytes) {
        StringBuilder html = new StringBuilder("<div class=\"figure-footer\">\n");
        html.append("<p>Source: ").append(Html.escape(dataset.source())).append(dataset.source().endsWith(".") ? "" : ".").append("</p>\n");
        for (String note : Marks.notes(dataset, dataset.rows(), columns)) html.append("<p>").append(Html.escape(note)).append("</p>\n");
        for (String note : dataset.notes()) html.append("<p>").append(Html.escape(note)).append("</p>\n");
        if (!downloadUrl.isEmpty()) {
            html.append("<p><a class=\"figure-download\" href=\"").append(Html.escape(downloadUrl)).append("\">Download the data: ")
                    .append(Html.escape(dataset.title())).append(" (CSV, ").append(size(downloadBytes)).append(")</a></p>\n");
        }
        return html.append("</div>\n").toString();
    }

    static String valueOf(Column column, Cell cell) {
        return Html.escape(Marks.of(column, cell).orElseGet(() -> Format.cell(column, cell.published().orElseThrow())));
    }

    /** The unit in a column's heading; percentage points always say so, as their cells are bare numbers. */
    static String unitOf(Column column) {
        return column.unit().isEmpty() && column.type() == Column.Type.POINTS ? "percentage points" : column.unit();
    }

    /** A table's caption from its dataset: the title, with the period unless the title already says it. */
    static String captionOf(Dataset dataset) {
        boolean said = dataset.period().isEmpty() || dataset.title().contains(dataset.period());
        return dataset.title() + (said ? "" : ", " + dataset.period());
    }

    static List<Integer> allColumns(Dataset dataset) {
        return java.util.stream.IntStream.range(0, dataset.columns().size()).boxed().toList();
    }

    static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : Math.round(bytes / 1024.0) + " KB";
    }
}
