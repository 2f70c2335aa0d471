package org.dueregard.charts;

/**
 * The two drawings of every chart. Wide fills the page's text column on a computer. Narrow is for screens up to 640
 * CSS px: on a 320 px screen with a scrollbar the chart's box is 271 px wide, and 320 units drawn in it keep 15-unit
 * text at 12.7 px, with nothing to scroll.
 */
enum ChartLayout {
    WIDE(720, ""), NARROW(320, "-narrow");

    /** Screens up to this width get the narrow drawing (a media query for the picture's source). */
    static final String NARROW_MEDIA = "(max-width: 40em)";
    /** Space around the drawing. */
    static final int PAD = 8;

    final int width;
    final String fileSuffix;

    ChartLayout(int width, String fileSuffix) {
        this.width = width;
        this.fileSuffix = fileSuffix;
    }

    boolean narrow() {
        return this == NARROW;
    }
}
