package org.dueregard.sample;

import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.dueregard.testing.Workbooks.formula;
import static org.dueregard.testing.Workbooks.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sample site's workbook is made here, with made-up figures laid out as an HR team sends them: a title and a note
 * above the table, a total row and a source line below it, shares worked out by formulas and shown as percentages.
 * The test fails when the committed file differs from what this code makes; to change the workbook, change the code
 * and run it with {@code -Ddueregard.writeSamples=true}, which writes the file again.
 */
class SampleWorkbooksTest {

    static final Path PAY_BANDS = Path.of("content/equality-duty/data/staff-by-pay-band-2024.xlsx");

    /** Pay band, women, men: made up, not the ICB's figures. */
    private static final List<Object[]> BANDS = List.of(
            new Object[]{"Bands 1 to 4", 98, 14},
            new Object[]{"Bands 5 to 7", 131, 20},
            new Object[]{"Bands 8a and 8b", 86, 23},
            new Object[]{"Bands 8c to 9", 31, 12},
            new Object[]{"Senior managers (non-AfC)", 9, 6});

    static Workbooks payBands() {
        List<List<Object>> rows = new java.util.ArrayList<>(Arrays.asList(
                List.of("Staff in each pay band, by sex, 30 September 2024"),
                List.of("Made-up figures for the dueregard demonstration site. They are not the ICB's figures."),
                null,
                List.of("Pay band", "Women", "Men", "All staff", "Women (%)")));
        int women = 0;
        int men = 0;
        for (int i = 0; i < BANDS.size(); i++) {
            Object[] band = BANDS.get(i);
            int row = rows.size() + 1;
            int all = (int) band[1] + (int) band[2];
            rows.add(List.of(band[0], band[1], band[2], formula("B" + row + "+C" + row, all),
                    formula("B" + row + "/D" + row, percent(String.valueOf((int) band[1] / (double) all)))));
            women += (int) band[1];
            men += (int) band[2];
        }
        int total = rows.size() + 1;
        rows.add(List.of("All staff", formula("SUM(B5:B" + (total - 1) + ")", women), formula("SUM(C5:C" + (total - 1) + ")", men),
                formula("B" + total + "+C" + total, women + men), formula("B" + total + "/D" + total, percent(String.valueOf(women / (double) (women + men))))));
        rows.add(null);
        rows.add(List.of("Source: electronic staff record (ESR) extract, 30 September 2024. Made up for this demonstration."));
        return Workbooks.create()
                .sheet("About", List.of(List.of("Workforce diversity profile 2024: tables for the annual report"),
                        List.of("Made-up figures for the dueregard demonstration site.")))
                .sheet("Pay bands", rows);
    }

    @Test
    void theSampleWorkbookIsWhatThisCodeMakes() throws IOException {
        Workbooks workbook = payBands();
        if (Boolean.getBoolean("dueregard.writeSamples") || !Files.exists(PAY_BANDS)) Files.write(PAY_BANDS, workbook.bytes());
        assertEquals(asText(workbook.parts()), asText(unzip(Files.readAllBytes(PAY_BANDS))),
                PAY_BANDS + " is not what SampleWorkbooksTest makes: run it with -Ddueregard.writeSamples=true");
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) parts.put(entry.getName(), zip.readAllBytes());
        }
        return parts;
    }

    private static Map<String, String> asText(Map<String, byte[]> parts) {
        Map<String, String> text = new TreeMap<>();
        parts.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }
}
