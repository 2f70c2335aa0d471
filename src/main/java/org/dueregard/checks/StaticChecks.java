package org.dueregard.checks;

import org.dueregard.Problem.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fast checks on a page's generated HTML, run in Java on every build: text alternatives, headings, link text,
 * file links, tables, language, ids and the page title. They catch the common mistakes before any browser starts.
 */
public final class StaticChecks {

    private static final Pattern FILE_NAME_ALT = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$");
    private static final Pattern IMAGE_OF = Pattern.compile("(?i)^(an? )?(image|picture|photo|graphic|screenshot) of\\b.*");
    private static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "here", "read more", "more", "click",
            "this", "this page", "link", "this link", "find out more", "learn more", "more info", "more information", "go");
    private static final Pattern DOWNLOAD = Pattern.compile("(?i).*\\.(pdf|docx?|xlsx?|ods|odt|odp|pptx?|csv|zip|rtf|txt)(\\?.*)?$");
    private static final Pattern SIZE = Pattern.compile("(?i).*\\b\\d+(\\.\\d+)?\\s*(bytes|kb|mb|gb)\\b.*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^a-z ]");
    // Queries compiled once: jsoup parses a query string on every call, for every page.
    private static final Evaluator CSP_META = QueryParser.parse("meta[http-equiv~=(?i)^content-security-policy$]");
    private static final Evaluator HEADER_CELL = QueryParser.parse("th");
    private static final Evaluator CAPTION = QueryParser.parse("caption");

    /** The rule of findings that make a page unsafe to publish; the site cannot accept these as known issues. */
    public static final String SAFETY_RULE = "unsafe-markup";

    /** Finds the size of a file linked from a page, for the suggested link text; -1 when unknown. */
    public interface FileSizes {
        long sizeOf(String href);
    }

    private StaticChecks() {
    }

    public static List<Finding> check(String html, PageSource source, FileSizes sizes) {
        return check(html, source, sizes, false, null);
    }

    /**
     * The checks, plus the readability linter when {@code rules} is given: easy-read rules for an easy-read page,
     * plain-English warnings for any other.
     */
    public static List<Finding> check(String html, PageSource source, FileSizes sizes, boolean easyRead, ReadabilityRules rules) {
        return check(Jsoup.parse(html), source, sizes, easyRead, rules);
    }

    /** The same on a page already read, which the checks do not change (the build reads its search words from it too). */
    public static List<Finding> check(Document doc, PageSource source, FileSizes sizes, boolean easyRead, ReadabilityRules rules) {
        Checker checker = new Checker(doc, source, sizes);
        checker.run();
        if (rules != null) ReadabilityLinter.lint(doc, source, easyRead, rules, checker.findings);
        return checker.findings;
    }

    private static final class Checker {
        private final Document doc;
        private final PageSource source;
        private final FileSizes sizes;
        final List<Finding> findings = new ArrayList<>();
        // One walk over the page sorts out the elements the rules look at (a select() per rule walks it each time).
        private final List<Element> images = new ArrayList<>();
        private final List<Element> svgs = new ArrayList<>();
        private final List<Element> headings = new ArrayList<>();
        private final List<Element> links = new ArrayList<>();
        private final List<Element> tables = new ArrayList<>();
        private final List<Element> withId = new ArrayList<>();
        private final List<Element> withLang = new ArrayList<>();
        private final Map<Element, List<String>> unsafe = new java.util.LinkedHashMap<>();

        Checker(Document doc, PageSource source, FileSizes sizes) {
            this.doc = doc;
            this.source = source;
            this.sizes = sizes;
            for (Element element : doc.getAllElements()) {
                switch (element.normalName()) {
                    case "img" -> images.add(element);
                    case "svg" -> svgs.add(element);
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> headings.add(element);
                    case "a" -> {
                        if (element.hasAttr("href")) links.add(element);
                    }
                    case "table" -> tables.add(element);
                    default -> { }
                }
                if (element.hasAttr("id")) withId.add(element);
                if (element.hasAttr("lang") && !element.normalName().equals("html")) withLang.add(element);
                List<String> unsafeHere = SafeMarkup.problemsOf(element);
                if (!unsafeHere.isEmpty()) unsafe.put(element, unsafeHere);
            }
        }

        void run() {
            checkSafety();
            checkLanguageAndTitle();
            checkImages();
            checkHeadings();
            checkLinks();
            checkTables();
            checkIds();
        }

        private void report(String rule, Severity severity, Element element, String message, String fix) {
            String file = source.fileFor(element == null || SourceLocator.isInPageText(element));
            if (element == null && rule.startsWith("html-") || rule.equals("document-title") || rule.equals("content-security-policy")) {
                file = source.template();
            }
            int line = element == null ? 0 : SourceLocator.findLine(source, element).orElse(0);
            findings.add(new Finding(rule, "static", severity, source.page(), file, line, message, fix,
                    "", element == null ? "" : Finding.snippet(element.outerHtml())));
        }

        private void checkSafety() {
            if (doc.head().selectFirst(CSP_META) == null) {
                report("content-security-policy", Severity.WARNING, null, "The page has no Content-Security-Policy, a second guard against scripts.",
                        "Keep the <meta http-equiv=\"Content-Security-Policy\"> line of the theme's base.peb in your own base template.");
            }
            unsafe.forEach((element, problems) -> {
                for (String problem : problems) {
                    report(SAFETY_RULE, Severity.ERROR, element, "The page cannot be published safely: " + problem + ".",
                            "Remove it. Pages may link only to " + org.dueregard.SafeLinks.ALLOWED
                                    + ", and templates may not add scripts written in the page or event handlers.");
                }
            });
        }

        private void checkLanguageAndTitle() {
            Element html = doc.selectFirst("html");
            String lang = html == null ? "" : html.attr("lang");
            if (lang.isBlank()) {
                report("html-has-lang", Severity.ERROR, null, "The page does not say what language it is in.",
                        "Set language: in dueregard.yml (for example en-GB), or lang: in the page's front matter.");
            } else if (!LANGUAGE_TAG.matcher(lang).matches()) {
                report("html-lang-valid", Severity.ERROR, null, "The page's language '" + lang + "' is not a language code.",
                        "Use a code such as en-GB, cy or pl.");
            }
            for (Element other : withLang) {
                if (!LANGUAGE_TAG.matcher(other.attr("lang")).matches()) {
                    report("valid-lang", Severity.ERROR, other, "The language '" + other.attr("lang") + "' is not a language code.",
                            "Use a code such as en-GB, cy or pl.");
                }
            }
            if (doc.title().isBlank()) {
                report("document-title", Severity.ERROR, null, "The page has no title for the browser tab.",
                        "Give the page a title: in its front matter.");
            }
        }

        private void checkImages() {
            for (Element img : images) {
                if (!img.hasAttr("alt")) {
                    report("image-alt", Severity.ERROR, img, "An image has no alt text.",
                            "Describe what the image shows: ![What the image shows](" + fileName(img.attr("src")) + ")");
                    continue;
                }
                String alt = img.attr("alt").strip();
                if (FILE_NAME_ALT.matcher(alt).matches()) {
                    report("image-alt-file-name", Severity.ERROR, img, "The alt text of an image is a file name ('" + alt + "').",
                            "Replace it with words that say what the image shows or means.");
                } else if (IMAGE_OF.matcher(alt).matches()) {
                    report("image-alt-redundant", Severity.ERROR, img, "The alt text starts '" + alt.split(" ")[0] + " "
                                    + alt.split(" ")[1] + "...', which screen readers already say.",
                            "Start with what the image shows, for example 'Diagram: ...' or just the content.");
                }
            }
            for (Element svg : svgs) {
                if (svg.attr("aria-hidden").equals("true") || svg.parents().stream().anyMatch(p -> p.attr("aria-hidden").equals("true"))) continue;
                boolean named = !svg.attr("aria-label").isBlank() || !svg.attr("aria-labelledby").isBlank()
                        || svg.selectFirst("title") != null;
                if (!named) {
                    report("svg-img-alt", Severity.ERROR, svg, "A chart or picture drawn in SVG has no text alternative.",
                            "Give it role=\"img\" and a <title>, or aria-hidden=\"true\" if it is only decoration.");
                }
            }
        }

        private void checkHeadings() {
            long h1s = headings.stream().filter(h -> h.tagName().equals("h1")).count();
            if (h1s != 1) {
                report("page-has-heading-one", Severity.ERROR, h1s == 0 ? null
                                : headings.stream().filter(h -> h.tagName().equals("h1")).skip(1).findFirst().orElse(null),
                        "The page has " + h1s + " level 1 headings; it should have exactly one.",
                        "The page title is the level 1 heading: use ## and below inside the page.");
            }
            int previous = 0;
            for (Element heading : headings) {
                int level = heading.tagName().charAt(1) - '0';
                if (heading.text().isBlank() && heading.select("img[alt]:not([alt=''])").isEmpty()) {
                    report("empty-heading", Severity.ERROR, heading, "A heading is empty.", "Write the heading text, or remove the heading.");
                }
                if (previous > 0 && level > previous + 1) {
                    report("heading-order", Severity.ERROR, heading, "The heading '" + heading.text() + "' skips a level (h"
                                    + previous + " then h" + level + ").",
                            "Use " + "#".repeat(previous + 1) + " for it, so the outline has no gaps.");
                }
                previous = level;
            }
        }

        private void checkLinks() {
            for (Element link : links) {
                String name = accessibleName(link);
                if (name.isBlank()) {
                    report("link-name", Severity.ERROR, link, "A link has no text, so screen readers cannot say where it goes.",
                            "Put words between the square brackets: [Our equality objectives](objectives.md)");
                    continue;
                }
                String plain = NOT_LETTER_OR_SPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("").strip();
                if (VAGUE_LINK_TEXT.contains(plain)) {
                    report("link-text-vague", Severity.ERROR, link, "The link text '" + name + "' does not say where the link goes.",
                            "Use the name of what it links to, for example [the gender pay gap report](gender-pay-gap.md).");
                }
                String href = link.attr("href");
                if (DOWNLOAD.matcher(href).matches()) {
                    String format = href.replaceAll("(?i).*\\.([a-z]+)(\\?.*)?$", "$1").toUpperCase(Locale.ROOT);
                    boolean hasFormat = name.toUpperCase(Locale.ROOT).contains(format);
                    boolean hasSize = SIZE.matcher(name).matches();
                    if (!hasFormat || !hasSize) {
                        long size = sizes.sizeOf(href);
                        String suggestion = "[" + name + " (" + format + ", " + (size >= 0 ? humanSize(size) : "size") + ")]";
                        report("link-file-format", Severity.ERROR, link, "The link to the file '" + fileName(href)
                                        + "' does not say its format and size.",
                                "Say both in the link text so people know before they download, for example " + suggestion + ".");
                    }
                }
            }
        }

        private void checkTables() {
            for (Element table : tables) {
                if (table.selectFirst(HEADER_CELL) == null) {
                    report("table-headers", Severity.ERROR, table, "A table has no header cells.",
                            "Make the first row the header row: separate it from the data with a |---|---| line.");
                }
                Element caption = table.selectFirst(CAPTION);
                if (caption == null || caption.text().isBlank()) {
                    report("table-caption", Severity.ERROR, table, "A table has no caption.",
                            "Add a line in square brackets under the last row: [What the table shows, and when]");
                }
            }
        }

        private void checkIds() {
            Map<String, Integer> counts = new HashMap<>();
            for (Element element : withId) counts.merge(element.id(), 1, Integer::sum);
            counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().forEach(id ->
                    report("duplicate-id", Severity.ERROR, doc.getElementsByAttributeValue("id", id).get(1),
                            "The id '" + id + "' is used " + counts.get(id) + " times on the page.",
                            "Ids must be unique: rename one of the headings or elements that share it."));
        }
    }

    /** The text a screen reader would announce for a link: its text, else the alt text of an image inside, else its label. */
    static String accessibleName(Element link) {
        if (!link.attr("aria-label").isBlank()) return link.attr("aria-label").strip();
        StringBuilder name = new StringBuilder(link.text());
        if (link.childrenSize() > 0) {
            for (Element img : link.getElementsByTag("img")) name.append(' ').append(img.attr("alt"));
        }
        return name.toString().strip();
    }

    /** A file's size as link texts give it: "999 bytes", "312 KB", "1.2 MB". */
    public static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

}
