package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Upright bars for bar and grouped-bar charts on a wide screen: each bar has its value above it and, with several
 * series, its series name under it, so no meaning depends on colour. When a name or a value would not fit under or
 * over its bar, the chart is drawn with horizontal bars instead (see {@link #fits}).
 */
final class ColumnChartSvg {

    private static final int PLOT_HEIGHT = 240;
    private static final int MAX_BAR = 90;
    private static final int MAX_LINES = 3;

    private ColumnChartSvg() {
    }

    private record Geometry(double left, double group, double bar, double slot) {
        double barX(int row, int index, int bars) {
            double inner = bars * bar + (bars - 1) * (slot - bar);
            return left + row * group + (group - inner) / 2 + index * slot;
        }
    }

    private static Geometry geometry(Dataset d, ChartSpec spec, ChartLayout layout) {
        double left = ChartLayout.PAD;
        double group = (layout.width - 2 * left) / d.rows().size();
        int k = spec.series().size();
        double bar = Math.min(MAX_BAR, group * 0.8 / k - (k > 1 ? 6 : 0));
        return new Geometry(left, group, bar, bar + (k > 1 ? 6 : 0));
    }

    /** Whether every value fits over its bar and every name under it in a few whole-word lines. */
    static boolean fits(Dataset d, ChartSpec spec, ChartLayout layout) {
        Geometry g = geometry(d, spec, layout);
        int k = spec.series().size();
        for (Row row : d.rows()) {
            if (!fitsLines(ChartValues.category(spec, row), k > 1, k > 1 ? g.group() - 8 : g.slot() + 8)) return false;
            for (int s : spec.series()) {
                if (TextWidth.of(ChartValues.label(d, row, s), Svg.FONT_SIZE, false) > g.slot() + 4) return false;
                if (k > 1 && !fitsLines(ChartValues.seriesName(d, s), false, g.slot())) return false;
            }
        }
        return true;
    }

    private static boolean fitsLines(String text, boolean bold, double width) {
        for (String word : text.strip().split("\\s+")) if (TextWidth.of(word, Svg.FONT_SIZE, bold) > width) return false;
        return TextWidth.wrap(text, Svg.FONT_SIZE, bold, width).size() <= MAX_LINES;
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        Svg svg = new Svg(layout.width);
        Geometry g = geometry(d, spec, layout);
        double[] range = ChartValues.range(d, spec);
        double top = ChartLayout.PAD;
        Optional<String> unit = ChartValues.unitNote(d, spec);
        if (unit.isPresent()) {
            svg.text(ChartLayout.PAD, top + 14, "start", unit.get());
            top += Svg.LINE + 4;
        }
        double scale = PLOT_HEIGHT / (range[1] - range[0]);
        double zero = top + Svg.LINE + range[1] * scale;
        double bottom = zero - range[0] * scale + (range[0] < 0 ? Svg.LINE : 0) + 6;
        int k = spec.series().size();
        int nameLines = 0;
        for (int s : spec.series()) nameLines = Math.max(nameLines, k > 1 ? TextWidth.wrap(ChartValues.seriesName(d, s), Svg.FONT_SIZE, false, g.slot()).size() : 0);
        int categoryLines = 0;
        for (int r = 0; r < d.rows().size(); r++) {
            Row row = d.rows().get(r);
            for (int i = 0; i < k; i++) {
                int column = spec.series().get(i);
                double x = g.barX(r, i, k);
                Optional<BigDecimal> value = ChartValues.value(d, row, column);
                double height = value.map(v -> v.doubleValue() * scale).orElse(0.0);
                svg.rect(x, Math.min(zero, zero - height), g.bar(), Math.abs(height), spec.colours().get(i));
                double labelY = height < 0 ? zero - height + 16 : zero - height - 6;
                svg.text(x + g.bar() / 2, labelY, "middle", ChartValues.label(d, row, column));
                if (k > 1) {
                    svg.lines(x + g.bar() / 2, bottom + 14, "middle",
                            TextWidth.wrap(ChartValues.seriesName(d, column), Svg.FONT_SIZE, false, g.slot()), false);
                }
            }
            double width = k > 1 ? g.group() - 8 : g.slot() + 8;
            List<String> lines = TextWidth.wrap(ChartValues.category(spec, row), Svg.FONT_SIZE, k > 1, width);
            categoryLines = Math.max(categoryLines, lines.size());
            double centre = g.left() + (r + 0.5) * g.group();
            svg.lines(centre, bottom + nameLines * Svg.LINE + (k > 1 ? 6 : 0) + 14, "middle", lines, k > 1);
        }
        svg.line(ChartLayout.PAD, zero, layout.width - ChartLayout.PAD, zero, Svg.TEXT, 1);
        double height = bottom + nameLines * Svg.LINE + (k > 1 ? 6 : 0) + categoryLines * Svg.LINE + ChartLayout.PAD;
        return svg.finish((int) Math.ceil(height), title, description);
    }
}
