package org.dueregard.pipeline;

import org.dueregard.testing.MiniSite;
import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site whose datasets read their rows from a workbook and a CSV file: shown, quoted, suppressed, never published. */
class RowsFromSiteTest {

    @TempDir
    Path folder;

    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            See [pay bands](pay.md).
            -- content/pay.md --
            ---
            title: Pay bands
            ---
            There were {{ bands.total.women }} women on bands 2 to 4.

            ```table
            data: bands
            ```

            ```chart
            data: groups
            type: horizontal-bar
            series: [staff]
            title: Most staff are White British
            ```
            -- content/data/bands.yml --
            title: Staff by pay band
            source: ESR, 31 March 2025
            columns:
              - id: band
                label: Pay band
              - id: women
                type: count
              - id: men
                type: count
            rows_from:
              file: bands.xlsx
              sheet: Bands
            suppression:
              threshold: 5
            -- content/data/groups.yml --
            title: Staff by ethnic group
            source: ESR, 31 March 2025
            columns:
              - id: group
                label: Ethnic group
              - id: staff
                type: count
            rows_from: groups.csv
            -- content/data/groups.csv --
            Ethnic group,Staff,Comment
            White British,"1,204",checked
            "Black, African, Caribbean or Black British",96,
            "Asian or Asian British",131,
            """;

    private MiniSite site() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE);
        site.writeBytes("content/data/bands.xlsx", Workbooks.create()
                .sheet("Notes", List.of(List.of("Made-up figures")))
                .sheet("Bands", Arrays.asList(
                        List.of("Staff by pay band, 31 March 2025"),
                        null,
                        List.of("Pay band", "Women", "Men"),
                        List.of("Band 2", 120, 30),
                        List.of("Band 3", 84, 3),
                        List.of("Band 4", 61, 22)))
                .bytes());
        return site;
    }

    @Test
    void rowsFromAWorkbookAndACsvFileAreShownQuotedAndSuppressed() throws IOException {
        MiniSite site = site();
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no warnings");
        String page = site.read("pay/index.html");
        assertTrue(page.contains("There were 265 women on bands 2 to 4."), page);
        assertTrue(page.contains("Band 3"), page);
        assertTrue(page.contains("[c]"), "3 men on band 3 are hidden by the dataset's suppression");
        assertTrue(page.contains("Black, African, Caribbean or Black British"), "a quoted label with commas is one label");
        assertTrue(page.contains("1,204"), "a number stored as text with a comma is a number");
    }

    @Test
    void noWorkbookOrSourceCsvIsPublished() throws IOException {
        MiniSite site = site();
        assertEquals(0, site.build().exitCode());
        List<String> files = site.outputFiles();
        assertTrue(files.stream().noneMatch(f -> f.endsWith(".xlsx") || f.endsWith(".xlsm") || f.endsWith(".xls")), files.toString());
        List<String> csv = files.stream().filter(f -> f.endsWith(".csv")).toList();
        assertEquals(List.of("pay/bands.csv", "pay/groups.csv"), csv, "only the downloads made from the datasets");
        assertTrue(!site.read("pay/groups.csv").contains("checked"), "a column the dataset does not read is not published");
    }

    @Test
    void aMistakeInTheSheetStopsTheBuildWithTheCell() throws IOException {
        MiniSite site = site();
        site.writeFile("content/data/groups.csv", "Ethnic group,Staff\nWhite British,lots\n");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/data/groups.csv:2: error: Cell B2: 'lots' in the column 'staff' is not a number."), run.err());
    }
}
