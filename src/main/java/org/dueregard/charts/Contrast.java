package org.dueregard.charts;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** WCAG contrast between colours: chart marks need 3:1 against the background and against their neighbours. */
public final class Contrast {

    /** The Government Analysis Function's categorical palette, in its order. */
    public static final List<String> ANALYSIS_FUNCTION = List.of("#12436D", "#28A197", "#801650", "#F46A25", "#3D3D3D", "#A285D1");

    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public static Optional<Color> parse(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) return Optional.empty();
        return Optional.of(new Color(Integer.parseInt(hex.substring(1), 16)));
    }

    /** The first problem with a list of series colours on white, or empty when every mark is distinguishable. */
    public static Optional<String> findProblem(List<String> colours) {
        for (String hex : colours) {
            double r = ratio(parse(hex).orElseThrow(), Color.WHITE);
            if (r < 3) return Optional.of("The colour " + hex + " has a contrast of " + String.format("%.1f", r) + ":1 with the white background; chart marks need 3:1.");
        }
        for (int i = 0; i + 1 < colours.size(); i++) {
            double r = ratio(parse(colours.get(i)).orElseThrow(), parse(colours.get(i + 1)).orElseThrow());
            if (r < 3) return Optional.of("The neighbouring colours " + colours.get(i) + " and " + colours.get(i + 1) + " have a contrast of "
                    + String.format("%.1f", r) + ":1; neighbouring marks need 3:1 so they can be told apart.");
        }
        return Optional.empty();
    }
}
