package org.dueregard.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide a line of chart text will be, from Helvetica's published advance widths (Arial and Liberation Sans share
 * them), so labels can be wrapped and placed without a font on the build machine. A little generous: a reader's
 * fallback font may be wider.
 */
final class TextWidth {

    /** Advance widths in thousandths of an em for the characters from space (32) to tilde (126). */
    private static final int[] ASCII = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final double MARGIN = 1.06;
    private static final double BOLD = 1.07;

    private TextWidth() {
    }

    static double of(String text, double size, boolean bold) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c >= 32 && c <= 126 ? ASCII[c - 32] : 600;
        }
        return units / 1000 * size * MARGIN * (bold ? BOLD : 1);
    }

    /** The text in lines no wider than {@code width}, broken at spaces; a word too long for a line is broken inside. */
    static List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (of(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            line.setLength(0);
            String rest = word;
            while (of(rest, size, bold) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && of(rest.substring(0, cut), size, bold) > width) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** The widest of these lines. */
    static double widest(List<String> lines, double size, boolean bold) {
        return lines.stream().mapToDouble(l -> of(l, size, bold)).max().orElse(0);
    }
}
