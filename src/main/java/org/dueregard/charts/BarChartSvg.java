package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Horizontal bars: the horizontal-bar chart at every width, and bar and grouped-bar charts on a phone or when their
 * names are too long to write under upright bars. Each bar says its value and, with several series, its series
 * name, so nothing depends on colour or on a legend. Wide, the category names stand in a column on the left;
 * narrow, each category's name stands above its bars and each series name above its bar.
 */
final class BarChartSvg {

    private static final int BAR = 22;
    private static final int GAP = 14;
    private static final int MIN_PLOT = 200;
    private static final int MAX_LABEL_COLUMN = 300;

    private BarChartSvg() {
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        return new BarChartSvg.Drawing(d, spec, layout).draw(title, description);
    }

    private static final class Drawing {
        private final Dataset d;
        private final ChartSpec spec;
        private final ChartLayout layout;
        private final Svg svg;
        private final int series;
        private final double min;
        private final double max;
        private int labelColumn;
        private boolean namesAbove;
        private double zero;
        private double plot;

        Drawing(Dataset d, ChartSpec spec, ChartLayout layout) {
            this.d = d;
            this.spec = spec;
            this.layout = layout;
            this.svg = new Svg(layout.width);
            this.series = spec.series().size();
            double[] range = ChartValues.range(d, spec);
            this.min = range[0];
            this.max = range[1];
        }

        ChartSvg draw(String title, String description) {
            measure();
            double y = ChartLayout.PAD;
            Optional<String> unit = ChartValues.unitNote(d, spec);
            if (unit.isPresent()) {
                svg.text(layout.narrow() ? ChartLayout.PAD : labelColumn, y + 14, "start", unit.get());
                y += Svg.LINE + 4;
            }
            for (Row row : d.rows()) y = category(row, y) + GAP;
            return svg.finish((int) Math.ceil(y - GAP + ChartLayout.PAD), title, description);
        }

        /** Chooses where names go and how much room the bars get. */
        private void measure() {
            double longest = d.rows().stream().mapToDouble(r -> TextWidth.of(ChartValues.category(spec, r), Svg.FONT_SIZE, series > 1)).max().orElse(0);
            labelColumn = layout.narrow() ? ChartLayout.PAD : (int) Math.min(MAX_LABEL_COLUMN, Math.max(110, Math.ceil(longest) + 16));
            double right = layout.width - ChartLayout.PAD - labelColumn;
            double after = room(true, false);
            double before = room(false, false);
            namesAbove = series > 1 && (layout.narrow() || right - room(true, true) - room(false, true) < MIN_PLOT);
            if (series > 1 && !namesAbove) {
                after = room(true, true);
                before = room(false, true);
            }
            plot = right - after - before;
            zero = labelColumn + before + (-min) / (max - min) * plot;
        }

        /** Room for the labels beside bars that point right (or left), with or without their series names. */
        private double room(boolean right, boolean withName) {
            double widest = 0;
            for (Row row : d.rows()) {
                for (int s : spec.series()) {
                    Optional<BigDecimal> v = ChartValues.value(d, row, s);
                    boolean pointsRight = v.map(x -> x.signum() >= 0).orElse(true);
                    if (pointsRight != right) continue;
                    widest = Math.max(widest, TextWidth.of(barLabel(row, s, withName), Svg.FONT_SIZE, false));
                }
            }
            return widest > 0 || right ? widest + 6 : 0;
        }

        private String barLabel(Row row, int column, boolean withName) {
            return ChartValues.label(d, row, column) + (withName ? " " + ChartValues.seriesName(d, column) : "");
        }

        /** One category's name and bars from {@code top}; returns where the next begins. */
        private double category(Row row, double top) {
            String name = ChartValues.category(spec, row);
            boolean bold = series > 1; // a category name heads its group of bars, each named for its series
            double width = layout.narrow() ? layout.width - 2 * ChartLayout.PAD : labelColumn - 16;
            List<String> lines = TextWidth.wrap(name, Svg.FONT_SIZE, bold, width);
            double bars = layout.narrow() ? top + lines.size() * Svg.LINE + 2 : top;
            double end = bars;
            List<Double> barTops = new ArrayList<>();
            for (int s : spec.series()) {
                if (namesAbove) {
                    List<String> names = TextWidth.wrap(ChartValues.seriesName(d, s), Svg.FONT_SIZE, false, layout.width - ChartLayout.PAD - labelColumn);
                    if (end > bars) end += 6; // a little space, so a name is not read with the bar above it
                    svg.lines(labelColumn, end + 14, "start", names, false);
                    end += names.size() * Svg.LINE;
                }
                barTops.add(end);
                bar(row, s, end);
                end += BAR;
            }
            if (layout.narrow()) {
                svg.lines(ChartLayout.PAD, top + 14, "start", lines, bold);
            } else {
                double block = Math.max(end - top, lines.size() * Svg.LINE);
                double first = namesAbove ? top + 14 : top + (block - lines.size() * Svg.LINE) / 2 + 14;
                svg.lines(labelColumn - 8, first, "end", lines, bold);
                end = top + block;
            }
            svg.line(zero, barTops.get(0), zero, barTops.get(barTops.size() - 1) + BAR, Svg.TEXT, 1);
            return end;
        }

        private void bar(Row row, int column, double top) {
            int index = spec.series().indexOf(column);
            Optional<BigDecimal> value = ChartValues.value(d, row, column);
            double length = value.map(v -> v.doubleValue() / (max - min) * plot).orElse(0.0);
            double start = Math.min(zero, zero + length);
            svg.rect(start, top + 2, Math.abs(length), BAR - 4, spec.colours().get(index));
            String label = barLabel(row, column, series > 1 && !namesAbove);
            double baseline = top + BAR / 2.0 + 5;
            if (length < 0) svg.text(start - 6, baseline, "end", label);
            else svg.text(zero + length + 6, baseline, "start", label);
        }
    }
}
