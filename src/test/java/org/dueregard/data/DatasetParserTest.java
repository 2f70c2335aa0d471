package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetParserTest {

    private static final String QUARTERS = """
            title: Staff in each pay quarter
            description: Women and men in each quarter of hourly pay.
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
            rows:
              - [Lower, 64, 13]
              - [Lower middle, 51, 10]
              - [Upper middle, 59, 21]
              - [Upper, 45, 16]
            """;

    private static List<String> messages(String yaml) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> DatasetParser.parse("d", yaml, "content/d.yml"));
        return e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
    }

    @Test
    void readsADataset() throws ProblemsException {
        Dataset d = DatasetParser.parse("pay-quarters-2023", QUARTERS, "content/pay-quarters-2023.yml");
        assertEquals("Staff in each pay quarter", d.title());
        assertEquals(List.of("quarter", "women", "men"), d.columns().stream().map(Column::id).toList());
        assertEquals(Column.Type.COUNT, d.columns().get(1).type());
        assertEquals("Women", d.columns().get(1).label());
        assertEquals(4, d.rows().size());
        assertEquals(Optional.of(new BigDecimal("51")), d.findRow("lower-middle").orElseThrow().cell(1).published());
        assertEquals(16, d.rows().get(1).line());
        assertFalse(d.hasSuppressedCells());
    }

    @Test
    void eachMistakeIsReportedWithItsLine() {
        assertEquals(List.of("6 This row has 2 values but there are 3 columns (group, staff, share)."), messages("""
                title: T
                source: S
                columns: [{id: group}, {id: staff, type: count}, {id: share, type: percent}]
                rows:
                  - [A, 3, 50]
                  - [B, 4]
                """));
        assertEquals(List.of("5 '12.5%' in the column 'share' is not a number."), messages("""
                title: T
                source: S
                columns: [{id: group}, {id: share, type: percent}]
                rows:
                  - [A, 12.5%]
                """));
        List<String> unknown = messages("""
                title: T
                source: S
                columns:
                  - id: group
                  - id: staff
                    type: cuont
                    lable: Staff
                rows:
                  - [A, 3]
                """);
        assertTrue(unknown.contains("7 Unknown key 'lable' in the column - did you mean 'label'?"), unknown.toString());
        assertTrue(unknown.contains("6 'cuont' is not a column type - did you mean 'count'?"), unknown.toString());
        assertEquals(List.of("3 The percentages in 'share' add up to 101.2%, more than 100%."), messages("""
                title: T
                source: S
                columns: [{id: group}, {id: share, type: percent, whole: true}]
                rows:
                  - [Women, 83.6]
                  - [Men, 17.6]
                """));
        assertEquals(List.of("1 The dataset has no 'source'."), messages("title: T\ncolumns: [{id: g}]\nrows:\n  - [A]\n"));
    }

    @Test
    void percentagesThatAddUpWithinRoundingAreAccepted() throws ProblemsException {
        Dataset d = DatasetParser.parse("d", """
                title: T
                source: S
                columns: [{id: group}, {id: share, type: percent, whole: true}]
                rows:
                  - [A, 33.3]
                  - [B, 33.3]
                  - [C, 33.3]
                """, "d.yml");
        assertEquals(3, d.rows().size());
    }

    @Test
    void smallCountsAreHiddenWithSecondarySuppressionAndDependentPercentages() throws ProblemsException {
        Dataset d = DatasetParser.parse("births", """
                title: Stillbirths by ethnic group
                source: Maternity records
                columns:
                  - id: group
                  - id: births
                    type: count
                  - id: stillbirths
                    type: count
                  - id: rate
                    type: rate
                    unit: per 1,000 births
                    base: births
                  - id: share
                    type: percent
                    base: stillbirths
                rows:
                  - [White, 6000, 20, 3.3, 57.1]
                  - [Asian, 900, 4, 4.4, 11.4]
                  - [Black, 300, 11, 36.7, 31.4]
                suppression:
                  threshold: 10
                  secondary: both
                """, "births.yml");
        // 4 is under 10 (primary). It is alone in its row, so 900 is hidden too; alone in its column, so 11 is hidden
        // (secondary); and then 300, so no row or column has exactly one hidden count.
        Row asian = d.findRow("Asian").orElseThrow();
        assertTrue(asian.cell(2).suppressed(), "primary");
        assertTrue(asian.cell(4).suppressed(), "its percentage goes with it");
        assertTrue(d.findRow("Black").orElseThrow().cell(2).suppressed(), "secondary, in the column");
        assertTrue(asian.cell(1).suppressed(), "secondary, in the row");
        // 31.4% of the 35 stillbirths would give back the hidden 11, so a share goes whenever its count goes.
        assertTrue(d.findRow("Black").orElseThrow().cell(4).suppressed(), "a share of a count hidden to protect another goes too");
        assertEquals(Optional.empty(), asian.cell(2).published());
        for (Row row : d.rows()) {
            long hiddenCounts = List.of(1, 2).stream().filter(c -> row.cell(c).suppressed()).count();
            assertTrue(hiddenCounts != 1, "no row with exactly one hidden count: " + row);
        }
        assertTrue(d.suppression().explanation().startsWith("Numbers from 1 to 9 are shown as [c]"));
    }

    @Test
    void nhsStyleRoundingToTheNearestFive() throws ProblemsException {
        Dataset d = DatasetParser.parse("d", """
                title: T
                source: S
                columns: [{id: group}, {id: a, type: count}, {id: b, type: count}, {id: c, type: count}]
                rows:
                  - [X, 12, 3, 4]
                  - [Y, 23, 5, 31]
                suppression: {threshold: 8, round_to: 5, secondary: both}
                """, "d.yml");
        assertEquals(Optional.of(new BigDecimal("10")), d.rows().get(0).cell(1).published());
        assertEquals(Optional.of(new BigDecimal("25")), d.rows().get(1).cell(1).published());
        assertTrue(d.rows().get(0).cell(2).suppressed());
        assertTrue(d.rows().get(1).cell(2).suppressed());
        assertTrue(d.rows().get(0).cell(3).suppressed());
        assertTrue(d.rows().get(1).cell(3).suppressed(), "31 is hidden so the 4 above it cannot be worked out from the column total");
    }

    @Test
    void aSmallComputedCountTakesOneOfItsInputsWithIt() throws ProblemsException {
        Dataset d = DatasetParser.parse("staff", """
                title: Staff by sex
                source: HR records
                columns:
                  - id: grade
                  - {id: everyone, type: count}
                  - {id: women, type: count}
                  - {id: men, type: count, compute: "difference(everyone, women)"}
                rows:
                  - [Grade 1, 30, 26]
                  - [Grade 2, 80, 40]
                suppression:
                  threshold: 10
                  secondary: none
                """, "staff.yml");
        Row grade1 = d.findRow("Grade 1").orElseThrow();
        assertTrue(grade1.cell(3).suppressed(), "4 men is too small to show");
        assertTrue(grade1.cell(2).suppressed(), "30 - 26 would give it back, so the women go too");
        assertTrue(grade1.cell(1).published().isPresent(), "one input is enough");
        assertTrue(d.findRow("Grade 2").orElseThrow().cell(3).published().isPresent());
    }

    @Test
    void aComputedCountHiddenBySecondarySuppressionAlsoTakesAnInput() throws ProblemsException {
        Dataset d = DatasetParser.parse("staff", """
                title: Staff by sex
                source: HR records
                columns:
                  - id: grade
                  - {id: everyone, type: count}
                  - {id: women, type: count}
                  - {id: men, type: count, compute: "difference(everyone, women)"}
                rows:
                  - [Grade 1, 30, 26]
                  - [Grade 2, 50, 20]
                  - [Grade 3, 15, 15]
                suppression:
                  threshold: 10
                  secondary: columns
                """, "staff.yml");
        // 4 men in grade 1 (primary) take grade 1's women with them; secondary then hides the 15 women of grade 3 and the
        // 30 men of grade 2, which 50 - 20 would give back, so grade 2's women go too.
        assertTrue(d.findRow("Grade 2").orElseThrow().cell(3).suppressed());
        assertTrue(d.findRow("Grade 2").orElseThrow().cell(2).suppressed());
        for (Row row : d.rows()) {
            if (row.cell(3).suppressed()) {
                assertTrue(row.cell(1).suppressed() || row.cell(2).suppressed(), "men can be worked out by subtraction in " + row);
            }
        }
    }

    @Test
    void computedColumnsUseFullPrecisionAndRoundOnceForDisplay() throws ProblemsException {
        Dataset d = DatasetParser.parse("pay", """
                title: Hourly pay
                source: Payroll
                columns:
                  - id: year
                  - {id: median_men, type: currency}
                  - {id: median_women, type: currency}
                  - {id: median_gap, type: percent, compute: "gap(median_men, median_women)"}
                  - {id: women, type: count}
                  - {id: men, type: count}
                  - {id: women_share, type: percent, compute: "share(women, men)"}
                rows:
                  - [2023, 33.38, 24.38, 51, 10]
                  - [2024, 31.79, 25.60, 61, 12]
                """, "pay.yml");
        Row y2024 = d.findRow("2024").orElseThrow();
        assertEquals("19.5%", org.dueregard.charts.Format.value(d.columns().get(3), y2024.cell(3).published().orElseThrow()));
        assertEquals("27.0%", org.dueregard.charts.Format.value(d.columns().get(3), d.findRow("2023").orElseThrow().cell(3).published().orElseThrow()));
        assertEquals("83.6%", org.dueregard.charts.Format.value(d.columns().get(6), d.findRow("2023").orElseThrow().cell(6).published().orElseThrow()));
        assertTrue(y2024.cell(3).published().orElseThrow().scale() > 10, "kept at full precision until it is shown");
        List<String> bad = messages("""
                title: T
                source: S
                columns:
                  - id: year
                  - {id: men, type: currency}
                  - {id: gap, type: percent, compute: "gap(men, wmen)"}
                rows:
                  - [2024, 3]
                """);
        assertEquals(List.of("6 The column 'gap' is computed from 'wmen', which is not a number column written in the rows - did you mean 'men'?"), bad);
    }

    @Test
    void aPublishedFigureThatDisagreesWithTheDataIsAWarning() throws ProblemsException {
        Dataset d = DatasetParser.parse("q", """
                title: Quarters
                source: Payroll
                columns:
                  - id: quarter
                  - {id: women, type: count}
                  - {id: men, type: count}
                  - id: women_share
                    type: percent
                    compute: share(women, men)
                    published: {Lower: 91.2, Lower middle: 83.4}
                rows:
                  - [Lower, 62, 6]
                  - [Lower middle, 51, 10]
                """, "q.yml");
        assertEquals(1, d.warnings().size());
        Problem warning = d.warnings().get(0);
        assertFalse(warning.isError());
        assertEquals(10, warning.line());
        assertEquals("The figure first published for Lower middle in 'women_share' (83.4) is not what the data gives (83.6); the site shows the computed figure.",
                warning.message());
    }

    @Test
    void aCorrectionSaidInTheDatasetIsANoteNotAWarning() throws ProblemsException {
        Dataset d = DatasetParser.parse("q", """
                title: Quarters
                source: Payroll
                notes: [Counts from the payroll.]
                columns:
                  - id: quarter
                  - {id: women, type: count}
                  - {id: men, type: count}
                  - id: women_share
                    label: Women
                    type: percent
                    compute: share(women, men)
                    published:
                      Lower: {figure: 91.2, corrected: "The source rounded it twice"}
                      Lower middle: {figure: 83.4, corrected: The share worked out from the counts.}
                      Upper: 83.3
                rows:
                  - [Lower, 62, 6]
                  - [Lower middle, 51, 10]
                  - [Upper, 40, 10]
                """, "q.yml");
        assertEquals(List.of("The figure first published for Lower in 'women_share' is what the data gives, so it was not corrected.",
                        "The figure first published for Upper in 'women_share' (83.3) is not what the data gives (80.0); the site shows the computed figure."),
                d.warnings().stream().map(Problem::message).toList(), "a correction that corrects nothing, and one not said, are warnings");
        assertEquals(List.of("Counts from the payroll.",
                "Women, Lower middle: first published as 83.4%; worked out from the data it is 83.6%. The share worked out from the counts."), d.notes());
        assertTrue(d.warnings().get(1).fix().contains("Upper: {figure: 83.3, corrected: \"...\"}"), d.warnings().get(1).fix());
        List<String> bad = messages("""
                title: T
                source: S
                columns:
                  - id: g
                  - {id: a, type: count}
                  - {id: b, type: count}
                  - id: s
                    type: percent
                    compute: share(a, b)
                    published: {X: {figur: 50, corrected: typo}}
                rows:
                  - [X, 1, 1]
                """);
        assertTrue(bad.contains("10 A published figure has 'figure' and 'corrected', not 'figur'."), bad.toString());
    }

    @Test
    void problemsAreErrors() {
        ProblemsException e = assertThrows(ProblemsException.class, () -> DatasetParser.parse("d", "title: T\n", "d.yml"));
        assertTrue(e.problems().stream().allMatch(Problem::isError));
    }

    @Test
    void aColumnOfNumbersWithoutATypeIsAWarning() throws Exception {
        Dataset d = DatasetParser.parse("staff", """
                title: Staff
                source: HR
                suppression: {threshold: 10}
                columns:
                  - id: team
                  - id: women
                  - {id: year, type: text}
                rows:
                  - [Finance, 3, "2024"]
                  - [Estates, "1,204", "2024"]
                """, "staff.yml");
        assertEquals(List.of("The column 'women' holds numbers but has no type, so they are shown as text and never hidden when small,"
                + " drawn in no chart and quoted as words."), d.warnings().stream().map(Problem::message).toList());
        assertEquals(6, d.warnings().get(0).line());
    }
}
