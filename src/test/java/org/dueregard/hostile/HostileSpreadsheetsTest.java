package org.dueregard.hostile;

import org.dueregard.testing.MiniSite;
import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Hostile workbooks and CSV files that a dataset's rows_from: reads: zip bombs, XXE, huge sheets, damaged and
 * protected files, links out of the site, and text made to attack the pages or a spreadsheet opening the download.
 * Each is built over a good site by {@link HostileInputTest#check}, with the same promises (exit code, message, no
 * stack trace, the old site intact, nothing unsafe published).
 */
class HostileSpreadsheetsTest {

    private static final String DATASET = """
            title: Staff by pay band
            source: HR
            columns:
              - id: band
                label: Band
              - id: staff
                type: count
            rows_from: pay.xlsx
            """;

    private static void check(String expectations, HostileInputTest.Breakage breakage) throws IOException {
        HostileInputTest.check(HostileCase.parse(expectations, "inline"), breakage);
    }

    private static Workbooks good() {
        return Workbooks.create().sheet("Bands", List.of(List.of("Band", "Staff"), List.of("Band 2", 12)));
    }

    private static HostileInputTest.Breakage workbook(byte[] bytes) {
        return site -> {
            site.writeFile("content/data/pay.yml", DATASET);
            site.writeBytes("content/data/pay.xlsx", bytes);
        };
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        check("""
                # pay.xlsx unpacks to 300 MB of shared text from about 300 KB
                exit: 1
                says: content/data/pay.xlsx: error: The workbook unpacks to more than 100 MB
                """, workbook(good().bombBytes("xl/sharedStrings.xml", "<sst><si><t>", "A", 300L * 1024 * 1024)));
    }

    @Test
    void anExternalEntityIsRefusedAndNothingOfTheFileItNamesIsShown() throws IOException {
        check("""
                # the shared strings declare an entity that reads /etc/passwd (XXE)
                exit: 1
                says: content/data/pay.xlsx: error: The workbook holds a document type declaration
                says-not: root:
                lacks: root:
                """, workbook(good().part("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>").bytes()));
    }

