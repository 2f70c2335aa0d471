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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a real report needs from blocks and computed columns: choosing and ordering rows (a grand total in the table but
 * not the chart), differences of percentages in percentage points everywhere, ratios and percentage change, one
 * number of decimals down a column, and quoting a row count or a text cell.
 */
class PublishedTablesTest {

    @TempDir
    Path folder;

    private static final String SURVEY = """
            -- content/data/survey.yml --
            title: Staff survey results by ethnic group
            source: NHS Staff Survey 2024
            period: 2024
            columns:
              - id: group
                label: Ethnic group
              - id: y2023
                label: "2023"
                type: percent
                unit: "% agreeing"
              - id: y2024
                label: "2024"
                type: percent
                unit: "% agreeing"
              - id: points
                label: Difference
                type: percent
                compute: difference(y2024, y2023)
              - id: change
                label: Change
                compute: change(y2023, y2024)
              - id: likelihood
                label: Relative likelihood
                compute: ratio(y2024, y2023)
            rows:
              - [White, 50, 5.76]
              - [Black, 40.0, 60.4]
              - [Grand total, 48.1, 20.15]
            """;

    private MiniSite site(String page) throws IOException {
        return MiniSite.write(folder, SURVEY + "-- content/index.md --\n---\ntitle: Home\n---\n" + page);
    }

    @Test
    void aDifferenceOfPercentagesIsInPercentagePointsEverywhere() throws IOException {
        MiniSite site = site("""
                Black staff agreed {{ survey.black.points }} than in 2023.

                ```table
                data: survey
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertTrue(page.text().contains("Black staff agreed 20.4 percentage points higher than in 2023."), page.text());
        assertFalse(page.text().contains("20.4%"), "never a percentage");
        assertEquals("Difference (percentage points)", page.select("thead th").get(3).text());
        assertEquals(List.of("-44.2", "20.4", "-28.0"), page.select("tbody tr td:nth-of-type(3)").eachText());
        assertTrue(site.read("survey.csv").contains("Difference (percentage points)"), site.read("survey.csv"));
    }

    @Test
    void ratioAndChangeAreWorkedOutAndDecimalsAreTheSameDownAColumn() throws IOException {
        MiniSite site = site("```table\ndata: survey\n```\n");
        assertEquals(0, site.build().exitCode());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("50.0%", "40.0%", "48.1%"), page.select("tbody tr td:nth-of-type(1)").eachText(), "2023, written 50 and 40.0");
        assertEquals(List.of("5.76%", "60.40%", "20.15%"), page.select("tbody tr td:nth-of-type(2)").eachText());
        assertEquals(List.of("-88.5%", "51.0%", "-58.1%"), page.select("tbody tr td:nth-of-type(4)").eachText(), "change from 2023 to 2024");
        assertEquals(List.of("0.12", "1.51", "0.42"), page.select("tbody tr td:nth-of-type(5)").eachText(), "ratio 2024 / 2023");
    }

    @Test
    void aTableKeepsTheGrandTotalAndTheChartLeavesItOut() throws IOException {
        MiniSite site = site("""
                ```table
                data: survey
                rows: [Grand total, White, Black]
                columns: [y2024]
                ```

                ```chart
                data: survey
                columns: [y2024]
                leave_out: [Grand total]
                title: Black staff agreed more often in 2024
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        List<String> tableRows = page.select(".data-figure tbody th").eachText();
        assertEquals(List.of("Grand total", "White", "Black"), tableRows);
        List<String> chartRows = page.select(".chart-figure tbody th").eachText();
        assertEquals(List.of("White", "Black"), chartRows);
        assertFalse(page.select(".chart-figure .chart-summary").text().contains("Grand total"), page.select(".chart-summary").text());
        assertTrue(site.read("survey.csv").contains("Grand total"), "the download has every row");
    }

    @Test
    void anUnknownRowGetsTheNearestName() throws IOException {
        MiniSite site = site("```table\ndata: survey\nleave_out: [Grand totals]\n```\n");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("The dataset 'survey' has no row 'Grand totals' - did you mean 'Grand total'?"), run.err());
    }

    @Test
    void aRowCountAndATextCellCanBeQuotedAndTextStaysText() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/data/assessments.yml --
                title: Equality impact assessments
                source: Governance team
                columns:
                  - {id: policy, label: Policy}
                  - {id: lead, label: Lead}
                  - {id: actions, label: Actions, type: count}
                rows:
                  - [Recruitment, "Head of [HR](javascript:alert(1)) *people*", 3]
                  - [Estates, Director of estates, 2]
                  - [Procurement, Head of procurement, 1]
                -- content/index.md --
                ---
                title: Home
                ---
                We carried out {{ assessments.count }} assessments. The recruitment review was led by the {{ assessments.recruitment.lead }}.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        String text = page.select("main p").text();
        assertTrue(text.contains("We carried out 3 assessments."), text);
        assertTrue(text.contains("led by the Head of [HR](javascript:alert(1)) *people*."), text);
        assertTrue(page.select("main a[href^=javascript]").isEmpty());
        assertTrue(page.select("main em").isEmpty());
    }
}
