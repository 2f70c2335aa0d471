package org.dueregard.charts;

import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Line charts: a different marker shape on each series, and each series named directly at the end of its line
 * with its last value (on a phone, in a key of marker shapes above the plot, where the line ends would be too
 * cramped). A missing or hidden value breaks the line, and its symbol stands where the point would be.
 */
final class LineChartSvg {

    private static final int PLOT_HEIGHT = 220;
    private static final int MAX_END_LABEL = 200;

    private LineChartSvg() {
    }

    private record EndLabel(int series, double pointY, List<String> lines) {
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        Svg svg = new Svg(layout.width);
        AxisScale scale = AxisScale.of(ChartValues.range(d, spec), d.columns().get(spec.series().get(0)));
        double top = ChartLayout.PAD;
        if (layout.narrow()) top = key(svg, d, spec, layout, top);
        Optional<String> unit = ChartValues.unitNote(d, spec);
        if (unit.isPresent()) {
            svg.text(ChartLayout.PAD, top + 14, "start", unit.get());
            top += Svg.LINE;
        }
        top += 10;
        double tickWidth = scale.labels().stream().mapToDouble(l -> TextWidth.of(l, Svg.FONT_SIZE, false)).max().orElse(0);
        double plotLeft = ChartLayout.PAD + tickWidth + 8;
        List<EndLabel> ends = layout.narrow() ? List.of() : endLabels(d, spec);
        double endRoom = ends.stream().mapToDouble(e -> TextWidth.widest(e.lines(), Svg.FONT_SIZE, false)).max().orElse(0);
        double plotRight = layout.width - ChartLayout.PAD - (layout.narrow() ? 4 : endRoom + 14);
        double bottom = top + PLOT_HEIGHT;
        for (int i = 0; i < scale.ticks().size(); i++) {
            double y = scale.y(scale.ticks().get(i), top, bottom);
            svg.line(plotLeft, y, plotRight, y, scale.ticks().get(i) == 0 ? Svg.TEXT : Svg.GRID, 1);
            svg.text(plotLeft - 8, y + 5, "end", scale.labels().get(i));
        }
        int n = d.rows().size();
        double inset = 20;
        double step = n > 1 ? (plotRight - plotLeft - 2 * inset) / (n - 1) : 0;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = n > 1 ? plotLeft + inset + i * step : (plotLeft + plotRight) / 2;
        double below = categoryLabels(svg, d, spec, xs, n > 1 ? step : plotRight - plotLeft, bottom);
        for (int s = 0; s < spec.series().size(); s++) series(svg, d, spec, s, xs, scale, top, bottom);
        placeEndLabels(svg, ends, plotRight + 10, top, bottom, scale, d, spec);
        return svg.finish((int) Math.ceil(below + ChartLayout.PAD), title, description);
    }

    private static double key(Svg svg, Dataset d, ChartSpec spec, ChartLayout layout, double top) {
        double y = top;
        for (int s = 0; s < spec.series().size(); s++) {
            int column = spec.series().get(s);
            String text = ChartValues.seriesName(d, column) + lastValue(d, spec, column).map(v -> ": " + v).orElse("");
            List<String> lines = TextWidth.wrap(text, Svg.FONT_SIZE, false, layout.width - 2 * ChartLayout.PAD - 32);
            svg.line(ChartLayout.PAD, y + 10, ChartLayout.PAD + 24, y + 10, spec.colours().get(s), 3);
            Markers.draw(svg, s, ChartLayout.PAD + 12, y + 10, spec.colours().get(s));
            svg.lines(ChartLayout.PAD + 32, y + 14, "start", lines, false);
            y += lines.size() * Svg.LINE + 4;
        }
        return y + 4;
    }

    private static Optional<String> lastValue(Dataset d, ChartSpec spec, int column) {
        for (int r = d.rows().size() - 1; r >= 0; r--) {
            Row row = d.rows().get(r);
            if (row.cell(column).published().isPresent()) return Optional.of(ChartValues.label(d, row, column) + " in " + ChartValues.category(spec, row));
        }
        return Optional.empty();
    }

