package org.dueregard.data;

import org.dueregard.ProblemsException;
import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and damaged workbooks are refused before fastexcel-reader opens them, each with a plain message. */
class WorkbookSafetyTest {

    private static final String FILE = "content/data/pay.xlsx";

    static Workbooks good() {
        return Workbooks.create().sheet("Bands", List.of(List.of("Band", "Staff"), List.of("Band 2", 12)));
    }

    static String refusal(byte[] workbook) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> WorkbookSafety.check(workbook, FILE));
        return e.problems().get(0).describe();
    }

    static void assertRefused(byte[] workbook, String expected) {
        String message = refusal(workbook);
        assertTrue(message.startsWith(FILE + ": error: " + expected), message);
    }

    @Test
    void aGoodWorkbookPasses() {
        assertDoesNotThrow(() -> WorkbookSafety.check(good().bytes(), FILE));
    }

    @Test
    void aZipBombIsRefusedWithinTheBudget() {
        byte[] workbook = good().bombBytes("xl/sharedStrings.xml", "<sst><si><t>", "AAAAAAAAAAAAAAAA", 200L * 1024 * 1024);
        assertTrue(workbook.length < SheetGrid.MAX_FILE_BYTES, "the bomb is small: " + workbook.length);
        assertRefused(workbook, "The workbook unpacks to more than 100 MB");
    }

    @Test
    void aDoctypeIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>";
        String message = refusal(good().part("xl/sharedStrings.xml", xxe).bytes());
        assertTrue(message.contains("The workbook holds a document type declaration"), message);
        assertFalse(message.contains("root:"), message);
    }

    @Test
    void xmlInUtf16IsRefused() {
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE sst [<!ENTITY a \"b\">]><sst/>").getBytes(StandardCharsets.UTF_16BE);
        assertRefused(good().part("xl/sharedStrings.xml", utf16).bytes(), "The workbook holds XML in an encoding Excel never writes");
    }

    @Test
    void aCellOutsideAnySheetIsRefused() {
        String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row></sheetData></worksheet>";
        assertRefused(good().part("xl/worksheets/sheet1.xml", sheet).bytes(), "The workbook is damaged: a cell is named 'ZZZZZZ1', outside any sheet.");
        String row = "<worksheet><sheetData><row r=\"99999999\"><c><v>1</v></c></row></sheetData></worksheet>";
        assertRefused(good().part("xl/worksheets/sheet1.xml", row).bytes(), "The workbook is damaged: a row is numbered '99999999'.");
    }

    @Test
    void aRowWithMoreCellsThanASheetHasColumnsIsRefused() {
        String sheet = "<worksheet><sheetData><row>" + "<c><v>1</v></c>".repeat(CellRange.LAST_COLUMN + 1) + "</row></sheetData></worksheet>";
        assertRefused(good().part("xl/worksheets/sheet1.xml", sheet).bytes(), "The workbook is damaged: a row holds more cells");
    }

    @Test
    void sharedTextBeyondTheTableIsRefused() {
        String sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>1000000</v></c></row></sheetData></worksheet>";
        assertRefused(good().part("xl/worksheets/sheet1.xml", sheet).bytes(), "The workbook is damaged: a cell refers to text the workbook does not hold.");
    }

    @Test
    void oldAndPasswordProtectedFilesAreNamed() {
        byte[] ole2 = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096);
        assertRefused(ole2, "The file is in the old Excel format (.xls)");
        byte[] encrypted = ole2.clone();
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, encrypted, 1024, name.length);
        assertRefused(encrypted, "The workbook is protected with a password");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() {
        assertRefused("<html><body>Pay</body></html>".getBytes(StandardCharsets.UTF_8), "The file is not an Excel workbook (.xlsx).");
        byte[] whole = good().bytes();
        assertRefused(Arrays.copyOf(whole, whole.length / 2), "The workbook cannot be read: it is damaged");
    }

    @Test
    void aZipWithTooManyPartsIsRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>(good().parts());
        for (int i = 0; i <= WorkbookSafety.MAX_PARTS; i++) parts.put("xl/media/x" + i + ".bin", new byte[0]);
        assertRefused(Workbooks.zip(parts), "The workbook holds more than 10000 parts");
    }

    @Test
    void aZipEntryWithAPasswordIsRefused() {
        byte[] workbook = good().bytes();
        // Set the "encrypted" flag (bit 0 of the general purpose flags) in every local and central header.
        for (int i = 0; i + 8 < workbook.length; i++) {
            if (workbook[i] == 'P' && workbook[i + 1] == 'K' && workbook[i + 2] == 3 && workbook[i + 3] == 4) workbook[i + 6] |= 1;
            if (workbook[i] == 'P' && workbook[i + 1] == 'K' && workbook[i + 2] == 1 && workbook[i + 3] == 2) workbook[i + 8] |= 1;
        }
        assertRefused(workbook, "The workbook is protected with a password");
    }
}
