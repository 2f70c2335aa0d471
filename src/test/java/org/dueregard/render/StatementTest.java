package org.dueregard.render;

import org.dueregard.site.LastCheck;
import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility statement is made from the facts: the last check, the accepted problems and the statement
 * settings. Its compliance status follows them, in the shape of the GOV.UK model statement.
 */
class StatementTest {

    @TempDir
    Path folder;

    private MiniSite site(String settings) throws IOException {
        return MiniSite.write(folder, """
                -- dueregard.yml --
                title: Test equality site
                organisation: Anytown Council
                base_url: https://example.org/
                contact:
                  email: equality@anytown.gov.uk
                """ + settings + """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/accessibility.md --
                ---
                title: Accessibility statement
                layout: statement
                ---
                This statement is for our equality website.
                """);
    }

    private Document statement(MiniSite site) throws IOException {
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        return Jsoup.parse(site.read("accessibility/index.html"));
    }

    private static final String MANUAL = """
            accessibility_statement:
              reply_days: 5
              manual_test:
                date: 2026-10-01
                by: Our digital team
            """;

    @Test
    void aSiteNeverCheckedIsNotCompliantAndSaysSo() throws IOException {
        Document page = statement(site(MANUAL));
        assertEquals("This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. "
                + "We have not tested this website yet, so we cannot say it meets the standard.", page.selectFirst(".compliance-status").text());
        assertTrue(page.text().contains("This website has not been tested yet."), page.text());
    }

    @Test
    void aCheckThatFoundProblemsMakesItNotCompliantAndAPassingOneFullyCompliant() throws IOException {
        MiniSite site = site(MANUAL);
        new LastCheck(LocalDate.of(2026, 11, 1), 12, 3, 0).write(folder.resolve(".dueregard"));
        assertTrue(statement(site).selectFirst(".compliance-status").text().contains("is not compliant with the Web Content Accessibility Guidelines"
                + " version 2.2 AA standard. Our last check found 3 problems that we have not fixed yet."));
        new LastCheck(LocalDate.of(2026, 11, 2), 12, 0, 0).write(folder.resolve(".dueregard"));
        Document page = statement(site);
        assertTrue(page.selectFirst(".compliance-status").text().startsWith("This website is fully compliant with"), page.selectFirst(".compliance-status").text());
        String text = page.text();
        assertTrue(text.contains("This statement was prepared on 2 November 2026. It was last reviewed on 2 November 2026."), text);
        assertTrue(text.contains("We last tested this website on 2 November 2026. We checked all 12 pages with automated checks"), text);
        assertTrue(text.contains("1 October 2026: Our digital team tested it by hand."), text);
        assertTrue(text.contains("We will review this statement by 2 November 2027."), text);
        assertTrue(text.contains("get back to you in 5 working days."), text);
        assertTrue(text.contains("contact the Equality Advisory and Support Service (EASS)"), text);
    }

    @Test
    void withoutTestsByPeopleItIsOnlyPartiallyCompliant() throws IOException {
        MiniSite site = site("");
        new LastCheck(LocalDate.of(2026, 11, 2), 12, 0, 0).write(folder.resolve(".dueregard"));
        assertTrue(statement(site).selectFirst(".compliance-status").text().contains("is partially compliant with the Web Content Accessibility "
                + "Guidelines version 2.2 AA standard. Our automated checks found no problems, but they cannot test everything"));
    }

    @Test
    void acceptedProblemsAndBurdenAreListedWithTheirCriterionAndDates() throws IOException {
        MiniSite site = site(MANUAL + """
                  disproportionate_burden:
                    - content: Maps of our sites made before 2020
                      reason: Redrawing 300 maps would cost more than our yearly website budget.
                      review_by: 2027-03-31
                  out_of_scope: [PDF documents published before 23 September 2018]
                  northern_ireland: true
                accessibility_exceptions:
                  - rule: color-contrast
                    page: /reports/2024/
                    reason: The chart colours come from the national template; we are replacing it.
                    review_by: 2999-01-01
                """);
        new LastCheck(LocalDate.of(2026, 11, 2), 12, 0, 1).write(folder.resolve(".dueregard"));
        Document page = statement(site);
        assertTrue(page.selectFirst(".compliance-status").text().contains("is partially compliant"), page.selectFirst(".compliance-status").text());
        String row = page.selectFirst("#known-issues-caption").parent().selectFirst("tbody tr").text();
        assertEquals("/reports/2024/ color-contrast 1.4.3 Contrast (minimum) The chart colours come from the national template; we are replacing it. "
                + "1 January 2999", row);
        String text = page.text();
        assertTrue(text.contains("Maps of our sites made before 2020: Redrawing 300 maps would cost more than our yearly website budget. "
                + "We will assess this again by 31 March 2027."), text);
        assertTrue(text.contains("PDF documents published before 23 September 2018"), text);
        assertTrue(text.contains("contact the Equality Commission for Northern Ireland"), text);
    }
}
