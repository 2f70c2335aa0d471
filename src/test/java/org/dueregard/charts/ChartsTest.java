package org.dueregard.charts;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chart blocks: the accessible figure around the SVG, the checks on the chart's settings, and the cache. */
class ChartsTest {

    @TempDir
    Path folder;

    private static final String DATA = """
            -- content/data/quarters.yml --
            title: Staff in each pay quarter
            description: Women and men in each quarter of hourly pay, 31 March 2024
            source: Gender pay gap report 2024
            period: 31 March 2024
            columns:
              - id: quarter
                label: Pay quarter
              - id: women
                type: count
              - id: men
                type: count
            rows:
              - [Lower, 57, 10]
              - [Lower middle, 61, 12]
              - [Upper middle, 60, 18]
              - [Upper, 50, 37]
            -- content/data/gap.yml --
            title: Median gender pay gap
            source: Gender pay gap reports
            columns:
              - id: year
              - id: gap
                label: Median gap
                type: percent
            rows:
              - [2023, 27.0]
              - [2024, 19.5]
            """;

    private MiniSite site(String body) throws IOException {
        return MiniSite.write(folder, DATA + "-- content/index.md --\n---\ntitle: Charts\n---\n" + body);
    }

    @Test
    void aChartIsAFigureWithHeadlineAltTextSummaryTableAndCsv() throws IOException {
        MiniSite site = site("""
                ```chart
                data: quarters
                type: stacked-percent
                title: Women are most of the staff in every pay quarter
                ```

                ```chart
                data: gap
                type: line
                title: The median gap fell
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        Element figure = page.selectFirst("figure.chart-figure");
        assertEquals("Women are most of the staff in every pay quarter", figure.selectFirst(".chart-title").text());
        assertEquals("Women and men in each quarter of hourly pay, 31 March 2024", figure.selectFirst(".chart-subtitle").text());
        Element img = figure.selectFirst("picture > img");
        assertEquals("/quarters-chart-1.svg", img.attr("src"));
        Element narrow = figure.selectFirst("picture > source");
        assertEquals("(max-width: 40em)", narrow.attr("media"));
        assertEquals("/quarters-chart-1-narrow.svg", narrow.attr("srcset"));
        assertEquals("320", narrow.attr("width"));
        assertEquals(figure, figure.selectFirst("picture").parent(), "a chart that fits the screen is in no box to tab to");
        assertEquals("Stacked bar chart showing women are between 57.5% (Upper) and 85.1% (Lower) of each pay quarter.", img.attr("alt"));
        assertTrue(img.attr("alt").length() <= 140, "about 125 characters: " + img.attr("alt").length());
        assertEquals(List.of("Women (share of each pay quarter): highest for Lower (85.1%), lowest for Upper (57.5%).",
                "Men (share of each pay quarter): highest for Upper (42.5%), lowest for Lower (14.9%)."), figure.select(".chart-summary p").eachText());
        assertEquals("Show the data as a table", figure.selectFirst("details summary").text());
        assertEquals(List.of("57", "10", "61", "12", "60", "18", "50", "37"), figure.select("details td").eachText());
        assertTrue(figure.selectFirst("a.figure-download").text().matches("Download the data: Staff in each pay quarter \\(CSV, \\d+ bytes\\)"));

        String line = page.select("figure.chart-figure img").get(1).attr("alt");
        assertEquals("Line chart showing median gap fell from 27.0% in 2023 to 19.5% in 2024.", line);
        assertEquals("Median gap fell from 27.0% in 2023 to 19.5% in 2024.", page.select("figure.chart-figure").get(1).selectFirst(".chart-summary p").text());

        String svg = site.read("quarters-chart-1.svg");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 " + img.attr("height") + "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">"), svg.substring(0, 200));
        assertTrue(site.read("quarters-chart-1-narrow.svg").startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 " + narrow.attr("height") + "\""));
        assertTrue(svg.contains("<title id=\"chart-title\">Women are most of the staff in every pay quarter</title>"));
        assertTrue(svg.contains("<desc id=\"chart-desc\">Stacked bar chart showing"));
        assertFalse(svg.contains("width=\"720px\""), "no fixed size: it scales with the page");
        assertTrue(svg.contains("fill=\"#12436d\"") || svg.toLowerCase().contains("#12436d") || svg.contains("rgb(18,67,109)"), "the palette's first colour");
    }

    @Test
    void horizontalBarsAndPyramidsAreDrawnWithRealTextAndDirectLabels() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA + """
                -- content/data/age.yml --
                title: Population by age and sex
                source: Census 2021
                columns:
                  - id: age
                  - {id: men, label: Men, type: percent}
                  - {id: women, label: Women, type: percent}
                rows:
                  - [0 to 15, 9.3, 8.9]
                  - [16 to 64, 31.0, 30.9]
                  - [65 and over, 9.8, 11.4]
                -- content/index.md --
                ---
                title: Charts
                ---
                ```chart
                data: age
                type: pyramid
                series: [men, women]
                title: Most people are of working age
                ```

                ```chart
                data: quarters
                type: horizontal-bar
                title: Most staff in every pay quarter are women
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("Population pyramid showing men and women by age; the largest group is 16 to 64 (31.0% and 30.9%).",
                page.select("figure img").get(0).attr("alt"));
        String pyramid = site.read("age-chart-1.svg");
        assertTrue(pyramid.contains(">65 and over</text>") && pyramid.contains(">11.4%</text>") && pyramid.contains(">Women</text>"), pyramid);
        assertTrue(pyramid.indexOf(">65 and over<") < pyramid.indexOf(">0 to 15<"), "oldest at the top");
        String bars = site.read("quarters-chart-2.svg");
        assertTrue(bars.contains(">57 Women</text>") && bars.contains(">37 Men</text>"), "each bar says its series, not only its colour");
        assertEquals("Bar chart showing women: highest for Lower middle (61) and lowest for Upper (50).", page.select("figure img").get(1).attr("alt"));

        MiniSite.Run one = MiniSite.write(folder, "-- content/index.md --\n---\ntitle: C\n---\n```chart\ndata: age\ntype: pyramid\nseries: [men]\ntitle: T\n```\n").build();
        assertTrue(one.err().contains("A population pyramid needs exactly two series (for example men and women); this one has 1."), one.err());
    }

    @Test
    void chartsAreDeterministicAndDrawnOncePerContent() throws IOException {
        MiniSite site = site("```chart\ndata: quarters\ntype: grouped-bar\ntitle: More men in the upper quarter\n```\n");
        assertEquals(0, site.build().exitCode());
        String first = site.read("quarters-chart-1.svg");
        Path cache = folder.resolve(".dueregard/charts");
        assertEquals(2, Files.list(cache).count(), "a wide and a narrow drawing");
        Path wide = Files.list(cache).filter(p -> !p.toString().endsWith("-narrow.svg")).findFirst().orElseThrow();
        Files.writeString(wide, first.replace("More men", "Cached"));
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("quarters-chart-1.svg").contains("Cached"), "an unchanged chart comes from the cache, not drawn again");
        Files.walk(cache).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertEquals(0, site.build().exitCode());
        assertEquals(first, site.read("quarters-chart-1.svg"), "drawing it again gives the same bytes");
    }

    @Test
    void mistakesInChartBlocksAreErrorsWithTheLine() throws IOException {
        MiniSite.Run pie = site("Intro.\n\n```chart\ndata: quarters\ntype: pie\ntitle: Quarters\n```\n").build();
        assertEquals(1, pie.exitCode());
        assertTrue(pie.err().contains("content/index.md:6: error: A pie chart can show 2 or 3 parts of one whole; this one would have 4 slices."), pie.err());
        assertTrue(pie.err().contains("Use type: bar"), pie.err());

        MiniSite.Run column = site("```chart\ndata: quarters\nseries: [women, mne]\ntitle: Q\n```\n").build();
        assertTrue(column.err().contains("content/index.md:4: error: The chart names the column 'mne', which is not a number column of 'quarters' - did you mean 'men'?"), column.err());

        MiniSite.Run colours = site("```chart\ndata: quarters\ntitle: Q\ncolours: ['#12436D', '#1D4F7F']\n```\n").build();
        assertTrue(colours.err().contains("The neighbouring colours #12436D and #1D4F7F have a contrast of 1.2:1; neighbouring marks need 3:1"), colours.err());

        MiniSite.Run pale = site("```chart\ndata: quarters\ntitle: Q\ncolours: ['#FFDD00', '#12436D']\n```\n").build();
        assertTrue(pale.err().contains("The colour #FFDD00 has a contrast of 1.3:1 with the white background; chart marks need 3:1."), pale.err());

        MiniSite.Run noTitle = site("```chart\ndata: quarters\n```\n").build();
        assertTrue(noTitle.err().contains("The chart block has no 'title'."), noTitle.err());
    }

    @Test
    void oddButValidDataGivesPlainTextNotACrash() throws IOException {
        MiniSite.Run fewColours = site("```chart\ndata: quarters\ntitle: Q\ncolours: ['#12436D']\n```\n").build();
        assertEquals(1, fewColours.exitCode());
        assertTrue(fewColours.err().contains("content/index.md:4: error: The chart lists 1 colour for 2 series."), fewColours.err());

        MiniSite zeros = MiniSite.write(folder.resolve("zeros"), """
                -- content/data/none.yml --
                title: Staff complaints by outcome
                source: Complaints log
                columns: [{id: outcome}, {id: complaints, type: count}]
                rows:
                  - [Upheld, 0]
                  - [Not upheld, 0]
                -- content/data/partial.yml --
                title: Staff by sex
                source: HR records
                columns: [{id: team}, {id: women, type: count}, {id: men, type: count}]
                rows:
                  - [Parks, 12, ~]
                  - [Libraries, ~, 14]
                -- content/index.md --
                ---
                title: Edge cases
                ---
                ```chart
                data: none
                type: pie
                title: No complaints this year
                ```

                ```chart
                data: partial
                type: stacked-percent
                title: Staff by sex
                ```
                """);
        MiniSite.Run refused = zeros.build();
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("content/index.md:4: error: A pie chart needs a whole to share out, but the shown values of 'complaints' add up to nothing"),
                refused.err());
        zeros.writeFile("content/index.md", "---\ntitle: Edge cases\n---\n```chart\ndata: partial\ntype: stacked-percent\ntitle: Staff by sex\n```\n");
        MiniSite.Run run = zeros.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(zeros.read("index.html"));
        assertEquals(List.of("Stacked bar chart of staff by sex; there are no shares to describe, as the values are hidden, missing or zero."),
                page.select("figure img").eachAttr("alt"));
        for (String file : zeros.outputFiles()) {
            if (file.endsWith(".svg")) assertFalse(zeros.read(file).contains("NaN"), file);
        }
    }

    @Test
    void oddFigureReferencesAndNumbersAreReportedWithTheLine() throws IOException {
        MiniSite dot = MiniSite.write(folder.resolve("dot"), "-- content/index.md --\n---\ntitle: Dot\n---\nSee {{ . }} here.\n");
        MiniSite.Run run = dot.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/index.md:4: error: '.' names no dataset."), run.err());

        MiniSite empty = MiniSite.write(folder.resolve("empty"), """
                -- content/data/empty.yml --
                title: Empty
                source: Nowhere
                columns: [{id: group}, {id: count, type: count}]
                rows: []
                -- content/index.md --
                ---
                title: Home
                ---
                Hello.
                """);
        assertTrue(empty.build().err().contains("content/data/empty.yml:4: error: The dataset has no rows."));

        MiniSite hex = MiniSite.write(folder.resolve("hex"), """
                -- content/data/hex.yml --
                title: Hex
                source: Nowhere
                columns: [{id: group}, {id: count, type: count}]
                rows:
                  - [A, 0x1F]
                  - [B, .inf]
                -- content/index.md --
                ---
                title: Home
                ---
                Hello.
                """);
        MiniSite.Run hexRun = hex.build();
        assertEquals(1, hexRun.exitCode());
        assertTrue(hexRun.err().contains("content/data/hex.yml:5: error: '0x1F' in the column 'count' is not a number."), hexRun.err());
        assertTrue(hexRun.err().contains("content/data/hex.yml:6: error: '.inf' in the column 'count' is not a number."), hexRun.err());
        assertFalse(hexRun.err().contains("Exception"), hexRun.err());
    }
}
