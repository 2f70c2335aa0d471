package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.testing.Workbooks;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.dueregard.testing.Workbooks.formula;
import static org.dueregard.testing.Workbooks.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rows_from: a dataset's rows read from a sheet of a workbook or a CSV file, with the YAML keeping the columns. */
class RowsFromTest {

    static final String FILE = "content/data/staff.yml";

    static final String COLUMNS = """
            title: Staff by pay band
            source: HR
            columns:
              - id: band
                label: Pay band
              - id: women
                type: count
              - id: men
                type: count
              - id: women_share
                label: Women (%)
                type: percent
            """;

    /** A sheet as HR sends one: a title, the headings in row 3, an extra column, a total by formula, a note below. */
    static byte[] bands() {
        return Workbooks.create()
                .sheet("Cover", List.of(List.of("Staff by pay band")))
                .sheet("Bands", Arrays.asList(
                        List.of("Staff by pay band, 31 March 2025"),
                        null,
                        List.of("Pay band", "Women", "Men", "Notes", "Women (%)"),
                        List.of("Band 2", 120, 30, "", percent("0.8")),
                        List.of("Band 3", "1,234", 410, "merged", percent("0.7505")),
                        Arrays.asList("Band 8a", 3, "~", null, "12.5%"),
                        List.of("Total", formula("SUM(B4:B6)", 1354), formula("SUM(C4:C6)", 440), "", formula("B7/(B7+C7)", percent("0.7547"))),
                        null,
                        List.of("Source: ESR, 31 March 2025. [c]: fewer than 5 people.")))
                .bytes();
    }

    static List<Dataset> parse(String yaml, Map<String, byte[]> files) throws ProblemsException, java.io.IOException {
        return DatasetParser.parseFile("staff", yaml, FILE, (relative, limit) -> Optional.ofNullable(files.get(relative))
                .map(bytes -> bytes.length > limit ? Arrays.copyOf(bytes, limit + 1) : bytes));
    }

    static List<String> problems(String yaml, Map<String, byte[]> files) throws java.io.IOException {
        ProblemsException e = assertThrows(ProblemsException.class, () -> parse(yaml, files));
        return e.problems().stream().map(Problem::describe).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
    }

    static void assertSays(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected «" + expected + "» in\n" + String.join("\n", problems));
    }

    @Test
    void rowsComeFromTheSheetUnderTheirHeadings() throws Exception {
        Dataset dataset = parse(COLUMNS + "rows_from: {file: bands.xlsx, sheet: Bands}\n", Map.of("bands.xlsx", bands())).get(0);
        assertEquals(List.of("Band 2", "Band 3", "Band 8a", "Total"), dataset.rows().stream().map(Row::label).toList());
        Row band3 = dataset.rows().get(1);
        assertEquals("1234", band3.cell(1).number().orElseThrow().toPlainString(), "a number stored as text with a comma");
        assertEquals("75.1", band3.cell(3).number().orElseThrow().toPlainString(), "a percentage cell holds a fraction, shown as 0.0%");
        assertEquals("1354", dataset.rows().get(3).cell(1).number().orElseThrow().toPlainString(), "a formula gives its saved result");
        assertTrue(dataset.rows().get(2).cell(2).number().isEmpty(), "~ in a cell is an empty value");
        assertEquals(13, dataset.rows().get(0).line(), "rows read from a file carry the line of rows_from:");
    }

