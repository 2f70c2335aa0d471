package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shares of one whole, with cells the source hid: what can and cannot be true of them. */
class ShareChecksTest {

    private static List<String> problems(String rows) {
        String yaml = "title: T\nsource: S\ncolumns: [{id: group}, {id: share, type: percent, whole: true}]\nrows:\n" + rows;
        try {
            Dataset d = DatasetParser.parse("d", yaml, "d.yml");
            return d.warnings().stream().map(p -> p.line() + " warning " + p.message()).toList();
        } catch (ProblemsException e) {
            return e.problems().stream().map(p -> p.line() + " " + (p.isError() ? "error " : "warning ") + p.message()).toList();
        }
    }

    @Test
    void hiddenSharesThatCanMakeUpTheRestAreAccepted() {
        assertEquals(List.of(), problems("  - [White, 80.0]\n  - [Asian, 16.5]\n  - [Black, <5]\n  - [Other, \"[c]\"]\n"));
    }

    @Test
    void sharesShownOverAHundredAreAnErrorEvenWithHiddenCells() {
        assertEquals(List.of("3 error The percentages shown in 'share' add up to 103%, more than 100%."),
                problems("  - [White, 83.0]\n  - [Asian, 20.0]\n  - [Black, <5]\n"));
    }

    @Test
    void boundsThatCannotReachAHundredAreAnError() {
        assertEquals(List.of("3 error The percentages in 'share' cannot add up to 100%: the ones shown make 80% and the hidden ones are under 10% together."),
                problems("  - [White, 70.0]\n  - [Asian, 10.0]\n  - [Black, <5]\n  - [Mixed, <5]\n"));
    }

    @Test
    void aBoundThatMustBeZeroIsAWarningOnItsRow() {
        assertEquals(List.of("7 warning The share of Black in 'share' is written as under 5%, but the others already make 100%, so it must be 0."),
                problems("  - [White, 83.5]\n  - [Asian, 16.5]\n  - [Black, <5]\n"));
    }

    @Test
    void aBreakdownShortOfAHundredIsAWarningAboutAMissingCategory() {
        List<String> found = problems("  - [White, 83.5]\n  - [Asian, 13.0]\n");
        assertEquals(List.of("3 warning The percentages in 'share' add up to 96.5%, not 100%: is a category missing?"), found);
    }

    @Test
    void roundingIsAllowedFor() {
        assertEquals(List.of(), problems("  - [A, 33.3]\n  - [B, 33.3]\n  - [C, 33.3]\n"));
        assertTrue(problems("  - [A, 33.3]\n  - [B, 33.3]\n  - [C, 33.6]\n").get(0).contains("more than 100%"));
    }
}
