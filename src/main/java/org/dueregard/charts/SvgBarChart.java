package org.dueregard.charts;

import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Horizontal bar charts and population pyramids, which XChart does not draw, written as SVG by hand: real text
 * (so it can be read, searched and translated), category labels beside the bars, each bar labelled with its value
 * and, when there are several series, its series name, so no meaning depends on colour.
 */
final class SvgBarChart {

    private static final int WIDTH = 720;
    /** The widest label column: longer labels wrap onto a second line. */
    private static final int MAX_labelColumn = 300;
    private static final int BAR = 22;
    private static final int GAP = 14;
    private static final int TOP = 16;
    private static final String TEXT = "#0b0c0c";
    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"15\"";

    private SvgBarChart() {
    }

    static String horizontal(Dataset d, ChartSpec spec, String title, String description) {
        List<Row> rows = d.rows();
        int labelColumn = labelWidth(d, spec);
        int series = spec.series().size();
        int rowHeight = series * BAR + GAP;
        int height = TOP + rows.size() * rowHeight + 8;
        double max = max(d, spec);
        int plotWidth = WIDTH - labelColumn - 150;
        StringBuilder svg = open(height, title, description);
        svg.append("<line x1=\"").append(labelColumn).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(labelColumn)
                .append("\" y2=\"").append(height - 4).append("\" stroke=\"").append(TEXT).append("\"/>\n");
        for (int r = 0; r < rows.size(); r++) {
            int y = TOP + r * rowHeight;
            label(svg, labelColumn - 8, y + series * BAR / 2.0 + 5, rows.get(r).cell(spec.x()).text());
            for (int s = 0; s < series; s++) {
                int column = spec.series().get(s);
                int barY = y + s * BAR;
                Optional<BigDecimal> value = rows.get(r).cell(column).published();
                String label = value.map(v -> Format.value(d.columns().get(column), v)).orElse(rows.get(r).cell(column).findNote().orElse("[c]"))
                        + (series > 1 ? " " + d.columns().get(column).label() : "");
                double w = value.map(v -> v.doubleValue() / max * plotWidth).orElse(0.0);
                svg.append("<rect x=\"").append(labelColumn).append("\" y=\"").append(barY + 2).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR - 4).append("\" fill=\"").append(spec.colours().get(s)).append("\"/>\n");
                text(svg, labelColumn + w + 6, barY + BAR / 2.0 + 5, "start", label);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** Two series back to back: the first to the left, the second to the right, category labels in the middle. */
    static String pyramid(Dataset d, ChartSpec spec, String title, String description) {
        List<Row> rows = d.rows();
        int left = spec.series().get(0);
        int right = spec.series().get(1);
        int middle = 110;
        int half = (WIDTH - middle) / 2;
        int plot = half - 70;
        int rowHeight = BAR + 6;
        int height = TOP + 26 + rows.size() * rowHeight + 8;
        double max = max(d, spec);
        StringBuilder svg = open(height, title, description);
        text(svg, half - 8, TOP + 10, "end", d.columns().get(left).label());
        text(svg, half + middle + 8, TOP + 10, "start", d.columns().get(right).label());
        // Oldest at the top, as population pyramids are read.
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(rows.size() - 1 - i);
            int y = TOP + 26 + i * rowHeight;
            text(svg, WIDTH / 2.0, y + BAR / 2.0 + 5, "middle", row.cell(spec.x()).text());
            Optional<BigDecimal> l = row.cell(left).published();
            Optional<BigDecimal> r = row.cell(right).published();
            double lw = l.map(v -> v.doubleValue() / max * plot).orElse(0.0);
            double rw = r.map(v -> v.doubleValue() / max * plot).orElse(0.0);
            svg.append("<rect x=\"").append(fmt(half - lw)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(lw))
                    .append("\" height=\"").append(BAR - 4).append("\" fill=\"").append(spec.colours().get(0)).append("\"/>\n");
            svg.append("<rect x=\"").append(half + middle).append("\" y=\"").append(y).append("\" width=\"").append(fmt(rw))
                    .append("\" height=\"").append(BAR - 4).append("\" fill=\"").append(spec.colours().get(1)).append("\"/>\n");
            text(svg, half - lw - 6, y + BAR / 2.0 + 3, "end", l.map(v -> Format.value(d.columns().get(left), v)).orElse(row.cell(left).findNote().orElse("[c]")));
            text(svg, half + middle + rw + 6, y + BAR / 2.0 + 3, "start", r.map(v -> Format.value(d.columns().get(right), v)).orElse(row.cell(right).findNote().orElse("[c]")));
        }
        return svg.append("</svg>\n").toString();
    }

    /** About 7.5 pixels a character at 15 px: room for the longest label, up to a limit. */
    private static int labelWidth(Dataset d, ChartSpec spec) {
        int longest = d.rows().stream().mapToInt(r -> r.cell(spec.x()).text().length()).max().orElse(10);
        return Math.min(MAX_labelColumn, Math.max(110, (int) Math.ceil(longest * 7.5) + 16));
    }

    /** A category label, right-aligned; a label too long for the column wraps onto two lines. */
    private static void label(StringBuilder svg, double x, double y, String text) {
        int perLine = (MAX_labelColumn - 16) * 2 / 15;
        if (text.length() <= perLine) {
            text(svg, x, y, "end", text);
            return;
        }
        int cut = text.lastIndexOf(' ', perLine);
        if (cut < 0) cut = perLine;
        text(svg, x, y - 9, "end", text.substring(0, cut).strip());
        text(svg, x, y + 9, "end", text.substring(cut).strip());
    }

    private static StringBuilder open(int height, String title, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">" + Html.escape(title)
                + "</title><desc id=\"chart-desc\">" + Html.escape(description) + "</desc>\n"
                + "<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(TEXT).append("\" ").append(FONT).append('>').append(Html.escape(text)).append("</text>\n");
    }

    private static double max(Dataset d, ChartSpec spec) {
        double max = 0;
        for (Row row : d.rows()) {
            for (int s : spec.series()) max = Math.max(max, row.cell(s).published().map(BigDecimal::doubleValue).orElse(0.0));
        }
        return max == 0 ? 1 : max;
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static int heightFor(ChartSpec spec, Dataset d) {
        return spec.type() == ChartSpec.Type.PYRAMID ? TOP + 26 + d.rows().size() * (BAR + 6) + 8
                : TOP + d.rows().size() * (spec.series().size() * BAR + GAP) + 8;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Column column(Dataset d, int c) {
        return d.columns().get(c);
    }
}
