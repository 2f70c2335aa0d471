package org.dueregard.checks;

import org.dueregard.Problem.Severity;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's text the way the easy-read guidance and GOV.UK's plain English advice do. Easy-read pages: short
 * sentences, one idea each, numbers as digits, no percentages, no italics or capitals, a picture with alt text for
 * every point, hard words explained, short pages, Flesch 80+. Standard pages: warnings for long sentences and
 * paragraphs, Flesch under 60, and acronyms not spelled out the first time. Each finding names the line.
 */
final class ReadabilityLinter {

    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?<![0-9.,]\\s)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety|hundred|thousand|million)\\b");
    private static final Map<String, String> DIGITS = Map.ofEntries(Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1,000"), Map.entry("million", "1,000,000"));
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:%|per ?cent)");
    /** "and" starting a second clause ("...less and we want to..."), or "which" or "because"; not "women and men". */
    private static final Pattern JOINED = Pattern.compile(
            "(?i)\\s(and|but)\\s+(?=(?:we|they|you|it|he|she|i|this|that|there|these|those|our|their)\\b)|\\s(which|because)\\s");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,}s?\\b");
    /** A UK postcode (ST16 2AB) is part of an address, not a short form to explain. */
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b");
    private static final Pattern CAPITALS_BLOCK = Pattern.compile("\\b[A-Z]{2,}(?:\\s+[A-Z]{2,}){2,}\\b|\\b[A-Z]{6,}\\b");
    /** Words the easy-read guidance calls jargon in these publications; they must be explained. */
    static final Set<String> JARGON = Set.of("commissioning", "commission", "stakeholder", "stakeholders", "protected characteristic",
            "protected characteristics", "inequalities", "demographic", "disproportionate", "mitigate", "strategic", "framework",
            "governance", "intersectional", "holistic", "cohort", "metric", "statutory", "workforce", "median", "quartile");

    /** Short forms so well known that GOV.UK style does not spell them out. */
    static final Set<String> WELL_KNOWN = Set.of("NHS", "UK", "GP", "COVID", "BBC", "EU", "OK", "AM", "PM");

    private static final Map<String, Pattern> JARGON_PATTERNS = JARGON.stream()
            .collect(java.util.stream.Collectors.toMap(word -> word, word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b")));

    private final PageSource source;
    private final ReadabilityRules rules;
    private final List<Finding> findings;
    /** The file to blame for text that is not the page's own (the theme's or the site settings'), or null. */
    private final String otherFile;

    private ReadabilityLinter(PageSource source, ReadabilityRules rules, List<Finding> findings, String otherFile) {
        this.source = source;
        this.rules = rules;
        this.findings = findings;
        this.otherFile = otherFile;
    }

    /**
     * Lints the page's text; on an easy-read page also the text around it (header, notice, links, "another way",
     * footer), which an easy-read reader meets on the same page, so it must keep the same rules.
     */
    static void lint(org.jsoup.nodes.Document doc, PageSource source, boolean easyRead, ReadabilityRules rules, List<Finding> findings) {
        Element prose = doc.selectFirst(".prose");
        if (prose == null || source.markdown().isEmpty()) return;
        if (!easyRead) {
            new ReadabilityLinter(source, rules, findings, null).lintStandard(prose);
            return;
        }
        ReadabilityLinter pageText = new ReadabilityLinter(source, rules, findings, null);
        Set<String> explained = pageText.explainedWords(prose);
        // The theme's own explanation of the words in the link to the page's print version ("PDF", "KB").
        for (Element bold : doc.select(".easy-read-print strong")) explained.add(bold.text().toLowerCase(Locale.ROOT).strip());
        pageText.lintEasyRead(prose, explained);
        Element title = doc.selectFirst("main h1");
        if (title != null) pageText.lintSentences(title, explained); // the title is the page's own, from its front matter
        Element around = doc.body().clone();
        around.select(".prose, main h1, .notice-banner--after-title, .visually-hidden").remove();
        Element settings = new Element("div");
        for (Element fromSettings : around.select(".header, .footer__links")) settings.appendChild(fromSettings.clone());
        around.select(".header, .footer__links").remove();
        new ReadabilityLinter(source, rules, findings, "dueregard.yml").lintSentences(settings, explained);
        new ReadabilityLinter(source, rules, findings, source.template()).lintSentences(around, explained);
    }

    private void report(String rule, Severity severity, String text, String message, String fix) {
        if (otherFile != null) {
            findings.add(new Finding(rule, "lint", severity, source.page(), otherFile, 0, message + " (around the page's text)", fix, "", ""));
            return;
        }
        int line = SourceLocator.findLineOfText(source, text).orElse(0);
        findings.add(new Finding(rule, "lint", severity, source.page(), source.file(), line, message, fix, "", ""));
    }

    /** Footnote marks and hidden helper text, which are not part of a sentence. */
    private static final org.jsoup.select.Evaluator HELPERS = org.jsoup.select.QueryParser.parse("sup.footnote-ref, .visually-hidden");
    private static final org.jsoup.select.Evaluator PARAGRAPH = org.jsoup.select.QueryParser.parse("p");

    /**
     * Paragraphs, list items and headings of the page text ("p, li, h1, ..., dd, dt, .header__home > span"), in page
     * order, not those in tables, figures, notes or navigation. One walk over the text that skips those parts whole,
     * rather than a query and a look up from every block (that was 2% of a 10,000-page build).
     */
    private static List<Element> blocks(Element text) {
        List<Element> blocks = new ArrayList<>();
        if (isNotText(text) || text.parents().stream().anyMatch(ReadabilityLinter::isNotText)) return blocks;
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element element) || isNotText(element)) return FilterResult.SKIP_ENTIRELY;
                if (isBlock(element)) addBlock(element, blocks);
                return FilterResult.CONTINUE;
            }
        }, text);
        return blocks;
    }

    private static void addBlock(Element element, List<Element> blocks) {
        if (element.normalName().equals("li") && element.selectFirst(PARAGRAPH) != null) return; // its paragraphs are read instead
        // Footnote marks and hidden helper text are not part of the sentence; copy only blocks that have them.
        if (element.selectFirst(HELPERS) == null) {
            blocks.add(element);
        } else {
            Element copy = element.clone();
            copy.select(HELPERS).remove();
            blocks.add(copy);
        }
    }

    private static boolean isBlock(Element element) {
        String tag = element.normalName();
        return switch (tag) {
            case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt" -> true;
            case "span" -> element.parent() != null && element.parent().hasClass("header__home");
            default -> false;
        };
    }

    /** Tables, figures, footnotes and navigation: not running text. */
    private static boolean isNotText(Element element) {
        String tag = element.normalName();
        return tag.equals("table") || tag.equals("figure") || tag.equals("nav") || element.hasClass("footnotes");
    }

    private Set<String> explainedWords(Element prose) {
        Set<String> explained = new HashSet<>(rules.glossary());
        for (Element bold : prose.select("strong, b")) explained.add(bold.text().toLowerCase(Locale.ROOT).strip());
        return explained;
    }

    /** The sentence rules alone, for text that is not the page's own: no pictures, no page length. */
    private void lintSentences(Element text, Set<String> explained) {
        Set<String> reportedWords = new HashSet<>();
        for (Element block : blocks(text)) {
            for (String sentence : TextStatistics.sentences(ElementText.of(block))) checkEasyReadSentence(sentence, explained, reportedWords);
        }
    }

    private void lintEasyRead(Element prose, Set<String> explained) {
        StringBuilder all = new StringBuilder();
        Set<String> reportedWords = new HashSet<>();
        for (Element block : blocks(prose)) {
            String text = ElementText.of(block);
            if (!isHeading(block)) all.append(asSentence(text)); // reading ease is about running text
            for (String sentence : TextStatistics.sentences(text)) checkEasyReadSentence(sentence, explained, reportedWords);
        }
        lintEasyReadLayout(prose, all.toString());
    }

    private void checkEasyReadSentence(String sentence, Set<String> explained, Set<String> reportedWords) {
        int words = TextStatistics.words(sentence).size();
        if (words > rules.easyReadSentenceError()) {
            report("easy-read-sentence-length", Severity.ERROR, sentence, "This sentence has " + words + " words; easy read sentences have "
                    + rules.easyReadSentenceError() + " or fewer: \"" + shorten(sentence) + "\"", "Split it into short sentences with one idea each.");
        } else if (words > rules.easyReadSentenceWarning()) {
            report("easy-read-sentence-length", Severity.WARNING, sentence, "This sentence has " + words + " words; " + rules.easyReadSentenceWarning()
                    + " or fewer is easiest: \"" + shorten(sentence) + "\"", "Try to say it in fewer words, or split it.");
        }
        Matcher joined = JOINED.matcher(sentence);
        if (words > 8 && joined.find()) {
            String joiner = joined.group(1) != null ? joined.group(1) : joined.group(2);
            report("easy-read-one-idea", Severity.WARNING, sentence, "This sentence may hold more than one idea, joined by '"
                    + joiner + "': \"" + shorten(sentence) + "\"", "Write one idea in each sentence.");
        }
        Matcher numberWord = NUMBER_WORD.matcher(sentence);
        if (numberWord.find()) {
            String word = numberWord.group(1).toLowerCase(Locale.ROOT);
            report("easy-read-number-words", Severity.WARNING, sentence, "Write numbers as digits: '" + numberWord.group(1) + "'.",
                    "Write " + DIGITS.getOrDefault(word, "the number in digits") + " instead.");
        }
        Matcher percent = PERCENT.matcher(sentence);
        if (percent.find()) {
            report("easy-read-percentages", Severity.WARNING, sentence, "Percentages are hard to understand: '" + percent.group() + "'.",
                    "Say " + inWords(Double.parseDouble(percent.group(1))) + " instead.");
        }
        Matcher caps = CAPITALS_BLOCK.matcher(sentence);
        if (caps.find() && !explained.contains(caps.group().toLowerCase(Locale.ROOT))) {
            report("easy-read-capitals", Severity.ERROR, sentence, "Words in capitals are hard to read: '" + caps.group() + "'.",
                    "Write them in ordinary letters; use bold for the important words.");
        }
        checkHardWords(sentence, explained, reportedWords);
    }

    private void lintEasyReadLayout(Element prose, String all) {
        for (Element italic : prose.select("em, i")) {
            report("easy-read-italics", Severity.ERROR, italic.text(), "Italics are hard to read: '" + italic.text() + "'.",
                    "Use bold (**like this**) for important words instead of *italics*.");
        }
        for (Element item : prose.select("li")) {
            if (item.closest("table, figure, .footnotes, nav") != null) continue;
            if (item.hasClass("easy-read-point") && item.selectFirst("> .easy-read-picture img") != null) continue;
            report("easy-read-picture", Severity.ERROR, item.text(), "This point has no picture: \"" + shorten(item.text()) + "\"",
                    "Start every point in the list with a picture: - ![](picture:people) Your words.");
        }
        for (Element paragraph : prose.select("> p")) {
            if (paragraph.text().isBlank()) continue;
            report("easy-read-picture", Severity.WARNING, paragraph.text(), "This idea has no picture beside it: \"" + shorten(paragraph.text()) + "\"",
                    "Write it as a point with a picture: - ![](picture:people) Your words.");
        }
        for (Element img : prose.select(".easy-read-picture img")) {
            if (img.attr("alt").isBlank()) {
                report("easy-read-picture-alt", Severity.ERROR, "", "A picture has no alt text.", "Say what the picture shows between the square brackets.");
            }
        }
        int words = TextStatistics.words(all).size();
        if (words > rules.easyReadPageWords()) {
            findings.add(new Finding("easy-read-length", "lint", Severity.WARNING, source.page(), source.file(), 0,
                    "This easy read page has " + words + " words; about " + rules.easyReadPageWords() + " is the most people find easy.",
                    "Split it into two pages, or keep only the most important points.", "", ""));
        }
        double flesch = TextStatistics.fleschReadingEase(all);
        if (words > 30 && flesch < rules.easyReadFlesch()) {
            findings.add(new Finding("easy-read-flesch", "lint", Severity.WARNING, source.page(), source.file(), 0,
                    String.format(Locale.UK, "The page's reading ease score is %.0f; easy read should be %.0f or more.", flesch, rules.easyReadFlesch()),
                    "Use shorter sentences and shorter, everyday words.", "", ""));
        }
    }

    private void checkHardWords(String sentence, Set<String> explained, Set<String> reported) {
        Matcher acronym = ACRONYM.matcher(POSTCODE.matcher(sentence).replaceAll(""));
        while (acronym.find()) {
            String word = acronym.group().replaceAll("s$", "");
            if (explained.contains(word.toLowerCase(Locale.ROOT)) || !reported.add(word) || WELL_KNOWN.contains(word)) continue;
            report("easy-read-hard-words", Severity.ERROR, sentence, "'" + word + "' is a short form that is not explained.",
                    "Write it in full, or put it in bold (**" + word + "**) and explain it in the next sentence, or add it to glossary.yml.");
        }
        for (String jargon : JARGON) {
            // Matched in lower case only: a capitalised word is part of a name (the Equality and Human Rights Commission).
            if (JARGON_PATTERNS.get(jargon).matcher(sentence).find() && !explained.contains(jargon) && reported.add(jargon)) {
                report("easy-read-hard-words", Severity.ERROR, sentence, "'" + jargon + "' is a hard word that is not explained.",
                        "Use an everyday word, or put it in bold (**" + jargon + "**) and explain it in the next sentence, or add it to glossary.yml.");
            }
        }
    }

    private void lintStandard(Element prose) {
        Set<String> spelledOut = new HashSet<>();
        for (Element abbr : prose.select("abbr[title]")) spelledOut.add(abbr.text());
        Set<String> seen = new HashSet<>();
        int totalSentences = 0;
        int totalWords = 0;
        int totalSyllables = 0;
        for (Element block : blocks(prose)) {
            String text = ElementText.of(block);
            boolean heading = isHeading(block);
            List<String> sentences = TextStatistics.sentences(text);
            if (block.tagName().equals("p") && sentences.size() > rules.standardParagraphSentences()) {
                report("plain-english-paragraph", Severity.WARNING, text, "This paragraph has " + sentences.size() + " sentences: \""
                        + shorten(text) + "\"", "Keep paragraphs to " + rules.standardParagraphSentences() + " sentences or fewer; split it.");
            }
            for (String sentence : sentences) {
                TextStatistics.Counts counts = TextStatistics.count(sentence);
                if (!heading) { // reading ease is about running text; each block counts as its own sentence(s)
                    totalSentences++;
                    totalWords += counts.words();
                    totalSyllables += counts.syllables();
                }
                if (counts.words() > rules.standardSentenceWords()) {
                    report("plain-english-sentence", Severity.WARNING, sentence, "This sentence has " + counts.words() + " words: \"" + shorten(sentence) + "\"",
                            "Sentences of " + rules.standardSentenceWords() + " words or fewer are easier to read; split it.");
                }
                if (!counts.twoCapitalsInARow()) continue; // most sentences have no short forms at all
                Matcher acronym = ACRONYM.matcher(sentence);
                while (acronym.find()) {
                    String word = acronym.group().replaceAll("s$", "");
                    if (!seen.add(word) || spelledOut.contains(word) || spelledOut.contains(acronym.group()) || WELL_KNOWN.contains(word)) continue;
                    boolean explainedHere = sentence.contains("(" + word) || sentence.contains(word + " (");
                    if (!explainedHere) {
                        report("plain-english-acronym", Severity.WARNING, sentence, "'" + word + "' is not spelled out the first time it is used.",
                                "Write it in full followed by the short form in brackets, or add *[" + word + "]: its full form at the end of the page.");
                    }
                }
            }
        }
        double flesch = TextStatistics.fleschReadingEase(totalSentences, totalWords, totalSyllables);
        if (totalWords > 100 && flesch < rules.standardFlesch()) {
            findings.add(new Finding("plain-english-flesch", "lint", Severity.WARNING, source.page(), source.file(), 0,
                    String.format(Locale.UK, "The page's reading ease score is %.0f; aim for %.0f or more (a reading age of 9 to 11).",
                            flesch, rules.standardFlesch()), "Use shorter sentences and everyday words.", "", ""));
        }
    }

    /** h1 to h6, tested without a regular expression (String.matches compiles one per call, for every block). */
    private static boolean isHeading(Element block) {
        String tag = block.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** A percentage as people say it: 25% is "1 in 4", 50% "half", 33% "1 in 3", others "about N in 10". */
    static String inWords(double percent) {
        if (Math.abs(percent - 50) < 2) return "'about half'";
        if (Math.abs(percent - 25) < 2) return "'about 1 in 4'";
        if (Math.abs(percent - 75) < 2) return "'about 3 in 4'";
        if (Math.abs(percent - 33.3) < 2) return "'about 1 in 3'";
        if (Math.abs(percent - 66.7) < 2) return "'about 2 in 3'";
        if (Math.abs(percent - 20) < 1.5) return "'about 1 in 5'";
        if (percent >= 5) return "'about " + Math.round(percent / 10) + " in 10'";
        return "'a few' or 'about 1 in " + Math.round(100 / Math.max(percent, 0.5)) + "'";
    }

    /** A block's text as a sentence of its own, so a list item without a full stop does not run into the next. */
    private static String asSentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) return "";
        return trimmed + (trimmed.matches("(?s).*[.!?:]$") ? " " : ". ");
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
