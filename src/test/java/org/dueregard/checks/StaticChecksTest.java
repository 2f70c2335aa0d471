package org.dueregard.checks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each static rule fires on a planted mistake, names the source line where it can, and stays quiet on good HTML. */
class StaticChecksTest {

    private static final String MARKDOWN = """
            ## Results

            ![chart.png](chart.png)

            For the figures [click here](figures.md).

            Download the [full report](report.pdf).
            """;

    private static final PageSource SOURCE = new PageSource("/reports/a/", "reports/a/index.html", "content/reports/a.md", MARKDOWN, 5, "templates/page.peb");

    private static String page(String lang, String title, String main) {
        return "<!DOCTYPE html><html" + lang + "><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><title>" + title + "</title></head><body>"
                + "<a class=\"skip-link\" href=\"#main\">Skip to main content</a><main id=\"main\"><h1>Report</h1>"
                + "<div class=\"prose\">" + main + "</div></main></body></html>";
    }

    private static List<Finding> check(String html) {
        return StaticChecks.check(html, SOURCE, href -> href.endsWith("report.pdf") ? 250_000 : -1);
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), rule + " in " + findings);
        return matching.get(0);
    }

    @Test
    void unsafeMarkupIsAnErrorWhateverWroteIt() {
        List<String> unsafe = List.of(
                "<a href=\"javascript:alert(1)\">Home</a>",
                "<a href=\"JavaScript:alert(1)\">Home</a>",
                "<a href=\" javascript:alert(1)\">Home</a>",
                "<a href=\"java&#9;script:alert(1)\">Home</a>",
                "<a href=\"data:text/html,hello\">Home</a>",
                "<a href=\"vbscript:msgbox\">Home</a>",
                "<a href=\"mailto:a@example.org%0ABcc:b@example.org\">Email</a>",
                "<a href=\"tel:0123;drop\">Phone</a>",
                "<img src=\"data:image/svg+xml,x\" alt=\"Chart\">",
                "<img srcset=\"/a.png 1x, javascript:alert(1) 2x\" alt=\"Chart\">",
                "<p onclick=\"alert(1)\">Text</p>",
                "<p><script>alert(1)</script></p>",
                "<p><script src=\"https://evil.example/x.js\"></script></p>",
                "<iframe src=\"/a/\" title=\"A\"></iframe>",
                "<object data=\"/a.swf\"></object>",
                "<p style=\"background:url(https://evil.example/track.png)\">Text</p>",
                "<form action=\"javascript:alert(1)\"><button>Go</button></form>");
        for (String markup : unsafe) {
            Finding finding = only(check(page(" lang=\"en-GB\"", "Report", markup)), StaticChecks.SAFETY_RULE);
            assertEquals(org.dueregard.Problem.Severity.ERROR, finding.severity(), markup);
            assertTrue(finding.message().startsWith("The page cannot be published safely: "), finding.message());
        }
    }

    @Test
    void safeAddressesPass() {
        for (String href : List.of("https://www.example.org/a?b=c#d", "http://example.org", "/reports/", "../a/", "#results",
                "mailto:equality@example.org?subject=Easy%20read", "tel:+441234567890", "tel:01234 567890", "sms:+447700900123",
                "//example.org/x")) {
            assertEquals(List.of(), check(page(" lang=\"en-GB\"", "Report", "<p><a href=\"" + href + "\">Our equality report</a></p>")), href);
        }
    }

    @Test
    void anUnsafePageCannotBeAcceptedAsAKnownIssue() {
        AcceptedIssues accepted = new AcceptedIssues(List.of(new org.dueregard.config.AcceptedIssue(StaticChecks.SAFETY_RULE, "/reports/a/",
                "We need it", java.time.LocalDate.of(2999, 1, 1), 1)), java.time.LocalDate.of(2026, 1, 1));
        Finding finding = accepted.apply(only(check(page(" lang=\"en-GB\"", "Report", "<p onclick=\"x()\">Text</p>")), StaticChecks.SAFETY_RULE));
        assertEquals(org.dueregard.Problem.Severity.ERROR, finding.severity());
    }

    @Test
    void aPageWithoutAContentSecurityPolicyIsAWarning() {
        String html = page(" lang=\"en-GB\"", "Report", "<p>Text</p>").replaceFirst("<meta http-equiv[^>]*>", "");
        Finding finding = only(check(html), "content-security-policy");
        assertEquals(org.dueregard.Problem.Severity.WARNING, finding.severity());
        assertEquals("templates/page.peb", finding.file());
    }

    @Test
    void aGoodPageHasNoFindings() {
        assertEquals(List.of(), check(page(" lang=\"en-GB\"", "Report", """
                <h2>Results</h2><p><img src="/c.png" alt="Bar chart: the gap fell"></p>
                <p><a href="/reports/full.pdf">Full report (PDF, 244 KB)</a></p>
                <table><caption>Staff</caption><tr><th scope="col">Group</th></tr><tr><td>1</td></tr></table>
                <svg role="img" aria-labelledby="t"><title id="t">Chart</title></svg>""")));
    }

    @Test
    void imageAltProblemsAreTracedToTheMarkdownLine() {
        List<Finding> findings = check(page(" lang=\"en\"", "R", """
                <h2>Results</h2><p><img src="/reports/chart.png" alt="chart.png"></p><p><img src="/x.png" alt="Image of staff"></p>
                <p><img src="/y.png"></p><svg><rect/></svg>"""));
        Finding fileName = only(findings, "image-alt-file-name");
        assertEquals("content/reports/a.md", fileName.file());
        assertEquals(7, fileName.line());
        assertTrue(only(findings, "image-alt-redundant").message().contains("'Image of...'"));
        only(findings, "image-alt");
        only(findings, "svg-img-alt");
    }

    @Test
    void vagueLinkTextAndFileLinksWithoutFormatAndSize() {
        List<Finding> findings = check(page(" lang=\"en\"", "R", """
                <p>For the figures <a href="/figures/">click here</a>.</p>
                <p>Download the <a href="/reports/report.pdf">full report</a>.</p><p><a href="/x/"></a></p>"""));
        Finding vague = only(findings, "link-text-vague");
        assertEquals(9, vague.line());
        Finding file = only(findings, "link-file-format");
        assertEquals(11, file.line());
        assertTrue(file.fix().contains("[full report (PDF, 244 KB)]"), file.fix());
        only(findings, "link-name");
    }

    @Test
    void headingsLanguageTitleTablesAndIds() {
        List<Finding> findings = check(page("", "", """
                <h2 id="a">Results</h2><h4 id="a">Detail</h4><h3></h3><h1>Second</h1>
                <table><tr><td>1</td></tr></table><p lang="english">Hi</p>"""));
        Finding order = only(findings, "heading-order");
        assertTrue(order.message().contains("h2 then h4"), order.message());
        only(findings, "empty-heading");
        only(findings, "page-has-heading-one");
        only(findings, "html-has-lang");
        only(findings, "valid-lang");
        only(findings, "document-title");
        only(findings, "table-headers");
        only(findings, "table-caption");
        Finding duplicate = only(findings, "duplicate-id");
        assertEquals("The id 'a' is used 2 times on the page.", duplicate.message());
    }

    @Test
    void elementsFromTemplatesAreBlamedOnTheTemplates() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>R</title></head><body><header><a href=\"/\"></a></header>"
                + "<main><h1>R</h1></main></body></html>";
        Finding finding = only(check(html), "link-name");
        assertEquals("templates/page.peb", finding.file());
        assertEquals(0, finding.line());
    }
}
