package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Pie charts of two or three parts: each slice says its share inside it, and its name stands beside it (on a phone,
 * in a list under the pie that repeats each share). Without a true whole (a part not shown) no pie is drawn: the
 * parts are listed with their symbols instead, since slices of what is left would mislead.
 */
final class PieChartSvg {

    private PieChartSvg() {
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        Svg svg = new Svg(layout.width);
        int column = spec.series().get(0);
        List<ChartText.Point> shares = ChartText.shares(d, spec, column);
        if (shares.isEmpty()) return list(svg, d, spec, column, title, description);
        List<String> colours = new ArrayList<>(spec.colours().subList(0, Math.min(shares.size(), spec.colours().size())));
        List<String> labels = new ArrayList<>();
        for (ChartText.Point share : shares) labels.add(share.label() + " " + Format.percent(share.value()));
        java.util.Optional<String> rest = hiddenRest(d, spec, column);
        if (rest.isPresent()) {
            // Shares of a whole with some hidden: what the shown ones leave of 100% is one grey slice named with the hidden
            // rows and their symbols, never its size (with one hidden share that would print the figure the source hid).
            java.math.BigDecimal left = java.math.BigDecimal.valueOf(100).subtract(shares.stream().map(ChartText.Point::value)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            shares = new ArrayList<>(shares);
            shares.add(new ChartText.Point(rest.get(), left));
            colours.add(HIDDEN_GREY);
            labels.add(rest.get());
        }
        double radius = layout.narrow() ? 100 : 120;
        double cx = layout.width / 2.0;
        double cy = ChartLayout.PAD + radius + (layout.narrow() ? 4 : 30);
        double angle = 0;
        double leftCursor = 0;
        double rightCursor = 0;
        for (int i = 0; i < shares.size(); i++) {
            double sweep = shares.get(i).value().doubleValue() / 100 * 2 * StrictMath.PI;
            String colour = colours.get(i);
            boolean hiddenSlice = rest.isPresent() && i == shares.size() - 1;
            slice(svg, cx, cy, radius, angle, sweep, colour);
            double mid = angle + sweep / 2;
            String share = Format.percent(shares.get(i).value());
            double inside = radius * 0.62;
            if (sweep > 0.45 && !hiddenSlice) {
                svg.text(cx + inside * StrictMath.sin(mid), cy - inside * StrictMath.cos(mid) + 5, "middle", share, true, Svg.textOn(colour));
            }
            if (!layout.narrow()) {
                boolean right = StrictMath.sin(mid) >= 0;
                double x = cx + (radius + 14) * StrictMath.sin(mid);
                List<String> lines = TextWidth.wrap(labels.get(i), Svg.FONT_SIZE, false, cx - radius - 30 - ChartLayout.PAD);
                double y = cy - (radius + 14) * StrictMath.cos(mid) + 5;
                y = right ? Math.max(y, rightCursor) : Math.max(y, leftCursor);
                svg.lines(x, y, right ? "start" : "end", lines, false);
                if (right) rightCursor = y + lines.size() * Svg.LINE + 4;
                else leftCursor = y + lines.size() * Svg.LINE + 4;
            }
            angle += sweep;
        }
        double bottom = cy + radius + (layout.narrow() ? 12 : 30);
        bottom = Math.max(bottom, Math.max(leftCursor, rightCursor));
        if (layout.narrow()) {
            for (int i = 0; i < shares.size(); i++) {
                svg.rect(ChartLayout.PAD, bottom + 3, 14, 14, colours.get(i));
                List<String> lines = TextWidth.wrap(labels.get(i), Svg.FONT_SIZE, false,
                        layout.width - 2 * ChartLayout.PAD - 22);
                svg.lines(ChartLayout.PAD + 22, bottom + 14, "start", lines, false);
                bottom += lines.size() * Svg.LINE + 4;
            }
        }
        return svg.finish((int) Math.ceil(bottom + ChartLayout.PAD), title, description);
    }

    /** Dark grey for the slice of hidden shares: 7.5:1 on white, and unlike any colour of the palette. */
    private static final String HIDDEN_GREY = "#505a5f";

    /**
     * For shares of a whole (percentages) with some not shown: the hidden rows named with their symbols
     * ("Zero hours <5%"), when the shown ones leave something of 100% to draw.
     */
    private static java.util.Optional<String> hiddenRest(Dataset d, ChartSpec spec, int column) {
        if (d.columns().get(column).type() != org.dueregard.data.Column.Type.PERCENT) return java.util.Optional.empty();
        List<String> names = new ArrayList<>();
        java.math.BigDecimal shown = java.math.BigDecimal.ZERO;
        for (Row row : d.rows()) {
            java.util.Optional<java.math.BigDecimal> value = row.cell(column).published();
            if (value.isPresent()) shown = shown.add(value.get());
            else names.add(ChartValues.category(spec, row) + " " + Marks.of(d.columns().get(column), row.cell(column)).orElse("[x]"));
        }
        if (names.isEmpty() || shown.compareTo(java.math.BigDecimal.valueOf(100)) >= 0) return java.util.Optional.empty();
        return java.util.Optional.of(String.join(", ", names));
    }

    private static void slice(Svg svg, double cx, double cy, double r, double from, double sweep, String colour) {
        if (sweep >= 2 * StrictMath.PI - 1e-9) {
            svg.path("M" + Svg.fmt(cx - r) + " " + Svg.fmt(cy) + " A" + Svg.fmt(r) + " " + Svg.fmt(r) + " 0 1 1 " + Svg.fmt(cx + r) + " " + Svg.fmt(cy)
                    + " A" + Svg.fmt(r) + " " + Svg.fmt(r) + " 0 1 1 " + Svg.fmt(cx - r) + " " + Svg.fmt(cy) + " Z", colour, "#ffffff", 2);
            return;
        }
        double x1 = cx + r * StrictMath.sin(from);
        double y1 = cy - r * StrictMath.cos(from);
        double x2 = cx + r * StrictMath.sin(from + sweep);
        double y2 = cy - r * StrictMath.cos(from + sweep);
        svg.path("M" + Svg.fmt(cx) + " " + Svg.fmt(cy) + " L" + Svg.fmt(x1) + " " + Svg.fmt(y1) + " A" + Svg.fmt(r) + " " + Svg.fmt(r) + " 0 "
                + (sweep > StrictMath.PI ? 1 : 0) + " 1 " + Svg.fmt(x2) + " " + Svg.fmt(y2) + " Z", colour, "#ffffff", 2);
    }

    /** The parts as lines of text when there is no whole to draw. */
    private static ChartSvg list(Svg svg, Dataset d, ChartSpec spec, int column, String title, String description) {
        double y = ChartLayout.PAD;
        List<String> parts = new ArrayList<>();
        for (Row row : d.rows()) parts.add(ChartValues.category(spec, row) + ": " + ChartValues.label(d, row, column));
        for (String part : parts) {
            List<String> lines = TextWidth.wrap(part, Svg.FONT_SIZE, false, svg.width() - 2 * ChartLayout.PAD);
            svg.lines(ChartLayout.PAD, y + 14, "start", lines, false);
            y += lines.size() * Svg.LINE + 4;
        }
        return svg.finish((int) Math.ceil(y + ChartLayout.PAD), title, description);
    }
}
