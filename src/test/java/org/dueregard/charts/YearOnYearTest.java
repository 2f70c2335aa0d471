package org.dueregard.charts;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Year on year: change columns, "Compared with" sentences, changes quoted in prose, and nothing hidden given away. */
class YearOnYearTest {

    @TempDir
    Path folder;

    private static final String DATA = """
            -- content/data/gaps.yml --
            title: The gender pay gap
            source: Pay gap reports
            columns:
              - {id: year, label: Year}
              - {id: women, label: Women, type: count}
              - {id: median_gap, label: Median gender pay gap, type: percent}
              - {id: pay, label: Median hourly pay, type: currency}
            rows:
              - [2022, 200, 28.4, 24.00]
              - [2023, 250, 27.0, 24.38]
              - [2024, 240, 19.5, 25.60]
            -- content/data/quarters-2023.yml --
            title: Pay quarters 2023
            source: Report 2023
            columns:
              - {id: quarter}
              - {id: women, type: count}
              - {id: women_share, type: percent}
            rows:
              - [Upper, 39, 55.7]
            -- content/data/quarters-2024.yml --
            title: Pay quarters 2024
            source: Report 2024
            columns:
              - {id: quarter}
              - {id: women, type: count}
              - {id: women_share, type: percent}
            rows:
              - [Upper, 50, 57.5]
            """;

    private MiniSite site(String body) throws IOException {
        return MiniSite.write(folder, DATA + "-- content/index.md --\n---\ntitle: Home\n---\n" + body + "\n");
    }

    @Test
    void aChangeColumnIsInPointsForPercentagesInPerCentForCountsAndInPoundsForMoney() throws IOException {
        MiniSite site = site("```table\ndata: gaps\nchange: [women, median_gap, pay]\n```");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        List<String> headings = page.select("thead th").eachText();
        assertEquals(List.of("Year", "Women", "Women: change since the previous year (% change)", "Median gender pay gap",
                "Median gender pay gap: change since the previous year (percentage points)", "Median hourly pay",
                "Median hourly pay: change since the previous year"), headings);
        assertEquals(List.of("2022", "200", "[z]", "28.4%", "[z]", "£24.00", "[z]"), rowText(page, 0));
        assertEquals(List.of("2023", "250", "25.0%", "27.0%", "-1.4", "£24.38", "£0.38"), rowText(page, 1));
        assertEquals(List.of("2024", "240", "-4.0%", "19.5%", "-7.5", "£25.60", "£1.22"), rowText(page, 2));
        List<String> sentences = page.select(".chart-summary p").eachText();
        assertEquals(List.of("Compared with 2023, the number of women in 2024 was 4.0% lower: 240, from 250.",
                "Compared with 2023, the median gender pay gap in 2024 was 7.5 percentage points lower: 19.5%, from 27.0%.",
                "Compared with 2023, the median hourly pay in 2024 was £1.22 higher: £25.60, from £24.38."), sentences);
        assertTrue(page.select(".figure-footer").text().contains("[z]: not applicable."), page.select(".figure-footer").text());
        assertTrue(page.select(".figure-footer").text().contains("Each change is worked out from the figures before they are rounded"));
    }

