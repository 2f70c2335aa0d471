package org.dueregard.charts;

/** Escaping for the HTML and SVG we write by hand; characters XML and HTML forbid are dropped. */
final class Html {

    private Html() {
    }

    static String escape(String raw) {
        String text = org.dueregard.ForbiddenCharacters.removeFrom(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
