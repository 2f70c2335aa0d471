package org.dueregard.charts;

import org.dueregard.data.Column;
import org.dueregard.data.Dataset;
import org.dueregard.data.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a chart draws for one cell: the published value rounded once to the column's decimals (as the table shows
 * it), its label, or the symbol that stands where a hidden or missing value would be ("[c]", "<5%"), so a gap never
 * reads as zero.
 */
final class ChartValues {

    private ChartValues() {
    }

    static Optional<BigDecimal> value(Dataset d, Row row, int column) {
        int decimals = d.columns().get(column).displayDecimals();
        return row.cell(column).published().map(v -> decimals < 0 ? v : v.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The value as a label on its mark, or the symbol drawn instead of the mark. */
    static String label(Dataset d, Row row, int column) {
        Column col = d.columns().get(column);
        return row.cell(column).published().map(v -> Format.cell(col, v)).orElseGet(() -> mark(d, row, column));
    }

    static String mark(Dataset d, Row row, int column) {
        return Marks.of(d.columns().get(column), row.cell(column)).orElse(org.dueregard.data.Cell.State.NOT_AVAILABLE.symbol());
    }

    /** The symbol for a stacked bar that cannot be drawn: one of its parts is not shown. */
    static Optional<String> stackMark(Dataset d, ChartSpec spec, Row row) {
        return spec.series().stream().map(c -> Marks.of(d.columns().get(c), row.cell(c))).flatMap(Optional::stream).findFirst();
    }

    /** The smallest and largest drawn values, always including zero, where bars start. */
    static double[] range(Dataset d, ChartSpec spec) {
        double min = 0;
        double max = 0;
        for (Row row : d.rows()) {
            for (int s : spec.series()) {
                Optional<BigDecimal> v = value(d, row, s);
                if (v.isPresent()) {
                    min = Math.min(min, v.get().doubleValue());
                    max = Math.max(max, v.get().doubleValue());
                }
            }
        }
        if (max - min == 0) max = 1;
        return new double[]{min, max};
    }

    /** A note for numbers that carry no unit on the marks: differences of percentages. */
    static Optional<String> unitNote(Dataset d, ChartSpec spec) {
        boolean points = spec.series().stream().anyMatch(s -> d.columns().get(s).type() == Column.Type.POINTS);
        return points ? Optional.of("Percentage points") : Optional.empty();
    }

    static String category(ChartSpec spec, Row row) {
        return row.cell(spec.x()).text();
    }

    static String seriesName(Dataset d, int column) {
        return d.columns().get(column).label();
    }
}