    private static double categoryLabels(Svg svg, Dataset d, ChartSpec spec, double[] xs, double spacing, double bottom) {
        double widest = d.rows().stream().mapToDouble(r -> TextWidth.of(ChartValues.category(spec, r), Svg.FONT_SIZE, false)).max().orElse(0);
        int every = (int) Math.max(1, Math.ceil((Math.min(widest, 110) + 8) / Math.max(1, spacing)));
        int lines = 1;
        for (int i = 0; i < xs.length; i += every) {
            List<String> label = TextWidth.wrap(ChartValues.category(spec, d.rows().get(i)), Svg.FONT_SIZE, false, Math.max(spacing * every - 8, 40));
            double half = TextWidth.widest(label, Svg.FONT_SIZE, false) / 2;
            double centre = Math.min(Math.max(xs[i], ChartLayout.PAD + half), svg.width() - ChartLayout.PAD - half); // kept inside the drawing
            svg.lines(centre, bottom + 20, "middle", label, false);
            lines = Math.max(lines, label.size());
        }
        return bottom + 6 + lines * Svg.LINE;
    }

    private static void series(Svg svg, Dataset d, ChartSpec spec, int index, double[] xs, AxisScale scale, double top, double bottom) {
        int column = spec.series().get(index);
        String colour = spec.colours().get(index);
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        List<double[]> points = new ArrayList<>();
        for (int r = 0; r < d.rows().size(); r++) {
            Row row = d.rows().get(r);
            Optional<BigDecimal> value = ChartValues.value(d, row, column);
            if (value.isEmpty()) {
                drawing = false;
                svg.text(xs[r], scale.y(0, top, bottom) - 8 - index * Svg.LINE, "middle", ChartValues.mark(d, row, column));
                continue;
            }
            double y = scale.y(value.get().doubleValue(), top, bottom);
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(Svg.fmt(xs[r])).append(' ').append(Svg.fmt(y));
            drawing = true;
            points.add(new double[]{xs[r], y});
        }
        if (!path.isEmpty()) svg.path(path.toString(), "none", colour, 3);
        for (double[] p : points) Markers.draw(svg, index, p[0], p[1], colour);
        if (spec.series().size() == 1 && points.size() <= 8) {
            int p = 0;
            for (Row row : d.rows()) {
                if (row.cell(column).published().isEmpty()) continue;
                double[] point = points.get(p++);
                svg.text(point[0], point[1] - 12, "middle", ChartValues.label(d, row, column));
            }
        }
    }

    private static List<EndLabel> endLabels(Dataset d, ChartSpec spec) {
        List<EndLabel> labels = new ArrayList<>();
        for (int s = 0; s < spec.series().size(); s++) {
            int column = spec.series().get(s);
            String value = lastValue(d, spec, column).map(v -> v.substring(0, v.lastIndexOf(" in "))).orElse("");
            List<String> lines = new ArrayList<>(TextWidth.wrap(ChartValues.seriesName(d, column), Svg.FONT_SIZE, false, MAX_END_LABEL));
            if (spec.series().size() > 1 && !value.isEmpty()) lines.add(value);
            labels.add(new EndLabel(s, 0, lines));
        }
        return labels;
    }

    /** Each series' name beside the end of its line, moved apart when two would overlap. */
    private static void placeEndLabels(Svg svg, List<EndLabel> ends, double x, double top, double bottom, AxisScale scale, Dataset d, ChartSpec spec) {
        List<EndLabel> placed = new ArrayList<>();
        for (EndLabel e : ends) {
            int column = spec.series().get(e.series());
            Optional<Double> last = Optional.empty();
            for (Row row : d.rows()) {
                Optional<BigDecimal> v = ChartValues.value(d, row, column);
                if (v.isPresent()) last = Optional.of(scale.y(v.get().doubleValue(), top, bottom));
            }
            last.ifPresent(y -> placed.add(new EndLabel(e.series(), y, e.lines())));
        }
        placed.sort(Comparator.comparingDouble(EndLabel::pointY));
        double cursor = top - 6;
        for (EndLabel e : placed) {
            double first = Math.max(e.pointY() + 5 - (e.lines().size() - 1) * Svg.LINE / 2.0, cursor + 14);
            svg.lines(x, first, "start", e.lines(), false);
            cursor = first + (e.lines().size() - 1) * Svg.LINE + 6;
        }
    }

    /** A tick label, formatted as the column formats its values (20%, £10, 1,000). */
    static String tick(Column column, BigDecimal value, int decimals) {
        String number = Format.grouped(value, decimals);
        return switch (column.type()) {
            case PERCENT -> number + "%";
            case CURRENCY -> (value.signum() < 0 ? "-£" : "£") + Format.grouped(value.abs(), decimals);
            default -> number;
        };
    }
}
