package org.dueregard.duty;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The equality duty's calendar: what is due, overdue or missing, pages past review, and characteristics covered. */
class DutyCalendarTest {

    @TempDir
    Path folder;

    private MiniSite site(String duty, String pages) throws IOException {
        return MiniSite.write(folder, """
                -- dueregard.yml --
                title: Test equality site
                organisation: Anytown Council
                base_url: https://example.org/
                duty:
                """ + duty + """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/staff.yml --
                title: Staff by sex
                source: HR
                characteristics: [sex, ethnicity]
                columns:
                  - {id: group, label: Group}
                  - {id: staff, label: Staff, type: count}
                rows:
                  - [Women, 200]
                  - [Men, 120]
                """ + pages);
    }

    private static final String PAGES = """
            -- content/report.md --
            ---
            title: Equality report
            date: 2025-03-31
            duty: [equality-information]
            ---
            Text.
            -- content/objectives.md --
            ---
            title: Equality objectives
            date: 2021-03-31
            duty: [equality-objectives]
            ---
            Text.
            -- content/pay.md --
            ---
            title: Gender pay gap 2024
            date: 2025-03-20
            duty: [gender-pay-gap]
            ---
            Text.
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            date: 2025-09-01
            review_by: 2025-06-01
            layout: statement
            ---
            Text.
            """;

    @Test
    void theCalendarSaysWhatIsInDateDueSoonOverdueAndPastReview() throws IOException {
        MiniSite site = site("  kind: council\n  employees: 320\n  as_of: 2026-01-15\n", PAGES);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.contains("The equality duty for Anytown Council (council in England, 320 employees), on 15 January 2026:"), out);
        assertTrue(out.contains("- Due soon: Equality information was last published on 31 March 2025; it is due by 31 March 2026."), out);
        assertTrue(out.contains("- Overdue: Equality objectives were last published on 31 March 2021; they were due by 31 March 2025."), out);
        assertTrue(out.contains("- Due soon: Gender pay gap report was last published on 20 March 2025; it is due by 30 March 2026."), out);
        assertTrue(out.contains("- In date: Accessibility statement was last reviewed on 1 September 2025; it is next due by 1 September 2026."), out);
        assertTrue(out.contains("- Review overdue: content/accessibility.md ('Accessibility statement') was due for review on 1 June 2025."), out);
        assertTrue(out.contains("Protected characteristics that the published datasets describe: race, sex."), out);
        assertTrue(run.err().contains("content/objectives.md: warning: Equality objectives were last published on 31 March 2021; they were due by 31 March 2025."), run.err());
        assertTrue(run.err().contains("content/accessibility.md: warning: The page 'Accessibility statement' was due for review on 1 June 2025."), run.err());
    }

    @Test
    void aPayGapReportForTheLatestSnapshotIsOverdueUntilItIsPublished() throws IOException {
        MiniSite site = site("  employees: 300\n  as_of: 2026-04-15\n", PAGES);
        MiniSite.Run run = site.build();
        assertTrue(run.out().contains("- Overdue: Gender pay gap report was last published on 20 March 2025; it was due by 30 March 2026."), run.out());
    }

    @Test
    void aSmallBodyOwesNoPayGapAndMissingPublicationsAreNamed() throws IOException {
        MiniSite site = site("  employees: 120\n  as_of: 2026-01-15\n", "");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.out().contains("Gender pay gap report"), run.out());
        assertTrue(run.out().contains("- Missing: Equality information has not been published on this site."), run.out());
        assertTrue(run.out().contains("With fewer than 150 employees, information about staff is not required"), run.out());
        assertTrue(run.err().contains("dueregard.yml:4: warning: Equality objectives have not been published on this site."), run.err());
        assertTrue(run.err().contains("fix: Publish it, and say so in its front matter: duty: [equality-objectives]"), run.err());
    }

    @Test
    void aStrictSiteStopsOnAnythingOverdue() throws IOException {
        MiniSite site = site("  employees: 320\n  as_of: 2026-01-15\n  strict: true\n", PAGES);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/objectives.md: error: Equality objectives were last published on 31 March 2021"), run.err());
    }

    @Test
    void theDutyCommandPrintsTheCalendarAlone() throws IOException {
        site("  employees: 320\n  as_of: 2026-01-15\n", PAGES);
        MiniSite.Run run = MiniSite.run("duty", "--source", folder.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("The equality duty for Anytown Council"), run.out());
        assertFalse(run.out().contains("Built "), run.out());
    }

    @Test
    void mistakesInTheSettingsAndPagesAreNamed() throws IOException {
        MiniSite wales = site("  employees: 320\n  nation: wales\n", "");
        assertTrue(wales.build().err().contains("dueregard.yml:6: error: The duty's calendar knows the rules for England only, not 'wales'."));
        MiniSite noCount = site("  kind: council\n", "");
        assertTrue(noCount.build().err().contains("dueregard.yml:5: error: The duty settings do not say how many people the body employs."));
        MiniSite badPage = site("  employees: 320\n", "-- content/x.md --\n---\ntitle: X\nduty: [equality-objective]\n---\nText.\n");
        assertTrue(badPage.build().err().contains("content/x.md:3: error: 'equality-objective' is not a publication the equality duty asks for"
                + " - did you mean 'equality-objectives'?"), badPage.build().err());
    }

    @Test
    void aDatasetNamesOnlyTheNineCharacteristics() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/staff.yml --
                title: Staff
                source: HR
                characteristics: [sex, disabilty]
                columns:
                  - {id: group, label: Group}
                  - {id: staff, label: Staff, type: count}
                rows:
                  - [Women, 200]
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/staff.yml:3: error: 'disabilty' is not one of the nine protected characteristics - did you mean 'disability'?"),
                run.err());
    }

    @Test
    void theDutyCommandWritesAPageForTheTeam() throws IOException {
        site("  employees: 320\n  as_of: 2026-01-15\n", PAGES);
        Path page = folder.resolve("team/duty.html");
        MiniSite.Run run = MiniSite.run("duty", "--source", folder.toString(), "--html", page.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("The calendar as a page for the team: " + page), run.out());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Files.readString(page));
        assertEquals("The equality duty for Anytown Council", html.select("h1").text());
        org.jsoup.select.Elements objectives = html.select("tr:has(th:contains(Equality objectives)) td");
        assertEquals("Overdue", objectives.get(0).text());
        assertEquals("31 March 2021", objectives.get(1).text());
        assertEquals("31 March 2025", objectives.get(2).text());
        assertEquals("content/objectives.md", objectives.get(3).text());
        assertTrue(html.select("li").text().contains("Accessibility statement (content/accessibility.md): due for review on 1 June 2025"),
                html.select("main").text());
        assertFalse(Files.exists(folder.resolve("site/duty.html")), "the team's page is not published");
    }
}
