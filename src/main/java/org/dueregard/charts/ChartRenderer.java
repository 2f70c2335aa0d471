package org.dueregard.charts;

import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a chart as SVG in the layout asked for, with the checked palette on white, text of one readable size and
 * direct labels (values on the marks, series names beside them), so meaning never depends on colour. Only
 * published values are drawn; a value that is not shown gets its symbol where its mark would be. The drawing has
 * role="img", a title and a description, and a viewBox with no fixed size.
 */
public final class ChartRenderer {

    private ChartRenderer() {
    }

    /** The wide drawing; for tests and callers that need only one. */
    public static String svg(Dataset d, ChartSpec spec, String title, String description) {
        return draw(d, spec, ChartLayout.WIDE, title, description).svg();
    }

    static ChartSvg draw(Dataset d, ChartSpec spec, ChartLayout layout, String title, String description) {
        return switch (spec.type()) {
            case HORIZONTAL_BAR -> BarChartSvg.draw(d, spec, layout, title, description);
            case BAR, GROUPED_BAR -> !layout.narrow() && ColumnChartSvg.fits(d, spec, layout)
                    ? ColumnChartSvg.draw(d, spec, layout, title, description)
                    : BarChartSvg.draw(d, spec, layout, title, description);
            case STACKED_PERCENT -> StackedChartSvg.draw(d, spec, layout, title, description);
            case LINE -> LineChartSvg.draw(d, spec, layout, title, description);
            case PIE -> PieChartSvg.draw(d, spec, layout, title, description);
            case PYRAMID -> PyramidSvg.draw(d, spec, layout, title, description);
        };
    }

    /** A symbol drawn where a value is not: the row and the series (its index in the chart) it stands for. */
    record Mark(String text, int row, int series) {
    }

    /**
     * Every symbol a chart draws instead of a value, in drawing order: one per hidden or missing value, or for a
     * stacked chart one per bar that cannot be drawn because a part of it is not shown.
     */
    static List<Mark> marks(Dataset d, ChartSpec spec) {
        boolean stacked = spec.type() == ChartSpec.Type.STACKED_PERCENT;
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < (stacked ? 1 : spec.series().size()); i++) {
            for (int r = 0; r < d.rows().size(); r++) {
                Row row = d.rows().get(r);
                Optional<String> mark = stacked ? ChartValues.stackMark(d, spec, row) : Marks.of(d.columns().get(spec.series().get(i)), row.cell(spec.series().get(i)));
                if (mark.isPresent()) marks.add(new Mark(mark.get(), r, i));
            }
        }
        return marks;
    }
}
