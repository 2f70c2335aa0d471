package org.dueregard.content;

import org.dueregard.bench.BenchSiteGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast body writer against Flexmark's renderer, which it replaces for speed: wherever it answers, the HTML must
 * be byte for byte the same. The inputs are every Markdown page in the repository (the sample site, the test sites,
 * the hostile cases), generated report pages and snippets of every construct it writes.
 */
class BodyHtmlTest {

    private static final MarkdownRenderer FAST = new MarkdownRenderer();
    private static final MarkdownRenderer FLEXMARK = new MarkdownRenderer(true);

    /** Every .md link resolves (so both see the same URLs), as do images beside the page. */
    private static final LinkTargets TARGETS = new LinkTargets() {
        @Override
        public Optional<String> findPageUrl(String sourcePath) {
            return Optional.of("/" + sourcePath.replace(".md", "/"));
        }

        @Override
        public Optional<String> findAssetUrl(String sourcePath) {
            return Optional.of("/" + sourcePath);
        }

        @Override
        public Optional<Picture> findPicture(String name) {
            return Optional.of(new Picture("/assets/easy-read/" + name + ".svg", "A picture of " + name));
        }

        @Override
        public Collection<String> pageSourcePaths() {
            return List.of("index.md");
        }
    };

    private static final List<String> SNIPPETS = List.of(
            "Plain *emphasis*, **strong**, ~~struck~~, `code  with   spaces`, a [link](other.md#part \"Title\") and an <b>inline</b> tag.",
            "Quotes 'single' and \"double\", dashes -- and ---, an ellipsis... and an escaped \\* star & an &amp; entity &copy;.",
            "Line one\nline two  \nafter a hard break\\\nand another.",
            "## Heading *one*\n\n### Heading & more\n\n## Heading *one*\n\nText.",
            "- one\n- two\n  - nested\n  - list\n- three\n\n1. first\n2. second\n\n3. third starts at 3\n4. four",
            "- loose\n\n- list\n\n  with two paragraphs\n",
            "> A quote\n> on two lines\n\n> [!NOTE]\n> A note.\n\n> [!WARNING]\n> A warning with **bold**.",
            "| A | B | C |\n|---|--:|:-:|\n| x | 1 | y |\n| z | 2,000 | w |\n[A caption]\n\n| 1 | 2 |\n|---|---|\n| 3 | 4 |",
            "Text with a note.[^1] And another.[^two] Again.[^1] Missing.[^none]\n\n[^1]: The first note.\n[^two]: The second\n    with more.",
            "The ICB and the NHS.\n\n*[ICB]: Integrated Care Board\n*[NHS]: National \"Health\" Service",
            "![An image](chart.png) and ![](picture:money) and ![alt *with* emphasis](chart.png \"a title\")",
            "- ![](picture:money) Money is spent.\n  A second line.\n- ![Us](picture:people) People.\n- No picture here.",
            "***\n\nAbove and below a rule.\n\n---\n\n<div>raw html block</div>\n\nAfter.",
            "```\ncode block\n```\n\n    indented code\n\nText [ref link][r] and <https://example.org> and <a@b.org>.\n\n[r]: https://example.org",
            "Term\n: Definition one\n: Definition two",
            "- [ ] task\n- [x] done",
            "\tA tab at the start.\n\nA paragraph with a\ttab inside.",
            "&#1; &#x41; &lt;b&gt; \\<tag\\> 5 > 3 < 4 \"quoted\"");

    private static int answered;
    private static int compared;

    @Test
    void agreesWithFlexmarkOnEveryMarkdownFileInTheRepository() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Path folder : List.of(Path.of("content"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                // Pathological nesting needs the build's big-stack threads; MarkdownLimits refuses it before rendering anyway.
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("bounds")).sorted().toList()) {
                    String name = file.toString();
                    if (name.endsWith(".md")) inputs.put(name, Files.readString(file, StandardCharsets.UTF_8));
                    if (name.endsWith(".site")) inputs.putAll(markdownIn(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        int before = answered;
        inputs.forEach((name, text) -> assertSame(name, bodyOf(text)));
        assertTrue(answered - before > inputs.size() / 2, "the fast writer answered for " + (answered - before) + " of " + inputs.size());
    }

    @Test
    void agreesWithFlexmarkOnGeneratedReportPagesAndAnswersForAll() {
        Random random = new Random(5);
        int before = answered;
        for (int i = 0; i < 50; i++) assertSame("generated page " + i, bodyOf(BenchSiteGenerator.page(i, 200, random)));
        assertEquals(50, answered - before, "every generated page is written by the fast writer");
    }

    @Test
    void agreesWithFlexmarkOnEachConstruct() {
        for (String snippet : SNIPPETS) assertSame(snippet, snippet);
    }

    @Test
    void answersForTheConstructsReportsUse() {
        for (String snippet : SNIPPETS.subList(0, 12)) {
            RenderedMarkdown fast = FAST.render(snippet, "content/a.md", "a.md", 1, TARGETS);
            assertTrue(FAST.lastRenderWasFast(), "not written by the fast writer: " + snippet);
            assertEquals(FLEXMARK.render(snippet, "content/a.md", "a.md", 1, TARGETS).html(), fast.html());
        }
    }

    private static void assertSame(String name, String markdown) {
        RenderedMarkdown fast = FAST.render(markdown, "content/section/a.md", "section/a.md", 1, TARGETS);
        if (FAST.lastRenderWasFast()) answered++;
        compared++;
        RenderedMarkdown reference = FLEXMARK.render(markdown, "content/section/a.md", "section/a.md", 1, TARGETS);
        assertEquals(reference.html(), fast.html(), name);
    }

    private static String bodyOf(String text) {
        if (!text.startsWith("---")) return text;
        int end = text.indexOf("\n---", 3);
        return end < 0 ? text : text.substring(Math.min(text.length(), text.indexOf('\n', end + 1) + 1));
    }

    /** The Markdown files of a mini-site file (sections headed "-- content/page.md --"). */
    private static Map<String, String> markdownIn(String name, String site) {
        Map<String, String> pages = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(site.lines().toList());
        String current = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null && current.endsWith(".md")) pages.put(name + ":" + current, text.toString());
                current = line.substring(3, line.length() - 3);
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        if (current != null && current.endsWith(".md")) pages.put(name + ":" + current, text.toString());
        return pages;
    }
}
