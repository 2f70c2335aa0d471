package org.dueregard;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Characters no published file may hold: those XML 1.0 forbids (control characters other than tab and line ends,
 * lone surrogates, U+FFFE and U+FFFF), which make a feed, sitemap or SVG unreadable to a strict parser, and those
 * HTML reports as errors (DEL, the C1 controls U+0080 to U+009F, noncharacters). None has a use in a report. They
 * are refused where text enters (source files, YAML values) and removed again wherever XML or HTML is written.
 */
public final class ForbiddenCharacters {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

    private ForbiddenCharacters() {
    }

    public static boolean isForbidden(int codePoint) {
        if (codePoint < 0x20) return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        if (codePoint >= 0x7F && codePoint <= 0x9F) return true;
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return true;
        if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) return true;
        return (codePoint & 0xFFFE) == 0xFFFE || codePoint > 0x10FFFF;
    }

    /** The index of the first forbidden character in {@code text} (a lone surrogate counts), or -1 when there is none. */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (isForbidden(codePoint)) return i;
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The text without its forbidden characters; the same instance when it has none. */
    public static String removeFrom(String text) {
        int first = indexIn(text);
        if (first < 0) return text;
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!isForbidden(codePoint)) out.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** Markup without forbidden characters and without character references to them (such as {@code &#1;}). */
    public static String removeFromMarkup(String markup) {
        String text = removeFrom(markup);
        if (text.indexOf("&#") < 0) return text;
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        return reference.replaceAll(match -> {
            long codePoint = match.group(1) != null ? Long.parseLong(match.group(1), 16) : Long.parseLong(match.group(2));
            return codePoint > 0x10FFFF || isForbidden((int) codePoint) ? "" : Matcher.quoteReplacement(match.group());
        });
    }

    /** "U+0001", for messages. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /**
     * The problem to report for a forbidden character found in an author's text.
     *
     * @param where what holds it, such as "The title" or "Line 12"
     */
    public static Problem problem(String file, int line, String where, int codePoint) {
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        String kind = surrogate ? "half of a character pair"
                : codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) ? "an invisible control character" : "a character that is not text";
        Optional<String> meant = findMeantCharacter(codePoint);
        String fix = meant.map(c -> "It was probably '" + c + "' saved in the wrong encoding: type '" + c + "' in its place.")
                .orElse("Delete it. If you wrote an escape such as \\x01, \\0 or \\u0000 in quotes, take it out; "
                        + "if you pasted the text, retype the words around it.");
        return Problem.error(file, line, where + " holds " + kind + " (" + name(codePoint) + (surrogate ? ", a lone surrogate" : "")
                + "), which web pages, feeds and "
                + "SVG files may not contain.", fix);
    }

    /** A C1 control is usually a Windows-1252 character (curly quote, dash, euro) read as Latin-1. */
    private static Optional<String> findMeantCharacter(int codePoint) {
        if (codePoint < 0x80 || codePoint > 0x9F || !Charset.isSupported("windows-1252")) return Optional.empty();
        String decoded = new String(new byte[]{(byte) codePoint}, Charset.forName("windows-1252"));
        return decoded.length() == 1 && decoded.charAt(0) != codePoint && decoded.charAt(0) != '\uFFFD' ? Optional.of(decoded) : Optional.empty();
    }
}
