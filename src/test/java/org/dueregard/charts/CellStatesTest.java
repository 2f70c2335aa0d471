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
 * Tables as HR and BI publish them, with cells already hidden: each state (the GSS symbols and bounds) is shown the
 * same way in the table, the CSV, the chart, the alt text, the summary and quotes, and never as a blank or a zero.
 */
class CellStatesTest {

    @TempDir
    Path folder;

    private static final String DATASET = """
            -- content/data/bands.yml --
            title: Staff by ethnic group in each pay band cluster
            source: ESR, 31 March 2024
            period: 31 March 2024
            columns:
              - id: cluster
                label: Pay band cluster
              - id: white
                label: White
                type: percent
                unit: "% of the cluster"
              - id: asian
                label: Asian
                type: percent
                unit: "% of the cluster"
              - id: black
                label: Black
                type: percent
                unit: "% of the cluster"
            rows:
              - [Bands 1 to 4, 80.2, 12.1, "Under 5%"]
              - [Bands 5 to 7, 75.0, 15.3, 6.2]
              - [Bands 8a to 8d, 88.1, <5, [c]]
              - [Bands 9 and VSM, 90.0, "[x]", "[z]"]
              - [Apprentices, 70.0, "*", "[low]"]
            """;

    private MiniSite site(String page) throws IOException {
        return MiniSite.write(folder, DATASET + "-- content/index.md --\n---\ntitle: Home\n---\n" + page);
    }