    @Test
    void aCellThatIsNotANumberIsNamedBySheetAndCell() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", List.of(
                List.of("Pay band", "Women", "Men", "Women (%)"),
                List.of("Band 2", 12, "abc", 50))).bytes();
        List<String> problems = problems(COLUMNS + "rows_from: {file: pay.xlsx}\n", Map.of("pay.xlsx", workbook));
        assertSays(problems, "content/data/pay.xlsx: error: Sheet Bands, cell C2: 'abc' in the column 'men' is not a number.");
    }

    @Test
    void aCsvCellIsNamedByLineAndCell() throws Exception {
        String csv = "Pay band,Women,Men,Women (%)\r\n\"Band 2, part time\",12,\"1,5\",50\r\n";
        List<String> problems = problems(COLUMNS + "rows_from: staff.csv\n", Map.of("staff.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertSays(problems, "content/data/staff.csv:2: error: Cell C2: '1,5' in the column 'men' is not a number.");
    }

    @Test
    void csvFollowsRfc4180() throws Exception {
        String csv = "\uFEFFPay band,Women,Men,Women (%)\r\n\"Black, African or Caribbean\",12,\"1,234\",50\r\n"
                + "\"The \"\"other\"\"\nband\",\"4\",5,12.5%\r\n";
        Dataset dataset = parse(COLUMNS + "rows_from: staff.csv\n", Map.of("staff.csv", csv.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(List.of("Black, African or Caribbean", "The \"other\"\nband"), dataset.rows().stream().map(Row::label).toList());
        assertEquals("1234", dataset.rows().get(0).cell(2).number().orElseThrow().toPlainString());
        assertEquals("12.5", dataset.rows().get(1).cell(3).number().orElseThrow().toPlainString());
    }

    @Test
    void aMissingSheetSuggestsTheNearestName() throws Exception {
        List<String> problems = problems(COLUMNS + "rows_from:\n  file: bands.xlsx\n  sheet: Bnads\n", Map.of("bands.xlsx", bands()));
        assertSays(problems, "content/data/staff.yml:15: error: The workbook content/data/bands.xlsx has no sheet called 'Bnads' - did you mean 'Bands'?");
        assertSays(problems, "fix: Its sheets are: Cover, Bands.");
    }

    @Test
    void aWorkbookOfSeveralSheetsNeedsTheSheetNamed() throws Exception {
        List<String> problems = problems(COLUMNS + "rows_from: bands.xlsx\n", Map.of("bands.xlsx", bands()));
        assertSays(problems, "content/data/staff.yml:13: error: The workbook content/data/bands.xlsx has 2 sheets: say which one holds the rows.");
    }

    @Test
    void aColumnWithoutAHeadingIsNamedWithItsLine() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", List.of(
                List.of("Pay band", "Female", "Men", "Women (%)"),
                List.of("Band 2", 12, 13, 50))).bytes();
        List<String> problems = problems(COLUMNS + "rows_from: pay.xlsx\n", Map.of("pay.xlsx", workbook));
        assertSays(problems, "content/data/staff.yml:6: error: The column 'women' has no heading in content/data/pay.xlsx "
                + "(sheet Bands, row 1: Pay band, Female, Men, Women (%))");
        Dataset fixed = parse(COLUMNS + "rows_from:\n  file: pay.xlsx\n  headings: {women: female}\n", Map.of("pay.xlsx", workbook)).get(0);
        assertEquals("12", fixed.rows().get(0).cell(1).number().orElseThrow().toPlainString());
    }

    @Test
    void aRangeSaysWhereTheTableIs() throws Exception {
        Dataset dataset = parse(COLUMNS + "rows_from:\n  file: bands.xlsx\n  sheet: bands\n  range: A3:E5\n", Map.of("bands.xlsx", bands())).get(0);
        assertEquals(List.of("Band 2", "Band 3"), dataset.rows().stream().map(Row::label).toList());
    }

    @Test
    void figuresAfterAnEmptyRowAreAnError() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", Arrays.asList(
                List.of("Pay band", "Women", "Men", "Women (%)"),
                List.of("Band 2", 12, 13, 50),
                null,
                List.of("Band 3", 14, 15, 48))).bytes();
        List<String> problems = problems(COLUMNS + "rows_from: pay.xlsx\n", Map.of("pay.xlsx", workbook));
        assertSays(problems, "content/data/pay.xlsx: error: Sheet Bands, row 4 has figures, but the table ends at the empty row 3 above it.");
    }

    @Test
    void formulaErrorsAndMissingResultsAreNamed() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", List.of(
                List.of("Pay band", "Women", "Men", "Women (%)"),
                List.of("Band 2", new Workbooks.ErrorValue("#DIV/0!"), formula("B2*2", null), 50))).bytes();
        List<String> problems = problems(COLUMNS + "rows_from: pay.xlsx\n", Map.of("pay.xlsx", workbook));
        assertSays(problems, "content/data/pay.xlsx: error: Sheet Bands, cell B2 shows the error #DIV/0!.");
        assertSays(problems, "content/data/pay.xlsx: error: Sheet Bands, cell C2 holds a formula saved without its result.");
    }

    @Test
    void aDateLabelIsWrittenInWords() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", List.of(
                List.of("Pay band", "Women", "Men", "Women (%)"),
                List.of(Workbooks.date(LocalDate.of(2025, 3, 31)), 12, 13, 50))).bytes();
        Dataset dataset = parse(COLUMNS + "rows_from: pay.xlsx\n", Map.of("pay.xlsx", workbook)).get(0);
        assertEquals("31 March 2025", dataset.rows().get(0).label());
    }

    @Test
    void twoRowsOfOneNameAreNamedByRow() throws Exception {
        byte[] workbook = Workbooks.create().sheet("Bands", List.of(
                List.of("Pay band", "Women", "Men", "Women (%)"),
                List.of("Band 2", 12, 13, 50),
                List.of("band 2", 14, 15, 48))).bytes();
        List<String> problems = problems(COLUMNS + "rows_from: pay.xlsx\n", Map.of("pay.xlsx", workbook));
        assertSays(problems, "content/data/pay.xlsx: error: Sheet Bands, row 3: The row 'band 2' has the same name as the row in row 2");
    }

    @Test
    void rowsAndRowsFromTogetherAreAnError() throws Exception {
        List<String> problems = problems(COLUMNS + "rows:\n  - [Band 2, 1, 2, 3]\nrows_from: staff.csv\n", Map.of());
        assertSays(problems, "content/data/staff.yml:15: error: The dataset has both rows: and rows_from:.");
    }

    @Test
    void anOldExcelFileIsNamedAsSuch() throws Exception {
        List<String> problems = problems(COLUMNS + "rows_from: pay.xls\n", Map.of());
        assertSays(problems, "content/data/staff.yml:13: error: 'pay.xls' is a workbook in the old Excel format (.xls)");
    }

    @Test
    void aMissingFileIsNamedWithTheYamlLine() throws Exception {
        List<String> problems = problems(COLUMNS + "rows_from: nothing.csv\n", Map.of());
        assertSays(problems, "content/data/staff.yml:13: error: The file 'nothing.csv' named in rows_from does not exist.");
    }
}