    @Test
    void billionLaughsAreRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        check("""
                # the sheet declares nested entities that expand to a billion "lol"s
                exit: 1
                says: content/data/pay.xlsx: error: The workbook holds a document type declaration
                """, workbook(good().part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [" + entities
                + "]><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row></sheetData></worksheet>").bytes()));
    }

    @Test
    void aCellFarOutsideAnySheetIsRefused() throws IOException {
        check("""
                # a cell at column ZZZZZZ would make room for hundreds of millions of cells
                exit: 1
                says: content/data/pay.xlsx: error: The workbook is damaged: a cell is named 'ZZZZZZ1', outside any sheet.
                """, workbook(good().part("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZZZ1\"><v>1</v></c></row></sheetData></worksheet>").bytes()));
    }

    @Test
    void sharedTextFarBeyondTheWorkbooksIsRefused() throws IOException {
        check("""
                # a cell names shared text 900 million, which the reader would count up to
                exit: 1
                says: content/data/pay.xlsx: error: The workbook is damaged: a cell refers to text the workbook does not hold.
                """, workbook(good().part("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>900000000</v></c></row></sheetData></worksheet>").bytes()));
    }

    @Test
    void aPasswordProtectedWorkbookIsNamed() throws IOException {
        byte[] protectedFile = Arrays.copyOf(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096);
        byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, protectedFile, 2048, name.length);
        check("""
                # pay.xlsx is encrypted with a password (an OLE2 file holding an EncryptedPackage)
                exit: 1
                says: content/data/pay.xlsx: error: The workbook is protected with a password, so dueregard cannot read it.
                """, workbook(protectedFile));
    }

    @Test
    void aDamagedOrFalseWorkbookIsNamed() throws IOException {
        byte[] whole = good().bytes();
        check("""
                # pay.xlsx is cut off half way
                exit: 1
                says: content/data/pay.xlsx: error: The workbook cannot be read: it is damaged, or not a workbook Excel saved.
                """, workbook(Arrays.copyOf(whole, whole.length / 2)));
        check("""
                # pay.xlsx is a web page
                exit: 1
                says: content/data/pay.xlsx: error: The file is not an Excel workbook (.xlsx).
                """, workbook("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSheetOfMoreRowsThanTheLimitIsRefused() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Band", "Staff"));
        for (int i = 0; i < 50_001; i++) rows.add(List.of("Band " + i, i));
        check("""
                # the sheet has 50,002 rows
                exit: 1
                says: content/data/pay.xlsx: error: Sheet Bands has more than 50000 rows with values; dueregard reads at most that many.
                """, workbook(Workbooks.create().sheet("Bands", rows).bytes()));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        check("""
                # staff.csv is just over 20 MB
                exit: 1
                says: content/data/staff.csv: error: The file is bigger than 20 MB
                """, site -> {
            site.writeFile("content/data/pay.yml", DATASET.replace("pay.xlsx", "staff.csv"));
            byte[] big = new byte[20 * 1024 * 1024 + 1];
            Arrays.fill(big, (byte) 'a');
            site.writeBytes("content/data/staff.csv", big);
        });
    }

    @Test
    void aWorkbookLinkedFromOutsideTheSiteIsNotRead() throws IOException {
        check("""
                # content/data/pay.xlsx links to /etc/passwd
                exit: 1
                says: content/data/pay.xlsx: error: The file is a link to /etc/passwd, which is outside the site folder
                lacks: root:
                """, site -> {
            site.writeFile("content/data/pay.yml", DATASET);
            Files.createDirectories(site.root().resolve("content/data"));
            Files.createSymbolicLink(site.root().resolve("content/data/pay.xlsx"), Path.of("/etc/passwd"));
        });
    }

    @Test
    void rowsFromCannotReachOutsideTheContentFolder() throws IOException {
        check("""
                # rows_from names ../../secret.csv, in the site folder but outside content/
                exit: 1
                says: content/data/pay.yml:8: error: The file '../../secret.csv' named in rows_from does not exist.
                lacks: TOP-SECRET
                """, site -> {
            site.writeFile("secret.csv", "Band,Staff\nTOP-SECRET,1\n");
            site.writeFile("content/data/pay.yml", DATASET.replace("pay.xlsx", "../../secret.csv"));
        });
    }

    @Test
    void theWorkbookAndItsOtherColumnsAreNeverPublished() throws IOException {
        check("""
                # the sheet has a column of private notes the dataset does not read; the page shows the table
                exit: 0
                has-file: pay/index.html
                lacks-file: data/pay.xlsx
                lacks-file: pay.xlsx
                lacks: PRIVATE-NOTE
                file-has: pay/index.html: Band 2
                """, site -> {
            workbook(Workbooks.create().sheet("Bands", List.of(List.of("Band", "Notes", "Staff"), List.of("Band 2", "PRIVATE-NOTE about J. Smith", 12)))
                    .bytes()).apply(site);
            site.writeFile("content/pay.md", "---\ntitle: Pay\n---\n```table\ndata: pay\n```\n");
        });
    }

    @Test
    void textFromACsvFileIsEscapedOnThePageAndDefusedInTheDownload() throws IOException {
        check("""
                # labels in staff.csv hold a script and a spreadsheet formula (the CSV download holds the text as text)
                exit: 0
                file-has: pay/index.html: &lt;script&gt;alert(1)&lt;/script&gt;
                lacks-file: data/staff.csv
                file-has: pay/staff.csv: '=HYPERLINK
                """, site -> {
            site.writeFile("content/data/staff.yml", DATASET.replace("pay.xlsx", "staff.csv"));
            site.writeFile("content/data/staff.csv", "Band,Staff\n<script>alert(1)</script>,12\n\"=HYPERLINK(\"\"http://evil.example\"\")\",13\n");
            site.writeFile("content/pay.md", "---\ntitle: Pay\n---\n```table\ndata: staff\n```\n");
        });
    }

    @Test
    void aControlCharacterInASheetIsRefusedWithItsCell() throws IOException {
        check("""
                # a label in the sheet holds U+0085, which no web page may contain
                exit: 1
                says: content/data/pay.xlsx: error: Sheet Bands, cell A2 holds an invisible control character (U+0085)
                """, workbook(Workbooks.create().sheet("Bands", List.of(List.of("Band", "Staff"), List.of("Band\u0085 2", 12))).bytes()));
    }
}
