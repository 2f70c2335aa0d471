package org.dueregard.data;

import org.dueregard.ProblemsException;
import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetRowsTest {

    private static final String FILE = "content/data/pay.xlsx";
    private static final RowsFrom FROM = new RowsFrom("pay.xlsx", Optional.empty(), Optional.empty(), Map.of(), "content/data/pay.yml", 12, 12, Map.of());

    private static SheetGrid read(Workbooks workbook) throws ProblemsException {
        return SpreadsheetRows.read(workbook.bytes(), FILE, FROM);
    }

    private static String refusal(Workbooks workbook) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> read(workbook));
        return e.problems().get(0).describe();
    }

    @Test
    void cellsAreReadAsStored() throws ProblemsException {
        SheetGrid grid = read(Workbooks.create().sheet("Pay", List.of(List.of("Band", "Share", "Pay", "Total", "Known"),
                List.of("Band 2", Workbooks.percent("0.12345"), Workbooks.thousands(12345), Workbooks.formula("0.1+0.2", 0.30000000000000004), true))));
        assertEquals("Pay", grid.sheet());
        List<SheetCell> cells = grid.rows().get(1).cells();
        assertEquals(List.of(new SheetCell(SheetCell.Kind.TEXT, "Band 2"), new SheetCell(SheetCell.Kind.NUMBER, "12.3"),
                new SheetCell(SheetCell.Kind.NUMBER, "12345"), new SheetCell(SheetCell.Kind.NUMBER, "0.3"),
                new SheetCell(SheetCell.Kind.BOOLEAN, "TRUE")), cells);
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefused() {
        List<List<Object>> rows = new ArrayList<>(Collections.nCopies(SheetGrid.MAX_ROWS + 1, List.of("x", 1)));
        String message = refusal(Workbooks.create().sheet("Big", rows));
        assertTrue(message.startsWith(FILE + ": error: Sheet Big has more than 50000 rows with values"), message);
    }

    @Test
    void aValueBeyondTheColumnLimitIsRefusedUnlessARangeLeavesItOut() throws ProblemsException {
        List<Object> wide = new ArrayList<>(Collections.nCopies(SheetGrid.MAX_COLUMNS, null));
        wide.add("stray");
        Workbooks workbook = Workbooks.create().sheet("Wide", List.of(List.of("Band", "Staff"), wide));
        assertEquals(FILE + ": error: Sheet Wide, cell GS2 is beyond the 200 columns dueregard reads.", refusal(workbook).lines().findFirst().orElseThrow());
        RowsFrom ranged = new RowsFrom("pay.xlsx", Optional.empty(), CellRange.parse("A1:B9"), Map.of(), "content/data/pay.yml", 12, 12, Map.of());
        assertEquals(1, SpreadsheetRows.read(workbook.bytes(), FILE, ranged).rows().size());
    }

    @Test
    void aControlCharacterInACellIsNamedWithTheCell() {
        String message = refusal(Workbooks.create().sheet("Bands", List.of(List.of("Band", "Staff"), List.of("Band\u0085 2", 1))));
        assertTrue(message.startsWith(FILE + ": error: Sheet Bands, cell A2 holds an invisible control character (U+0085)"), message);
    }
}
