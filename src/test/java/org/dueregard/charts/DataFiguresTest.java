package org.dueregard.charts;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** Datasets in pages: tables, figures quoted in sentences, CSV downloads, and suppression that nothing leaks. */
class DataFiguresTest {

    @TempDir
    Path folder;

    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/reports/pay.md --
            ---
            title: Pay quarters
            ---
            In the lower quarter, {{ pay-quarters-2023.lower.women }} of {{ pay-quarters-2023.total.women }} women worked.

            ```table
            data: pay-quarters-2023
            ```
            -- content/reports/data/pay-quarters-2023.yml --
            title: Staff in each pay quarter
            source: Payroll, 31 March 2023
            period: 31 March 2023
            columns:
              - id: quarter
                label: Pay quarter
              - id: women
                type: count
                unit: people
              - id: men
                type: count
                unit: people
              - id: pay
                label: Median pay
                type: currency
            rows:
              - [Lower, 1062, 13, 12.5]
              - [Lower middle, 51, 10, 16.25]
            """;

    @Test
    void aTableBlockBecomesAnAccessibleFigureWithACsv() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("In the lower quarter, 1,062 of 1,113 women worked.", page.selectFirst(".prose p").text());
        assertEquals("Staff in each pay quarter, 31 March 2023", page.selectFirst("figure caption").text());
        assertEquals(List.of("Pay quarter", "Women (people)", "Men (people)", "Median pay"), page.select("figure thead th").eachText());
        assertEquals(List.of("Lower", "Lower middle"), page.select("figure tbody th[scope=row]").eachText());
        assertEquals(List.of("1,062", "13", "£12.50", "51", "10", "£16.25"), page.select("figure td.numeric").eachText());
        assertEquals("Source: Payroll, 31 March 2023.", page.selectFirst(".figure-footer p").text());
        var download = page.selectFirst("a.figure-download");
        assertEquals("/reports/pay/pay-quarters-2023.csv", download.attr("href"));
        String csv = site.read("reports/pay/pay-quarters-2023.csv");
        assertEquals("\uFEFFPay quarter,Women (people),Men (people),Median pay\r\nLower,1062,13,12.50\r\nLower middle,51,10,16.25\r\n", csv);
        int bytes = csv.getBytes(StandardCharsets.UTF_8).length;
        assertEquals("Download the data: Staff in each pay quarter (CSV, " + bytes + " bytes)", download.text());
        assertFalse(site.exists("reports/data/pay-quarters-2023.yml"), "the YAML itself is never published");
    }

    @Test
    void aTotalThatWouldRevealOneHiddenNumberIsRefused() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                All respondents: {{ survey.total.respondents }}.
                -- content/survey.yml --
                title: Survey
                source: Staff survey
                columns: [{id: group}, {id: respondents, type: count}]
                rows:
                  - [Christian, 120]
                  - [No religion, 90]
                  - [Sikh, 6]
                suppression: {threshold: 10, secondary: none}
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/index.md:4: error: The total of 'respondents' cannot be quoted"), run.err());
    }

    /** A guide shows references as examples: inside code they are left as written. */
    @Test
    void referencesInCodeAreShownAsWritten() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("```table\ndata: pay-quarters-2023\n```",
                "Write `{{ no-such.dataset.here }}` in a sentence, or a block:\n\n````markdown\n{{ nor.this.one }}\n```chart\ndata: missing\n```\n````"));
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("{{ no-such.dataset.here }}", page.selectFirst("p code").text());
        assertTrue(page.selectFirst("pre code").text().contains("{{ nor.this.one }}"));
        assertTrue(page.selectFirst(".prose p").text().contains("1,062"), "references outside code are still replaced");
    }

    @Test
    void mistakesInFiguresAndBlocksNameTheLine() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("{{ pay-quarters-2023.lower.women }}", "{{ pay-quartres-2023.lower.women }}")
                .replace("{{ pay-quarters-2023.total.women }}", "{{ pay-quarters-2023.lowest.women }}")
                .replace("data: pay-quarters-2023\n```", "data: pay-quarters-2023\ncolumns: [quarter, wmen]\n```"));
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/reports/pay.md:4: error: There is no dataset called 'pay-quartres-2023' - did you mean 'pay-quarters-2023'?"), run.err());
        assertTrue(run.err().contains("content/reports/pay.md:4: error: The dataset 'pay-quarters-2023' has no row 'lowest' - did you mean 'lower'?"), run.err());
        assertTrue(run.err().contains("content/reports/pay.md:6: error: The dataset 'pay-quarters-2023' has no column 'wmen' - did you mean 'men'?"), run.err());
    }

    @Test
    void aBadDatasetStopsTheBuildWithItsFileAndLine() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("  - [Lower middle, 51, 10, 16.25]", "  - [Lower middle, 51, 10]"));
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/reports/data/pay-quarters-2023.yml:18: error: This row has 3 values but there are 4 columns"), run.err());
    }

    /**
     * Unique sentinel numbers planted in cells that must be hidden: none may appear in any file of the built site
     * (HTML, CSV, anything), and quoting one in a sentence is an error.
     */
    @Test
    void suppressedValuesReachNoOutputFile() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Births to Black mothers: {{ births.black.births }}. Stillbirths overall: {{ births.total.stillbirths }}.

                ```table
                data: births
                ```

                ```chart
                data: births
                type: horizontal-bar
                series: [stillbirths, share]
                title: Stillbirths by ethnic group
                ```

                ```chart
                data: births
                type: grouped-bar
                series: [births, stillbirths]
                title: Births and stillbirths by ethnic group
                ```
                """ + org.dueregard.testing.Fixtures.SUPPRESSED_BIRTHS);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        // Every stillbirth count is under 10, so every one of them and every share is hidden: not in the page, the
        // table, the CSV, the charts' SVG, their alt text or their summaries.
        List<String> sentinels = List.of("41.37", "36.19", "22.43", "41.4", "36.2", "22.4");
        assertTrue(site.outputFiles().stream().filter(f -> f.endsWith(".svg") && !f.startsWith("assets/")).count() >= 2, site.outputFiles().toString());
        for (String file : site.outputFiles()) {
            String text = Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1);
            for (String sentinel : sentinels) {
                // Chart coordinates have one decimal place, so "41.4" can be a coordinate there by chance;
                // the two-decimal sentinels cannot. The invariance test below covers the drawings fully.
                if (file.endsWith(".svg") && sentinel.length() < 5) continue;
                assertFalse(text.contains(sentinel), sentinel + " leaked into " + file);
            }
        }
        Document page = Jsoup.parse(site.read("index.html"));
        assertTrue(page.selectFirst(".figure-footer").text().contains("[c]: Numbers from 1 to 9 are shown as [c]"));
        assertEquals(List.of("6,173", "[c]", "[c]", "2,917", "[c]", "[c]", "4,183", "[c]", "[c]"), page.select("figure.data-figure td").eachText());
        assertTrue(page.select(".chart-summary").text().contains("hidden so that no one can be identified"), page.select(".chart-summary").text());
        for (org.jsoup.nodes.Element img : page.select("figure img")) {
            for (String count : List.of(" 8", " 7", " 5")) assertFalse(img.attr("alt").contains(count + " "), img.attr("alt"));
        }
        assertTrue(site.read("births.csv").contains("Black,4183,[c],[c]"));
        assertEquals("Births to Black mothers: 4,183. Stillbirths overall: 20.", page.selectFirst(".prose p").text());

        // The strongest check: change every hidden value (still hidden, same total) and nothing published may change.
        java.util.Map<String, byte[]> before = new java.util.TreeMap<>();
        for (String file : site.outputFiles()) before.put(file, Files.readAllBytes(site.output().resolve(file)));
        String yaml = Files.readString(folder.resolve("content/births.yml"));
        site.writeFile("content/births.yml", yaml.replace("6173, 8, 41.37", "6173, 6, 12.34").replace("2917, 7, 36.19", "2917, 9, 56.78")
                .replace("4183, 5, 22.43", "4183, 5, 30.88"));
        org.apache.commons.io.FileUtils.deleteDirectory(folder.resolve(".dueregard").toFile()); // draw the charts again
        assertEquals(0, site.build().exitCode());
        for (String file : site.outputFiles()) {
            assertTrue(java.util.Arrays.equals(before.get(file), Files.readAllBytes(site.output().resolve(file))), file + " changed when only hidden values did");
        }

        site.writeFile("content/index.md", "---\ntitle: Home\n---\nBlack stillbirths: {{ births.black.stillbirths }}.\n");
        MiniSite.Run quoted = site.build();
        assertEquals(1, quoted.exitCode());
        assertTrue(quoted.err().contains("content/index.md:4: error: The figure 'births.black.stillbirths' is hidden because it is a small number"), quoted.err());
    }

    @Test
    void aTitleAndSummaryCanQuoteFiguresToo() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/data/staff.yml --
                title: Staff by team
                source: HR records
                columns: [{id: team}, {id: women, type: count}, {id: men, type: count}]
                rows:
                  - [Parks, 12, 3]
                  - [Libraries, 40, 14]
                suppression:
                  threshold: 10
                  secondary: none
                -- content/index.md --
                ---
                title: Home
                ---
                See [the report](report.md).
                -- content/report.md --
                ---
                title: "{{ staff.libraries.women }} women work in libraries"
                summary: Parks has {{ staff.parks.women }} women.
                ---
                Text.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document report = Jsoup.parse(site.read("report/index.html"));
        assertEquals("40 women work in libraries", report.selectFirst("h1").text());
        assertEquals("Parks has 12 women.", report.selectFirst("meta[name=description]").attr("content"));
        assertEquals("40 women work in libraries - Test", report.title().replaceAll(" - .*", " - Test"));

        site.writeFile("content/report.md", "---\ntitle: Report\nsummary: Parks has {{ staff.parks.men }} men.\n---\nText.\n");
        MiniSite.Run hidden = site.build();
        assertEquals(1, hidden.exitCode());
        assertTrue(hidden.err().contains("content/report.md:3: error: The figure 'staff.parks.men' is hidden because it is a small number"), hidden.err());
    }

    @Test
    void aRowCalledTotalIsQuotedAsWritten() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/data/staff.yml --
                title: Staff by team
                source: HR records
                columns: [{id: team}, {id: people, type: count}]
                rows:
                  - [Parks, 12]
                  - [Libraries, 40]
                  - [Total, 52]
                -- content/index.md --
                ---
                title: Home
                ---
                We have {{ staff.total.people }} staff.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("We have 52 staff.", Jsoup.parse(site.read("index.html")).selectFirst(".prose p").text(), "not 104, the sum with the total row");
    }
}
