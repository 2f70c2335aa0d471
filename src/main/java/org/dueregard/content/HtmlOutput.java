package org.dueregard.content;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * A string builder that lays out HTML the way Flexmark's HTML writer does with our options (no indentation), so
 * {@link BodyHtml} writes byte-identical pages: spaces at the start of a line are dropped, a line break on an empty
 * line is dropped (there are never blank lines), and {@link #line()} ends the current line if it has anything on
 * it. Flexmark's writer applies these rules one character at a time through several layers, which made it the
 * largest single cost of a build; here a run of text on a started line is appended in one go.
 */
final class HtmlOutput {

    private final StringBuilder out = new StringBuilder(16 * 1024);
    /** Whether the current line has anything on it (leading spaces are never written). */
    private boolean lineStarted;

    /** Appends markup or text that is already safe. */
    HtmlOutput raw(String text) {
        if (lineStarted && isPlain(text, false)) {
            out.append(text);
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineStarted) out.append('\n');
                lineStarted = false;
            } else if (c == ' ') {
                if (lineStarted) out.append(' ');
            } else if (c == '\t') {
                throw BodyHtml.Unsupported.INSTANCE; // Flexmark keeps a tab at the start of a line; rare, so not copied
            } else {
                out.append(c);
                lineStarted = true;
            }
        }
        return this;
    }

    /** Appends text, escaping &amp;, &lt;, &gt; and double quotes as Flexmark does. */
    HtmlOutput text(String text) {
        if (lineStarted && isPlain(text, true)) { // most text: one look at each character, then one copy
            out.append(text);
            return this;
        }
        return raw(needsEscaping(text) ? Escaping.escapeHtml(text, false) : text);
    }

    /**
     * Whether the text can be appended as it is to a started line: no line break or tab (which {@link #raw} lays
     * out or refuses) and, for text, nothing to escape.
     */
    private static boolean isPlain(String text, boolean escaping) {
        int stop = escaping ? LAID_OUT | ESCAPED : LAID_OUT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && (ASCII_KIND[c] & stop) != 0) return false; // one look-up, not six comparisons
        }
        return true;
    }

    /** Line break and tab. */
    private static final byte LAID_OUT = 1;
    /** &amp;, &lt;, &gt; and the double quote. */
    private static final byte ESCAPED = 2;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        ASCII_KIND['\n'] = LAID_OUT;
        ASCII_KIND['\t'] = LAID_OUT;
        for (char c : "&<>\"".toCharArray()) ASCII_KIND[c] = ESCAPED;
    }

    /** Appends {@code name="value"} with a leading space, escaped as Flexmark escapes attributes (entities kept). */
    HtmlOutput attribute(String name, String value) {
        return raw(" " + name + "=\"" + (needsEscaping(value) ? Escaping.escapeHtml(value, true) : value) + "\"");
    }

    /** Ends the current line, unless nothing is on it. */
    HtmlOutput line() {
        if (lineStarted) out.append('\n');
        lineStarted = false;
        return this;
    }

    /** The HTML, ending with a line break as Flexmark's does. */
    String finish() {
        line();
        return out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && ASCII_KIND[c] == ESCAPED) return true;
        }
        return false;
    }
}
