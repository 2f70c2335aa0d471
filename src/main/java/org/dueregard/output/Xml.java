package org.dueregard.output;

import org.dueregard.ForbiddenCharacters;

/**
 * Escaping for the XML files we write by hand (sitemap, feed). Characters XML 1.0 forbids are dropped, whatever
 * let them through, so a strict parser always reads the file.
 */
final class Xml {

    private Xml() {
    }

    static String escape(String text) {
        String allowed = ForbiddenCharacters.removeFrom(text);
        StringBuilder out = new StringBuilder(allowed.length() + 16);
        for (int i = 0; i < allowed.length(); i++) {
            char c = allowed.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
