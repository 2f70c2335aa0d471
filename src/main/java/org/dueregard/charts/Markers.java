package org.dueregard.charts;

/** A different shape for each series' points (circle, square, diamond, triangle), so lines differ without colour. */
final class Markers {

    private static final double R = 5.5;

    private Markers() {
    }

    static void draw(Svg svg, int series, double x, double y, String colour) {
        String path = switch (series % 4) {
            case 0 -> "M" + f(x - R) + " " + f(y) + " A" + f(R) + " " + f(R) + " 0 1 0 " + f(x + R) + " " + f(y)
                    + " A" + f(R) + " " + f(R) + " 0 1 0 " + f(x - R) + " " + f(y) + " Z";
            case 1 -> "M" + f(x - R) + " " + f(y - R) + " H" + f(x + R) + " V" + f(y + R) + " H" + f(x - R) + " Z";
            case 2 -> "M" + f(x) + " " + f(y - R - 1.5) + " L" + f(x + R + 1.5) + " " + f(y) + " L" + f(x) + " " + f(y + R + 1.5)
                    + " L" + f(x - R - 1.5) + " " + f(y) + " Z";
            default -> "M" + f(x) + " " + f(y - R - 1.5) + " L" + f(x + R + 1.5) + " " + f(y + R) + " L" + f(x - R - 1.5) + " " + f(y + R) + " Z";
        };
        svg.path(path, colour, "#ffffff", 1.5);
    }

    private static String f(double v) {
        return Svg.fmt(v);
    }
}
