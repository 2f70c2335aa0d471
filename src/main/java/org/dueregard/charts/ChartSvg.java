package org.dueregard.charts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One drawing of a chart and its size in its own units (the page gives the image the same width and height). */
record ChartSvg(String svg, int width, int height) {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    /** The size read back from a drawing's viewBox, for drawings that come from the cache. */
    static ChartSvg of(String svg) {
        Matcher m = VIEW_BOX.matcher(svg);
        if (!m.find()) throw new IllegalArgumentException("A chart drawing without a viewBox");
        return new ChartSvg(svg, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
