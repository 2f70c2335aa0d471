package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A label with a comma in a YAML flow row, which splits the row. */
class FlowRowsTest {

    private static final String DATASET = """
            title: Staff by ethnic group
            source: HR
            columns:
              - id: group
              - id: staff
                type: count
              - id: share
                type: percent
            rows:
            """;

    private static List<String> problems(String rows) {
        ProblemsException e = assertThrows(ProblemsException.class, () -> DatasetParser.parse("staff", DATASET + rows, "content/staff.yml"));
        return e.problems().stream().map(Problem::describe).map(s -> s.replace(System.lineSeparator(), "\n")).toList();
    }

    @Test
    void aRowWithAValueTooManyAndTextFirstSaysToQuoteTheLabel() {
        assertEquals(List.of("content/staff.yml:10: error: The label 'Black, African or Caribbean' has a comma in it, which separates values "
                + "in [ ], so this row has 4 values for 3 columns.\n    fix: Put the label in double quotes: - [\"Black, African or Caribbean\", 12, 13]"),
                problems("  - [Black, African or Caribbean, 12, 13]\n"));
    }

    @Test
    void aRowThatStillLinesUpButPutsWordsInANumberColumnSaysToQuoteTheLabel() {
        assertEquals(List.of("content/staff.yml:10: error: The label 'Black, African or Caribbean' has a comma in it, which separates values "
                + "in [ ], so 'African or Caribbean' was read as the value of 'staff', which is a number, and a value is missing.\n"
                + "    fix: Put the label in double quotes: - [\"Black, African or Caribbean\", 12]"),
                problems("  - [Black, African or Caribbean, 12]\n"));
    }

    @Test
    void aQuotedLabelIsRead() throws ProblemsException {
        Dataset dataset = DatasetParser.parse("staff", DATASET + "  - [\"Black, African or Caribbean\", 12, 13]\n", "content/staff.yml");
        assertEquals("Black, African or Caribbean", dataset.rows().get(0).label());
    }

    @Test
    void otherMistakesKeepTheirOwnMessages() {
        assertEquals("content/staff.yml:10: error: This row has 4 values but there are 3 columns (group, staff, share).",
                problems("  - [Asian, 12, 13, 14]\n").get(0).lines().findFirst().orElseThrow());
        assertEquals("content/staff.yml:10: error: '1O' in the column 'staff' is not a number.",
                problems("  - [Asian, 1O, 13]\n").get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void aBlockRowIsNotAFlowRow() {
        assertEquals("content/staff.yml:11: error: 'African' in the column 'staff' is not a number.",
                problems("  - - Black\n    - African\n    - 12\n").get(0).lines().findFirst().orElseThrow());
    }
}