    @Test
    void eachStateIsItsSymbolInTheTableWithOneNoteForEachSymbolUsed() throws IOException {
        MiniSite site = site("Text.\n\n```table\ndata: bands\n```\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        List<String> black = page.select("tbody tr td:nth-of-type(3)").eachText();
        assertEquals(List.of("<5%", "6.2%", "[c]", "[z]", "[low]"), black);
        List<String> asian = page.select("tbody tr td:nth-of-type(2)").eachText();
        assertEquals(List.of("12.1%", "15.3%", "<5%", "[x]", "[c]"), asian);
        assertEquals(List.of("Source: ESR, 31 March 2024.",
                "[c]: confidential: the source did not publish this figure so that no one can be identified.",
                "<5% means under 5%; the exact figure is not published.",
                "[low]: a low figure that the source did not publish exactly.",
                "[x]: not available.",
                "[z]: not applicable."), page.select(".figure-footer p:not(:has(a))").eachText());
        assertFalse(page.select("tbody").text().contains("not available"), "a symbol, not words, in the cell");
    }

    @Test
    void theCsvHoldsTheSymbolsAndNotesThatExplainThem() throws IOException {
        MiniSite site = site("Text.\n\n```table\ndata: bands\n```\n");
        assertEquals(0, site.build().exitCode());
        String csv = site.read("bands.csv");
        assertTrue(csv.contains("Bands 1 to 4,80.2,12.1,<5%\r\n"), csv);
        assertTrue(csv.contains("Bands 8a to 8d,88.1,<5%,[c]\r\n"), csv);
        assertTrue(csv.contains("Bands 9 and VSM,90.0,[x],[z]\r\n"), csv);
        assertTrue(csv.contains("\r\n\r\nNotes\r\n[c]: confidential"), csv);
        assertTrue(csv.contains("<5% means under 5%; the exact figure is not published.\r\n"), csv);
    }

    @Test
    void aChartMarksEachValueItCannotDrawAndItsWordsNameNoExtremeAHiddenValueCouldContradict() throws IOException {
        MiniSite site = site("""
                Text.

                ```chart
                data: bands
                type: grouped-bar
                series: [white, asian, black]
                title: Most staff in every cluster are White
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        String summary = page.select(".chart-summary").text();
        assertTrue(summary.contains("White: highest for Bands 9 and VSM (90.0%), lowest for Apprentices (70.0%)."), summary);
        assertTrue(summary.contains("Asian: the values shown range from 12.1% to 15.3%."), summary);
        assertFalse(summary.matches("(?s).*Asian: (highest|lowest).*"), summary);
        assertTrue(summary.contains("6 values are not shown: 2 are under 5%, 2 are confidential, 1 is not available, 1 is low figures"), summary);
        assertFalse(page.select(".chart-summary").html().matches("(?s).*[\u25B2\u25BC\u25CF].*"), "words, not symbols");
        String alt = page.selectFirst("img.chart-image").attr("alt");
        assertTrue(alt.length() <= ChartText.ALT_LENGTH, alt);
        assertTrue(alt.endsWith("."), alt);
    }

    @Test
    void theChartPutsTheSymbolWhereTheBarWouldBeInEveryLayout() throws Exception {
        org.dueregard.data.Dataset d = org.dueregard.data.DatasetParser.parse("bands", DATASET.substring(DATASET.indexOf('\n') + 1), "bands.yml");
        for (ChartSpec.Type type : List.of(ChartSpec.Type.GROUPED_BAR, ChartSpec.Type.HORIZONTAL_BAR, ChartSpec.Type.LINE, ChartSpec.Type.STACKED_PERCENT)) {
            ChartSpec spec = new ChartSpec(type, "T", "S", 0, List.of(1, 2, 3), java.util.Optional.empty(), Contrast.ANALYSIS_FUNCTION.subList(0, 3));
            List<ChartRenderer.Mark> marks = ChartRenderer.marks(d, spec);
            if (type == ChartSpec.Type.STACKED_PERCENT) {
                assertEquals(List.of("<5%", "<5%", "[x]", "[c]"), marks.stream().map(ChartRenderer.Mark::text).toList(), "one a bar that cannot be drawn");
            } else {
                assertEquals(List.of("<5%", "[x]", "[c]", "<5%", "[c]", "[z]", "[low]"), marks.stream().map(ChartRenderer.Mark::text).toList());
                assertEquals(new ChartRenderer.Mark("<5%", 0, 2), marks.get(3), "Black, bands 1 to 4: the third bar of the first group");
            }
            for (ChartLayout layout : ChartLayout.values()) {
                String svg = ChartRenderer.draw(d, spec, layout, "T", "A").svg();
                for (ChartRenderer.Mark mark : marks) {
                    // the symbol alone, or followed by its series name
                    String text = ">" + java.util.regex.Pattern.quote(mark.text().replace("<", "&lt;")) + "( [A-Za-z]+)?</text>";
                    long drawn = java.util.regex.Pattern.compile(text).matcher(svg).results().count();
                    long expected = marks.stream().filter(m -> m.text().equals(mark.text())).count();
                    assertEquals(expected, drawn, type + " " + layout + " draws each " + mark.text() + ": " + svg);
                }
            }
        }
    }

    @Test
    void aBoundIsQuotedInWordsAndOtherSymbolsCannotBeQuoted() throws IOException {
        MiniSite ok = site("In bands 1 to 4, Black staff were {{ bands.bands-1-to-4.black }} of the cluster.\n");
        MiniSite.Run run = ok.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Jsoup.parse(ok.read("index.html")).text().contains("Black staff were under 5% of the cluster."));
        MiniSite bad = site("Black staff were {{ bands.bands-8a-to-8d.black }}.\n");
        MiniSite.Run refused = bad.build();
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("content/index.md:4: error: The figure 'bands.bands-8a-to-8d.black' is [c] in the dataset"), refused.err());
    }

    @Test
    void aStarMustBeQuotedAndAmbiguousMarksAreRefused() throws IOException {
        MiniSite star = MiniSite.write(folder, DATASET.replace("\"*\"", "*") + "-- content/index.md --\n---\ntitle: Home\n---\nText.\n");
        MiniSite.Run run = star.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("a * at the start of a value starts a YAML alias"), run.err());
        MiniSite na = MiniSite.write(folder, DATASET.replace("\"*\"", "n/a") + "-- content/index.md --\n---\ntitle: Home\n---\nText.\n");
        MiniSite.Run ambiguous = na.build();
        assertEquals(1, ambiguous.exitCode(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("content/data/bands.yml:24: error: 'n/a' in the column 'asian' could mean 'not available' or 'not applicable'."),
                ambiguous.err());
    }

    @Test
    void aTotalOfAColumnWithValuesTheSourceHidIsRefused() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/data/staff.yml --
                title: Staff
                source: HR
                columns:
                  - {id: group, label: Group}
                  - {id: staff, label: Staff, type: count}
                rows:
                  - [Alpha, 20]
                  - [Beta, "<10"]
                -- content/index.md --
                ---
                title: Home
                ---
                There are {{ staff.total.staff }} staff.
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("The total of 'staff' is not known: 1 of its values is not in the dataset"), run.err());
    }
}
