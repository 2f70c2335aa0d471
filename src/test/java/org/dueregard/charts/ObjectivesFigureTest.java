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

/** The objectives block: progress worked out from each objective's measure, shown in words and counted. */
class ObjectivesFigureTest {

    @TempDir
    Path folder;

    private static final String SITE = """
            -- content/data/language.yml --
            title: Mothers with no language recorded
            source: Maternity dashboard
            columns:
              - {id: year, label: Year}
              - {id: not_recorded, label: No language recorded, type: percent, unit: "% of births"}
            rows:
              - [2023, 33.0]
              - [2024, 19.9]
            -- content/data/objectives.yml --
            title: Our equality objectives
            source: Board papers
            columns:
              - {id: objective, label: Objective}
              - {id: lead, label: Lead, type: text}
              - {id: measure, label: Measure, type: text}
              - {id: baseline, label: Baseline year, type: text}
              - {id: target, label: Target, type: text}
              - {id: start, label: Start, type: text}
              - {id: due, label: Due date, type: text}
            rows:
              - [Record every mother's language, Director of nursing, language.not_recorded, "2023", "10", "2024-04-01", "2027-03-31"]
              - [Halve it sooner, Director of nursing, language.not_recorded, "2023", "15", "2023-04-01", "2024-06-30"]
              - [Nearly all recorded, Director of nursing, language.not_recorded, "2023", "19.9", "2024-04-01", "2027-03-31"]
              - [Work with partners, Chief executive, ~, ~, ~, ~, Not yet agreed]
            """;

    @Test
    void eachObjectiveGetsItsFiguresAndAStatusInWords() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE + "-- content/index.md --\n---\ntitle: Home\n---\n```objectives\ndata: objectives\nas_of: 2026-01-31\n```\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("Of 4 objectives, 1 is achieved, 1 is on track, 1 is overdue and 1 is not measured.", page.selectFirst(".objectives-summary").text());
        List<String> statuses = page.select("tbody tr td:last-child").eachText().stream().map(t -> t.replace("Status ", "")).toList();
        assertEquals(List.of("On track", "Overdue", "Achieved", "Not measured"), statuses);
        String first = page.select("tbody tr").get(0).text();
        assertTrue(first.contains("33.0% in 2023") && first.contains("10.0%") && first.contains("19.9% in 2024") && first.contains("31 March 2027"), first);
        String notes = page.select(".figure-footer").text();
        assertTrue(notes.contains("Progress as checked on 31 January 2026, from the latest figures."), notes);
        assertTrue(notes.contains("Overdue: the due date has passed and the target has not been reached."), notes);
    }

    @Test
    void aBlockWithoutItsDateOrWithABadMeasureSaysWhatToFix() throws IOException {
        MiniSite noDate = MiniSite.write(folder, SITE + "-- content/index.md --\n---\ntitle: Home\n---\n```objectives\ndata: objectives\n```\n");
        MiniSite.Run run = noDate.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: The objectives block has no as_of: date, the day progress was checked."), run.err());
        MiniSite badMeasure = MiniSite.write(folder, SITE.replace("language.not_recorded, \"2023\", \"10\"", "languages.not_recorded, \"2023\", \"10\"")
                + "-- content/index.md --\n---\ntitle: Home\n---\n```objectives\ndata: objectives\nas_of: 2026-01-31\n```\n");
        MiniSite.Run bad = badMeasure.build();
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("The objective 'Record every mother's language' (content/data/objectives.yml, line 12): there is no dataset called 'languages'."), bad.err());
    }
}
