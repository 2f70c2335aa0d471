package org.dueregard.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes a chart's SVG by hand: real text elements (readers can select, zoom, search and translate them), a white
 * background, coordinates rounded to one decimal place so the same chart always gives the same bytes. The title and
 * description make it an accessible image on its own.
 */
final class Svg {

    static final String TEXT = "#0b0c0c";
    static final String GRID = "#b1b4b6";
    /** Every chart's text is this size: in the narrow layout it is still 12 CSS px on a 320 px screen. */
    static final int FONT_SIZE = 15;
    /** The distance between two lines of text. */
    static final int LINE = 19;
    private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"" + FONT_SIZE + "\"";

    private final int width;
    private final StringBuilder body = new StringBuilder();

    Svg(int width) {
        this.width = width;
    }

    int width() {
        return width;
    }

    void rect(double x, double y, double w, double h, String fill) {
        body.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(Math.max(0, w)))
                .append("\" height=\"").append(fmt(Math.max(0, h))).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(fmt(strokeWidth)).append("\"/>\n");
    }

    /** A shape from path data; {@code fill} or {@code stroke} may be "none". */
    void path(String data, String fill, String stroke, double strokeWidth) {
        body.append("<path d=\"").append(data).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(fmt(strokeWidth)).append("\"/>\n");
    }

    /** One line of text with its baseline at {@code y}; anchor is start, middle or end. */
    void text(double x, double y, String anchor, String text, boolean bold, String fill) {
        body.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append("\" ").append(FONT).append(bold ? " font-weight=\"bold\"" : "")
                .append('>').append(Html.escape(text)).append("</text>\n");
    }

    void text(double x, double y, String anchor, String text) {
        text(x, y, anchor, text, false, TEXT);
    }

    /** Lines of text, the first baseline at {@code y}. */
    void lines(double x, double y, String anchor, List<String> lines, boolean bold) {
        for (int i = 0; i < lines.size(); i++) text(x, y + i * LINE, anchor, lines.get(i), bold, TEXT);
    }

    /** The finished drawing, {@code height} units high. */
    ChartSvg finish(int height, String title, String description) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">" + Html.escape(title)
                + "</title><desc id=\"chart-desc\">" + Html.escape(description) + "</desc>\n"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
        // Names come from datasets as typed; a character XML forbids must not reach the file.
        return new ChartSvg(org.dueregard.ForbiddenCharacters.removeFromMarkup(svg), width, height);
    }

    static String fmt(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) value = 0;
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Near-black or white, whichever is easier to read on this colour. */
    static String textOn(String fill) {
        java.awt.Color colour = Contrast.parse(fill).orElse(java.awt.Color.WHITE);
        return Contrast.ratio(colour, java.awt.Color.WHITE) >= 4.5 ? "#ffffff" : TEXT;
    }
}
