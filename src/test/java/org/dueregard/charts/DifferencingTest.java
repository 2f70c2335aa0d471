package org.dueregard.charts;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 9: a reader doing arithmetic on what is published (a quoted total, a total column, a percentage)
 * must not get back a hidden number. Each case is a whole site, built as an author would.
 */
class DifferencingTest {

    @TempDir
    Path folder;

    /** Two hidden cells in a column, the column's total quoted: 112 - 50 - 60 = 2, so both were 1. */
    @Test
    void issue10aQuotedTotalOverTwoHiddenCellsThatMustBothBeOne() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                There were {{ staff.total.women }} women.

                ```table
                data: staff
                ```
                -- content/staff.yml --
                title: Staff by team
                source: HR records
                columns: [{id: team}, {id: women, type: count}, {id: men, type: count}]
                rows:
                  - [Alpha, 1, 40]
                  - [Beta, 1, 35]
                  - [Gamma, 50, 30]
                  - [Delta, 60, 20]
                suppression:
                  threshold: 10
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("There were 112 women.", page.selectFirst(".prose p").text());
        // A third count is hidden, so the hidden ones add up to 52 and each could be anything from 1 to 50.
        assertEquals(List.of("[c]", "40", "[c]", "35", "[c]", "30", "60", "20"), page.select("figure td").eachText());
    }

    /** A count column that is the row's total: all 15, men 12, so women 3. */
    @Test
    void issue10bATotalColumnGivesBackTheHiddenPart() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                ```table
                data: teams
                ```
                -- content/teams.yml --
                title: Staff by team
                source: HR records
                columns: [{id: team}, {id: all, type: count}, {id: men, type: count}, {id: women, type: count}]
                rows:
                  - [Alpha, 15, 12, 3]
                  - [Beta, 70, 30, 40]
                  - [Gamma, 90, 45, 45]
                suppression:
                  threshold: 10
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String csv = site.read("teams.csv");
        String alpha = csv.lines().filter(l -> l.startsWith("Alpha,")).findFirst().orElseThrow();
        assertTrue(alpha.split("\\[c]", -1).length - 1 >= 2, "all and men shown would give women back: " + alpha);
    }

    /** A typed percentage with nothing to say what it is out of cannot be protected: the build says so. */
    @Test
    void issue10cAPercentColumnWithoutABaseIsRefusedWithItsLine() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                ```chart
                data: teams
                series: [disabled]
                title: Disabled staff
                ```
                -- content/teams.yml --
                title: Disabled staff by team
                source: HR records
                columns:
                  - id: team
                  - id: staff
                    type: count
                  - id: disabled
                    type: percent
                rows:
                  - [Alpha, 60, 5.0]
                  - [Beta, 80, 20.0]
                suppression:
                  threshold: 10
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/teams.yml:7: error: The percent column 'disabled' does not say what it is a percentage of"),
                run.err());
    }

    /** A total row called "All staff" is the column's total: quoting the total gives it, not twice the sum. */
    @Test
    void aTotalRowIsQuotedAsTheTotalAndProtectsItsColumn() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                We have {{ staff.total.people }} staff.

                ```table
                data: staff
                ```
                -- content/staff.yml --
                title: Staff by team
                source: HR records
                columns: [{id: team}, {id: people, type: count}]
                rows:
                  - [Parks, 4]
                  - [Libraries, 40]
                  - [Leisure, 45]
                  - [All staff, 89]
                suppression:
                  threshold: 10
                  secondary: none
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("We have 89 staff.", page.selectFirst(".prose p").text());
        assertEquals(List.of("[c]", "[c]", "45", "89"), page.select("figure td").eachText(), "89 - 40 - 45 would give Parks away");
    }
}
