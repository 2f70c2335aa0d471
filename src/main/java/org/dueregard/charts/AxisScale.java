package org.dueregard.charts;

import org.dueregard.data.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A value axis with round steps (1, 2 or 5 times a power of ten) that always includes zero, and its tick labels. */
record AxisScale(double low, double high, List<Double> ticks, List<String> labels) {

    static AxisScale of(double[] range, Column column) {
        double span = Math.max(range[1] - range[0], 1e-9);
        double rough = span / 4;
        double power = StrictMath.pow(10, StrictMath.floor(StrictMath.log10(rough)));
        double step = power * (rough / power <= 1 ? 1 : rough / power <= 2 ? 2 : rough / power <= 5 ? 5 : 10);
        double low = StrictMath.floor(range[0] / step) * step;
        double high = StrictMath.ceil(range[1] / step) * step;
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        List<Double> ticks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; low + i * step <= high + step / 1000; i++) {
            BigDecimal tick = BigDecimal.valueOf(low).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)));
            ticks.add(tick.doubleValue());
            labels.add(LineChartSvg.tick(column, tick, decimals));
        }
        return new AxisScale(low, high, ticks, labels);
    }

    /** Where a value sits between the plot's top and bottom. */
    double y(double value, double top, double bottom) {
        return bottom - (value - low) / (high - low) * (bottom - top);
    }
}