    @Test
    void aChangeNextToAHiddenFigureIsHiddenTooAndGivesNothingAway() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                ```table
                data: staff
                change: [disabled]
                ```
                -- content/staff.yml --
                title: Disabled staff
                source: ESR
                columns:
                  - {id: year, label: Year}
                  - {id: disabled, label: Disabled staff, type: count}
                  - {id: others, label: Other staff, type: count}
                rows:
                  - [2022, 31, 470]
                  - [2023, 7, 492]
                  - [2024, 23, 480]
                suppression:
                  threshold: 10
                  secondary: none
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        // 2023's 7 is hidden; a change from 31 to it, or from it to 23, would give it back: both are hidden too.
        assertEquals(List.of("2022", "31", "[z]"), rowText(page, 0).subList(0, 3));
        assertEquals(List.of("2023", "[c]", "[c]"), rowText(page, 1).subList(0, 3));
        assertEquals(List.of("2024", "23", "[c]"), rowText(page, 2).subList(0, 3));
        assertEquals("Compared with 2023, the change in disabled staff in 2024 is not shown, because a figure is hidden so that no one can be identified.",
                page.selectFirst(".chart-summary p").text());
        // -77.4% (31 to 7) and 228.6% (7 to 23) are the changes that would reveal it: in no file of the site.
        for (String file : site.outputFiles()) {
            String text = Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1);
            for (String sentinel : List.of("77.4", "228.6", "-24", ">7<")) assertFalse(text.contains(sentinel), sentinel + " leaked into " + file);
        }
    }

    @Test
    void aChangeIsQuotedFromTheYearBeforeOrFromLastYearsDataset() throws IOException {
        MiniSite site = site("""
                The gap was {{ gaps.2024.median_gap.change }} than in 2023. Women were {{ gaps.2024.women.change }} in number.
                The share of women was {{ quarters-2024.upper.women_share.change(quarters-2023) }} than in 2023,
                up from {{ quarters-2023.upper.women_share }}; their number was {{ quarters-2024.upper.women.change(quarters-2023) }}.""");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String text = Jsoup.parse(site.read("index.html")).select("main p").text();
        assertTrue(text.contains("The gap was 7.5 percentage points lower than in 2023. Women were 4.0% lower in number."), text);
        assertTrue(text.contains("The share of women was 1.8 percentage points higher than in 2023, up from 55.7%; their number was 28.2% higher."), text);
    }

    @Test
    void aChangeWithNoEarlierPeriodOrFromAHiddenFigureIsAnErrorWithItsLine() throws IOException {
        MiniSite first = site("Intro.\n\nThe gap was {{ gaps.2022.median_gap.change }}.");
        MiniSite.Run run = first.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/index.md:6: error: '2022' is the first row of 'gaps', so there is no earlier period to compare it with."), run.err());

        MiniSite hidden = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                It changed by {{ staff.2024.disabled.change }}.
                -- content/staff.yml --
                title: Disabled staff
                source: ESR
                columns:
                  - {id: year}
                  - {id: disabled, type: count}
                rows:
                  - [2023, 7]
                  - [2024, 23]
                suppression:
                  threshold: 10
                  secondary: none
                """);
        MiniSite.Run refused = hidden.build();
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("content/index.md:4: error: The change 'staff.2024.disabled.change' cannot be quoted: a figure it is worked out from is hidden"),
                refused.err());
        // 7 to 23 is 228.6% more: the figure the change would give away (not "228" alone, which a temporary folder's name can hold).
        assertFalse(refused.err().contains("228.6") || refused.err().contains("16 more"), refused.err());
    }

    @Test
    void aChangeOfAColumnThatIsNotThereIsAnErrorThatNamesTheColumns() throws IOException {
        MiniSite site = site("```table\ndata: gaps\nchange: [median_gapp]\n```");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("change: names 'median_gapp', which is not a number column of 'gaps' - did you mean 'median_gap'?"), run.err());
    }

    @Test
    void aMissingYearStopsAChangeSinceThePreviousYearAndSaysWhichYear() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA.replace("  - [2023, 250, 27.0, 24.38]\n", "")
                + "-- content/index.md --\n---\ntitle: Home\n---\n```table\ndata: gaps\nchange: [median_gap]\n```\n\nIt was {{ gaps.2024.median_gap.change }}.\n");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/index.md:4: error: No change since the previous year can be shown: the dataset 'gaps' has no row for 2023, "
                + "between 2022 and 2024 (line 10 of content/data/gaps.yml)."), run.err());
        assertTrue(run.err().contains("content/index.md:9: error: No change since the previous year can be quoted: the dataset 'gaps' has no row for 2023"), run.err());
        assertTrue(run.err().contains("write ~ for a figure that is not known"), run.err());
    }

    @Test
    void aYearWithNoFigureShowsNotAvailableBesideIt() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA.replace("[2023, 250, 27.0, 24.38]", "[2023, 250, ~, 24.38]")
                + "-- content/index.md --\n---\ntitle: Home\n---\n```table\ndata: gaps\nchange: [median_gap]\n```\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("2023", "250", "[x]", "[x]"), rowText(page, 1).subList(0, 4));
        assertEquals(List.of("2024", "240", "19.5%", "[x]"), rowText(page, 2).subList(0, 4));
        assertEquals("Compared with 2023, the change in median gender pay gap in 2024 is not known, as a figure is not available.",
                page.selectFirst(".chart-summary p").text());
    }

    private static List<String> rowText(Document page, int row) {
        Element tr = page.select("tbody tr").get(row);
        return tr.children().stream().map(cell -> cell.ownText().isEmpty() ? cell.text() : cell.ownText()).toList();
    }
}
