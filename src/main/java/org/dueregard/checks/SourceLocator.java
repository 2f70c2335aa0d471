package org.dueregard.checks;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Optional;

/**
 * Traces an element of a built page back to the line of Markdown that produced it. The pipeline does not put source
 * positions into the published HTML, so this matches what the element shows (an image's file, a link's text, a
 * heading, a table cell) against the Markdown lines. An element outside the page text came from a template.
 */
public final class SourceLocator {


    private SourceLocator() {
    }

    /** True when the element sits inside the rendered Markdown rather than the template around it. */
    public static boolean isInPageText(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasClass("prose")) return true;
        }
        return false;
    }

    /** The 1-based line of the file, or empty when no line matches. */
    public static Optional<Integer> findLine(PageSource source, Element element) {
        if (source.markdown().isEmpty() || !isInPageText(element)) return Optional.empty();
        String[] lines = source.markdown().split("\n", -1);
        String needle = needleFor(element);
        if (needle.length() < 2) return Optional.empty();
        String lowerNeedle = needle.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lines.length; i++) {
            if (normalise(lines[i]).contains(lowerNeedle)) return Optional.of(source.bodyFirstLine() + i);
        }
        return Optional.empty();
    }

    /** The line of the file where a piece of the page's text starts, matched by its first words. */
    public static Optional<Integer> findLineOfText(PageSource source, String text) {
        if (source.markdown().isEmpty() || text.isBlank()) return Optional.empty();
        String needle = firstWords(text).toLowerCase(Locale.ROOT);
        if (needle.length() < 2) return Optional.empty();
        String[] lines = source.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (normalise(lines[i]).contains(needle)) return Optional.of(source.bodyFirstLine() + i);
        }
        // Words split across lines: try the first three words only.
        String[] words = needle.split(" ");
        String shorter = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(3, words.length)));
        for (int i = 0; i < lines.length; i++) {
            if (normalise(lines[i]).contains(shorter)) return Optional.of(source.bodyFirstLine() + i);
        }
        return Optional.empty();
    }

    private static String needleFor(Element element) {
        String tag = element.tagName();
        if (tag.equals("img")) {
            String src = element.attr("src");
            String fileName = src.substring(src.lastIndexOf('/') + 1);
            return fileName.isEmpty() ? element.attr("alt") : fileName;
        }
        if (tag.equals("table") || element.hasClass("table-scroll")) {
            Element caption = element.selectFirst("caption");
            Element firstHeader = element.selectFirst("th, td");
            return caption != null ? firstWords(caption.text()) : firstHeader != null ? firstWords(firstHeader.text()) : "";
        }
        return firstWords(element.text());
    }

    /** The first few words: enough to be distinctive, short enough to survive Markdown punctuation inside them. */
    private static String firstWords(String text) {
        String clean = normalise(text);
        String[] words = clean.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.length() + word.length() > 40) break;
            if (out.length() > 0) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }

    /** Lower case, typographic quotes and dashes made plain, Markdown emphasis removed, spaces folded. */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2013", "--").replace("\u2014", "---").replace("\u2026", "...")
                .replace("**", "").replace("__", "")
                .replaceAll("\\s+", " ").strip();
    }
}
