package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Population pyramids: two series back to back, the first to the left and the second to the right, each side
 * headed by its series name, each bar labelled with its value, the category names in the middle, oldest at the top.
 */
final class PyramidSvg {

    private static final int BAR = 22;

    private PyramidSvg() {
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        Svg svg = new Svg(layout.width);
        int left = spec.series().get(0);
        int right = spec.series().get(1);
        int middle = layout.narrow() ? 84 : 110;
        double half = (layout.width - middle) / 2.0;
        double valueRoom = 0;
        for (Row row : d.rows()) {
            for (int s : spec.series()) valueRoom = Math.max(valueRoom, TextWidth.of(ChartValues.label(d, row, s), Svg.FONT_SIZE, false));
        }
        double plot = half - ChartLayout.PAD - valueRoom - 8;
        double max = ChartValues.range(d, spec)[1];
        double y = ChartLayout.PAD;
        List<String> leftName = TextWidth.wrap(ChartValues.seriesName(d, left), Svg.FONT_SIZE, true, half - 16);
        List<String> rightName = TextWidth.wrap(ChartValues.seriesName(d, right), Svg.FONT_SIZE, true, half - 16);
        svg.lines(half - 8, y + 14, "end", leftName, true);
        svg.lines(half + middle + 8, y + 14, "start", rightName, true);
        y += Math.max(leftName.size(), rightName.size()) * Svg.LINE + 8;
        for (int i = d.rows().size() - 1; i >= 0; i--) { // oldest at the top, as population pyramids are read
            Row row = d.rows().get(i);
            List<String> label = TextWidth.wrap(ChartValues.category(spec, row), Svg.FONT_SIZE, false, middle - 8);
            double height = Math.max(BAR + 6, label.size() * Svg.LINE + 4);
            double barTop = y + (height - BAR) / 2;
            svg.lines(layout.width / 2.0, barTop + BAR / 2.0 + 5 - (label.size() - 1) * Svg.LINE / 2.0, "middle", label, false);
            side(svg, d, row, left, spec.colours().get(0), half, -1, plot, max, barTop);
            side(svg, d, row, right, spec.colours().get(1), half + middle, 1, plot, max, barTop);
            y += height;
        }
        return svg.finish((int) Math.ceil(y + ChartLayout.PAD), title, description);
    }

    /** One bar growing from {@code base} to the left (-1) or right (1), with its value or symbol beyond its end. */
    private static void side(Svg svg, Dataset d, Row row, int column, String colour, double base, int direction, double plot, double max, double top) {
        Optional<BigDecimal> value = ChartValues.value(d, row, column);
        double length = value.map(v -> Math.max(0, v.doubleValue()) / max * plot).orElse(0.0);
        svg.rect(direction < 0 ? base - length : base, top + 2, length, BAR - 4, colour);
        double end = base + direction * (length + 6);
        svg.text(end, top + BAR / 2.0 + 5, direction < 0 ? "end" : "start", ChartValues.label(d, row, column));
    }
}
