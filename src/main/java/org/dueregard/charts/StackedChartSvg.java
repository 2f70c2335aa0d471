package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stacked percentage bars, drawn across the page at every width: one bar a category, split into each series' share.
 * The series names stand directly over the first bar's parts (or, when they do not fit there, in a key whose order
 * is the parts' order), and each part says its share. A bar with a part that is not shown is not drawn: its symbol
 * stands in its place.
 */
final class StackedChartSvg {

    private static final int BAR = 30;
    private static final int GAP = 12;

    private StackedChartSvg() {
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        Svg svg = new Svg(layout.width);
        double longest = d.rows().stream().mapToDouble(r -> TextWidth.of(ChartValues.category(spec, r), Svg.FONT_SIZE, false)).max().orElse(0);
        double left = layout.narrow() ? ChartLayout.PAD : Math.min(300, Math.max(110, Math.ceil(longest) + 16));
        double right = layout.width - ChartLayout.PAD;
        List<List<Double>> shares = new ArrayList<>();
        for (Row row : d.rows()) shares.add(shares(d, spec, row));
        double y = names(svg, d, spec, shares, left, right, ChartLayout.PAD);
        for (int r = 0; r < d.rows().size(); r++) {
            Row row = d.rows().get(r);
            List<String> label = TextWidth.wrap(ChartValues.category(spec, row), Svg.FONT_SIZE, false,
                    layout.narrow() ? right - left : left - 16);
            if (layout.narrow()) {
                svg.lines(left, y + 14, "start", label, false);
                y = bar(svg, d, spec, row, shares.get(r), left, right, y + label.size() * Svg.LINE + 2) + GAP;
            } else {
                double first = label.size() * Svg.LINE <= BAR + 8 ? y + BAR / 2.0 + 5 - (label.size() - 1) * Svg.LINE / 2.0 : y + 14;
                svg.lines(left - 8, first, "end", label, false);
                y = Math.max(bar(svg, d, spec, row, shares.get(r), left, right, y), y + label.size() * Svg.LINE) + GAP;
            }
        }
        return svg.finish((int) Math.ceil(y - GAP + ChartLayout.PAD), title, description);
    }

    /** Each series' share of the row, rounded once to one decimal place as the words say it, or empty when a part is missing. */
    private static List<Double> shares(Dataset d, ChartSpec spec, Row row) {
        List<Double> out = new ArrayList<>();
        String label = ChartValues.category(spec, row);
        for (int s : spec.series()) {
            Optional<Double> share = ChartText.shares(d, spec, s).stream().filter(p -> p.label().equals(label)).findFirst()
                    .map(p -> p.value().setScale(1, RoundingMode.HALF_UP).doubleValue());
            if (share.isEmpty()) return List.of();
            out.add(share.get());
        }
        return out;
    }

    /** The series names over the first drawn bar's parts, or a key when they do not fit; returns where the bars begin. */
    private static double names(Svg svg, Dataset d, ChartSpec spec, List<List<Double>> shares, double left, double right, double top) {
        List<Double> first = shares.stream().filter(s -> !s.isEmpty()).findFirst().orElse(List.of());
        List<String> names = spec.series().stream().map(s -> ChartValues.seriesName(d, s)).toList();
        List<Double> xs = new ArrayList<>();
        double cursor = left;
        double total = first.stream().mapToDouble(Double::doubleValue).sum();
        double start = left;
        for (int i = 0; i < names.size() && !first.isEmpty(); i++) {
            double x = Math.max(start, cursor);
            xs.add(x);
            cursor = x + TextWidth.of(names.get(i), Svg.FONT_SIZE, true) + 12;
            start += first.get(i) / total * (right - left);
        }
        if (!first.isEmpty() && cursor - 12 <= right) {
            for (int i = 0; i < names.size(); i++) {
                svg.text(xs.get(i), top + 14, "start", names.get(i), true, Svg.TEXT);
                svg.rect(xs.get(i), top + 19, 24, 4, spec.colours().get(i)); // ties the name to its part's colour too
            }
            return top + Svg.LINE + 10;
        }
        double y = top;
        for (int i = 0; i < names.size(); i++) {
            svg.rect(left, y + 3, 14, 14, spec.colours().get(i));
            List<String> lines = TextWidth.wrap((i + 1) + ". " + names.get(i), Svg.FONT_SIZE, true, right - left - 20);
            svg.lines(left + 20, y + 14, "start", lines, true);
            y += lines.size() * Svg.LINE + 2;
        }
        List<String> order = TextWidth.wrap("The parts of each bar are in this order, from the left.", Svg.FONT_SIZE, false, right - left);
        svg.lines(left, y + 14, "start", order, false);
        return y + order.size() * Svg.LINE + 8;
    }

    /** One bar from {@code top}: its parts with their shares, or the symbol where it would be; returns its bottom. */
    private static double bar(Svg svg, Dataset d, ChartSpec spec, Row row, List<Double> shares, double left, double right, double top) {
        if (shares.isEmpty()) {
            String mark = ChartValues.stackMark(d, spec, row).orElse(org.dueregard.data.Cell.State.NOT_AVAILABLE.symbol());
            svg.text(left + 6, top + BAR / 2.0 + 5, "start", mark);
            svg.line(left, top, left, top + BAR, Svg.TEXT, 1);
            return top + BAR;
        }
        double total = shares.stream().mapToDouble(Double::doubleValue).sum();
        double x = left;
        double below = top + BAR;
        double belowCursor = left;
        for (int i = 0; i < shares.size(); i++) {
            double width = shares.get(i) / total * (right - left);
            String colour = spec.colours().get(i);
            svg.rect(x, top, width, BAR, colour);
            if (i > 0) svg.line(x, top, x, top + BAR, "#ffffff", 2);
            String label = Format.percent(BigDecimal.valueOf(shares.get(i)));
            double labelWidth = TextWidth.of(label, Svg.FONT_SIZE, false);
            if (labelWidth + 6 <= width) {
                svg.text(x + width / 2, top + BAR / 2.0 + 5, "middle", label, false, Svg.textOn(colour));
            } else { // too narrow to hold its share: say it under the bar
                double at = Math.max(belowCursor, x);
                svg.text(at, top + BAR + 16, "start", label);
                belowCursor = at + labelWidth + 8;
                below = top + BAR + Svg.LINE + 2;
            }
            x += width;
        }
        return below;
    }
}
