package org.dueregard.data;

import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvRowsTest {

    private static final String FILE = "content/data/staff.csv";

    private static List<List<String>> rows(String csv) throws ProblemsException {
        SheetGrid grid = CsvRows.read(csv.getBytes(StandardCharsets.UTF_8), FILE, Optional.empty());
        return grid.rows().stream().map(row -> row.cells().stream().map(SheetCell::text).toList()).toList();
    }

    private static String problem(String csv) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> CsvRows.read(csv.getBytes(StandardCharsets.ISO_8859_1), FILE, Optional.empty()));
        return e.problems().get(0).describe().replace(System.lineSeparator(), "\n");
    }

    @Test
    void quotedValuesHoldCommasQuotesAndLineBreaks() throws ProblemsException {
        assertEquals(List.of(List.of("group", "staff"), List.of("Black, African or Caribbean", "12"), List.of("Say \"no\"\nplease", "")),
                rows("group,staff\r\n\"Black, African or Caribbean\",12\r\n\"Say \"\"no\"\"\r\nplease\",\r\n"));
    }

    @Test
    void aByteOrderMarkAndALastLineWithoutALineBreakAreFine() throws ProblemsException {
        assertEquals(List.of(List.of("group", "staff"), List.of("Asian", "4")), rows("\uFEFFgroup,staff\nAsian,4"));
    }

    @Test
    void emptyLinesKeepTheirRowNumbers() throws ProblemsException {
        SheetGrid grid = CsvRows.read("a,b\n\n,\nc,d\n".getBytes(StandardCharsets.UTF_8), FILE, Optional.empty());
        assertEquals(List.of(1, 4), grid.rows().stream().map(SheetGrid.Line::number).toList());
    }

    @Test
    void aRowAfterAValueWithLineBreaksKnowsItsLine() throws ProblemsException {
        SheetGrid grid = CsvRows.read("a,b\n\"x\ny\",1\nz,2\n".getBytes(StandardCharsets.UTF_8), FILE, Optional.empty());
        assertEquals(List.of(1, 2, 4), grid.rows().stream().map(SheetGrid.Line::line).toList());
        assertEquals(List.of(1, 2, 3), grid.rows().stream().map(SheetGrid.Line::number).toList());
    }

    @Test
    void aRangeKeepsColumnsInPlace() throws ProblemsException {
        SheetGrid grid = CsvRows.read("title\n\nx,group,staff,y\nx,Asian,4,y\n".getBytes(StandardCharsets.UTF_8), FILE, CellRange.parse("B3:C4"));
        assertEquals(List.of("", "group", "staff"), grid.rows().get(0).cells().stream().map(SheetCell::text).toList());
        assertEquals(2, grid.rows().size());
    }

    @Test
    void anUnclosedQuoteIsNamedWithItsLine() {
        assertEquals("content/data/staff.csv:2: error: A value in quotes that starts on this line has no closing quote.\n"
                + "    fix: Add the closing \" after the value. A quote mark inside a value is written twice: \"\".", problem("a,b\n\"Asian,4\nc,d\n"));
    }

    @Test
    void aQuoteInTheMiddleOfAValueIsRefused() {
        assertEquals("content/data/staff.csv:2: error: A value on this line has a quote mark in the middle.",
                problem("a,b\nAs\"ian,4\n").lines().findFirst().orElseThrow());
        assertEquals("content/data/staff.csv:2: error: There is text after the closing quote of a value on this line.",
                problem("a,b\n\"Asian\"x,4\n").lines().findFirst().orElseThrow());
    }

    @Test
    void aFileNotInUtf8SaysHowToSaveIt() {
        String message = problem("group,pay\nAsian,\u00a310\n");
        assertEquals(true, message.contains("fix: In Excel, choose File, Save As and the type 'CSV UTF-8 (Comma delimited)'."), message);
    }

    @Test
    void limitsAreNamed() {
        String many = "a,b\n" + "x,1\n".repeat(SheetGrid.MAX_ROWS + 1);
        assertEquals(true, problem(many).contains("The file has more than 50000 rows with values"), problem(many));
        String wide = "a".repeat(1) + ",".repeat(SheetGrid.MAX_COLUMNS) + "x\n";
        assertEquals("content/data/staff.csv:1: error: Cell GS1 is beyond the 200 columns dueregard reads.", problem(wide).lines().findFirst().orElseThrow());
    }
}
