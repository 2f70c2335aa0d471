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

/**
 * A gender pay gap worked out from pay records. Nine people (an odd number), two on £15 straddling a quarter
 * boundary, bonuses. Worked by hand:
 * men 10, 12, 20, 30 (mean 18, median 16); women 10, 10, 15, 15, 23.4567 (mean 14.69134, median 15);
 * mean gap 18.38% (18.4%), median gap 6.25% (6.3%); quarters of 3, 2, 2, 2; bonuses: men 200 and 300 (2 of 4,
 * 50%), women 50 and 100 (2 of 5, 40%), mean and median bonus gaps 70%.
 */
class PayGapRecordsTest {

    @TempDir
    Path folder;

    @Test
    void theSixMeasuresFromRecordsAndTheRecordsStayPrivate() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/pay/gpg-2024.yml --
                kind: pay-gap
                title: Gender pay gap 2024
                source: Payroll, 31 March 2024
                period: 31 March 2024
                records: pay-records-2024.csv
                -- content/pay/pay-records-2024.csv --
                sex,hourly_pay,bonus
                M,10.00,0
                F,10.00,50
                F,10.00,0
                M,12.00,0
                F,15.00,0
                F,15.00,100
                M,20.00,200
                F,23.4567,0
                M,30.00,300
                -- content/index.md --
                ---
                title: Pay gap
                ---
                Mean gap {{ gpg-2024.mean-hourly-pay.gap }}, median gap {{ gpg-2024.median-hourly-pay.gap }}.
                Bonus: mean gap {{ gpg-2024.mean-bonus-pay.gap }}, median gap {{ gpg-2024.median-bonus-pay.gap }};
                paid a bonus: men {{ gpg-2024-bonus.men.paid_bonus }}, women {{ gpg-2024-bonus.women.paid_bonus }}.

                ```table
                data: gpg-2024-quarters
                ```

                ```table
                data: gpg-2024
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("Mean gap 18.4%, median gap 6.3%. Bonus: mean gap 70.0%, median gap 70.0%; paid a bonus: men 50.0%, women 40.0%.",
                page.selectFirst(".prose p").text());
        assertEquals(List.of("2", "1", "66.7%", "33.3%", "1", "1", "50.0%", "50.0%", "1", "1", "50.0%", "50.0%", "1", "1", "50.0%", "50.0%"),
                page.select("figure").get(0).select("td").eachText());
        // 4 men and 5 women: groups under 10, so their pay in pounds is not shown; the gaps are.
        assertEquals(List.of("[c]", "[c]", "18.4%", "[c]", "[c]", "6.3%", "[c]", "[c]", "70.0%", "[c]", "[c]", "70.0%"),
                page.select("figure").get(1).select("td").eachText());
        assertFalse(site.exists("pay/pay-records-2024.csv"), "the records are never published");
        for (String file : site.outputFiles()) {
            String text = Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("23.4567") || text.contains("23.46"), "one person's pay leaked into " + file);
        }
    }

    @Test
    void badRecordsAreReportedWithTheirLine() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/gpg.yml --
                kind: pay-gap
                title: Gender pay gap
                source: Payroll
                records: records.csv
                -- content/records.csv --
                sex,hourly_pay,bonus
                M,10,0
                X,12,0
                F,ten,0
                -- content/index.md --
                ---
                title: Home
                ---
                """);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/records.csv:3: error: This pay record cannot be read: 'X,12,0'."), run.err());
        assertTrue(run.err().contains("content/records.csv:4: error: This pay record cannot be read: 'F,ten,0'."), run.err());
    }

    @Test
    void whenOneGroupIsSmallThePayOfBothIsHiddenAsTheGapWouldGiveItBack() throws IOException {
        StringBuilder records = new StringBuilder("sex,hourly_pay,bonus\n");
        for (int i = 0; i < 12; i++) records.append("M,").append(20 + i).append(".00,0\n");
        for (int i = 0; i < 3; i++) records.append("F,").append(15 + i).append(".00,0\n");
        MiniSite site = MiniSite.write(folder, """
                -- content/pay/gpg.yml --
                kind: pay-gap
                title: Gender pay gap
                source: Payroll
                records: records.csv
                -- content/index.md --
                ---
                title: Pay gap
                ---
                ```table
                data: gpg
                ```
                """);
        site.writeFile("content/pay/records.csv", records.toString());
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        List<String> cells = Jsoup.parse(site.read("index.html")).select("figure td").eachText();
        assertEquals(List.of("[c]", "[c]", "37.3%", "[c]", "[c]", "37.3%"), cells);
    }

    /** Issue 10, item 10: with 3 employees the upper quarter is empty; it says so everywhere, never "0%". */
    @Test
    void issue10AnEmptyQuarterSaysNoEmployeesNotZeroPercent() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/gpg.yml --
                kind: pay-gap
                title: Gender pay gap
                source: Payroll
                records: records.csv
                -- content/records.csv --
                sex,hourly_pay,bonus
                M,10,0
                F,12,0
                M,14,0
                -- content/index.md --
                ---
                title: Home
                ---
                Upper quarter: {{ gpg-quarters.upper.women_share }}.

                ```table
                data: gpg-quarters
                ```

                ```chart
                data: gpg-quarters
                type: stacked-percent
                series: [women, men]
                title: Women and men in each pay quarter
                ```

                ```chart
                data: gpg-quarters
                type: horizontal-bar
                series: [women_share]
                title: Women in each pay quarter
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("Upper quarter: no employees in this quarter.", page.selectFirst(".prose p").text());
        assertEquals(List.of("0", "0", "no employees in this quarter", "no employees in this quarter"),
                page.select("figure.data-figure tbody tr").get(3).select("td").eachText());
        String csv = site.read("gpg-quarters.csv");
        assertTrue(csv.contains("Upper,0,0,no employees in this quarter,no employees in this quarter\r\n"), csv);
        for (var img : page.select("figure img")) {
            assertTrue(img.attr("alt").contains("Upper: no employees in this quarter"), img.attr("alt"));
        }
        assertTrue(page.select(".chart-summary").text().contains("Upper: no employees in this quarter."), page.select(".chart-summary").text());
        assertFalse(csv.contains("Upper,0,0,0"), csv);
        assertTrue(site.read("gpg-quarters-chart-2.svg").contains("no employees in this quarter"));
    }
}
