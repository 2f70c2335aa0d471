package org.dueregard.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown in, HTML out: the accessible markup for each feature authors use. */
class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** A site with two pages and one image, under base path /eq/. */
    private static final LinkTargets TARGETS = new LinkTargets() {
        private final Map<String, String> pages = Map.of("reports/annual.md", "/eq/reports/annual/", "objectives.md", "/eq/objectives/",
                "reports/index.md", "/eq/reports/");

        @Override
        public Optional<String> findPageUrl(String sourcePath) {
            return Optional.ofNullable(pages.get(sourcePath));
        }

        @Override
        public Optional<String> findAssetUrl(String sourcePath) {
            return sourcePath.equals("reports/chart.png") ? Optional.of("/eq/reports/chart.png") : Optional.empty();
        }

        @Override
        public Collection<String> pageSourcePaths() {
            return pages.keySet();
        }
    };

    private static RenderedMarkdown render(String markdown) {
        return RENDERER.render(markdown, "content/reports/annual.md", "reports/annual.md", 5, TARGETS);
    }

    private static Document html(String markdown) {
        RenderedMarkdown rendered = render(markdown);
        assertEquals(List.of(), rendered.problems());
        return Jsoup.parseBodyFragment(rendered.html());
    }

    @Test
    void tableHasCaptionColumnAndRowHeadersAndAScrollableLabelledRegion() {
        Document doc = html("""
                | Quarter | Women | Men | Women % |
                |---|---|---|---|
                | Lower | 51 | 10 | 83.6% |
                | Upper middle | 1,204 | 987 | 55.0% |
                [Staff in each pay quarter, 2023]
                """);
        Element region = doc.selectFirst("div.table-scroll");
        assertEquals("region", region.attr("role"));
        assertEquals("0", region.attr("tabindex"));
        Element caption = doc.selectFirst("table > caption");
        assertEquals("Staff in each pay quarter, 2023", caption.text());
        assertEquals(caption.id(), region.attr("aria-labelledby"));
        assertEquals(List.of("col", "col", "col", "col"), doc.select("thead th").eachAttr("scope"));
        assertEquals(List.of("Lower", "Upper middle"), doc.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("51", "10", "83.6%", "1,204", "987", "55.0%"), doc.select("tbody td.numeric").eachText());
        assertEquals(0, doc.select("[align]").size(), "no obsolete align attributes");
    }

    @Test
    void aNumericFirstColumnIsNotARowHeaderAndAnEmptyCornerIsNotAnEmptyHeader() {
        Document doc = html("""
                | | 2023 | 2024 |
                |---|---|---|
                | 2 | 3 | 4 |
                [Numbers]
                """);
        assertEquals(0, doc.select("tbody th").size());
        assertEquals("", doc.selectFirst("thead tr > :first-child").text());
        assertEquals("td", doc.selectFirst("thead tr > :first-child").tagName());
    }

    @Test
    void headingsGetGitHubStyleIdsAndNoAnchorLink() {
        RenderedMarkdown rendered = render("""
                ## Priorities for 2025/26

                ### Gender pay gap

                ## Gender pay gap
                """);
        Document doc = Jsoup.parseBodyFragment(rendered.html());
        assertEquals(List.of("priorities-for-202526", "gender-pay-gap", "gender-pay-gap-1"), doc.select("h2, h3").eachAttr("id"));
        assertTrue(doc.select("a").isEmpty(), "no '#' link beside each heading: a tab stop and a noise each (issue 11)");
        assertEquals(List.of(new Heading(2, "Priorities for 2025/26", "priorities-for-202526", 5),
                new Heading(3, "Gender pay gap", "gender-pay-gap", 7),
                new Heading(2, "Gender pay gap", "gender-pay-gap-1", 9)), rendered.headings());
    }

    @Test
    void calloutsBecomeInsetAndWarningText() {
        Document doc = html("""
                > [!NOTE]
                > This is a demonstration.

                > [!WARNING]
                > Figures are provisional.

                > An ordinary quotation.
                """);
        assertEquals("This is a demonstration.", doc.selectFirst(".inset-text").text());
        Element warning = doc.selectFirst(".warning-text");
        assertEquals("true", warning.selectFirst(".warning-text__icon").attr("aria-hidden"));
        assertEquals("Warning: Figures are provisional.", warning.selectFirst(".warning-text__text").text());
        assertEquals("An ordinary quotation.", doc.selectFirst("blockquote").text());
        assertTrue(!doc.text().contains("[!NOTE]") && !doc.text().contains("[!WARNING]"));
    }

    @Test
    void footnotesHaveLabelledReferencesAndBackLinks() {
        Document doc = html("""
                The gap fell.[^1] It fell again.[^1]

                [^1]: Figures from the 2024 snapshot.
                """);
        assertEquals(List.of("#fn-1", "#fn-1"), doc.select("sup.footnote-ref a").eachAttr("href"));
        assertEquals("Note 1", doc.selectFirst("sup.footnote-ref a").text());
        Element notes = doc.selectFirst("section.footnotes");
        assertEquals("footnotes-heading", notes.attr("aria-labelledby"));
        assertEquals("Notes", notes.selectFirst("h2").text());
        assertEquals(List.of("#fnref-1", "#fnref-1-1"), notes.select("a.footnote-back").eachAttr("href"));
        assertEquals("Back to the text (1) for note 1", notes.selectFirst("a.footnote-back").text());
    }

    @Test
    void abbreviationsDefinitionListsAndTypographicQuotes() {
        Document doc = html("""
                The ICB said "it's fair" -- and meant it...

                Due regard
                : Consciously thinking about the three aims.

                *[ICB]: Integrated Care Board
                """);
        Element abbr = doc.selectFirst("abbr");
        assertEquals("Integrated Care Board", abbr.attr("title"));
        assertEquals("ICB", abbr.text());
        assertTrue(doc.selectFirst("p").text().contains("\u201cit\u2019s fair\u201d \u2013 and meant it\u2026"), doc.selectFirst("p").text());
        assertEquals("Due regard", doc.selectFirst("dl > dt").text());
        assertEquals("Consciously thinking about the three aims.", doc.selectFirst("dl > dd").text());
    }

    @Test
    void linksToSourceFilesBecomeSiteUrls() {
        RenderedMarkdown rendered = render("""
                ## Start

                [Objectives](../objectives.md), [this section](#start), [reports](./), [chart](chart.png),
                [elsewhere](https://www.gov.uk/), [email](mailto:a@example.org) and [later](objectives.md#x).
                """);
        Document doc = Jsoup.parseBodyFragment(rendered.html());
        assertEquals(List.of("/eq/objectives/", "#start", "/eq/reports/", "/eq/reports/chart.png", "https://www.gov.uk/",
                "mailto:a@example.org", "objectives.md#x"), doc.select("p a").eachAttr("href"));
        assertEquals(1, rendered.problems().size(), "reports/objectives.md does not exist");
        assertEquals(Set.of("main-content", "start"), rendered.ids());
    }

    @Test
    void anchorLinksToOtherPagesAreHandedBackForChecking() {
        RenderedMarkdown rendered = render("See [the plan](../objectives.md#our-plan).");
        assertEquals(List.of(new AnchorLink("content/reports/annual.md", 5, "objectives.md", "our-plan")), rendered.anchorLinks());
        assertEquals("/eq/objectives/#our-plan", Jsoup.parseBodyFragment(rendered.html()).selectFirst("a").attr("href"));
    }

    @Test
    void imagesResolveBesideThePage() {
        Document doc = html("![Bar chart of staff by pay band](chart.png)");
        Element img = doc.selectFirst("img");
        assertEquals("/eq/reports/chart.png", img.attr("src"));
        assertEquals("Bar chart of staff by pay band", img.attr("alt"));
    }

    @Test
    void imagesFromOtherWebsitesAreRefused() {
        RenderedMarkdown rendered = render("![Logo](https://cdn.example.com/logo.png)");
        assertEquals("The image 'https://cdn.example.com/logo.png' is on another website.", rendered.problems().get(0).message());
    }

    @Test
    void aLevelOneHeadingInTheBodyIsAProblemBecauseTheTitleIsTheH1() {
        RenderedMarkdown rendered = render("# Another title");
        assertEquals(5, rendered.problems().get(0).line());
        assertTrue(rendered.problems().get(0).message().contains("level 1 heading"));
    }

    @Test
    void rawHtmlIsEscaped() {
        Document doc = html("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");
        assertNull(doc.selectFirst("script"));
        assertNull(doc.selectFirst("img"));
        assertNotNull(doc.text());
    }
}
