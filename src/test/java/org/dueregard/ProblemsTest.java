package org.dueregard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemsTest {

    private static final Problem WARNING = Problem.warning("content/b.md", 3, "A long sentence.", "Split it.");
    private static final Problem ERROR = Problem.error("content/a.md", 7, "A chart names an unknown column.", "Use a column of the dataset.");

    @Test
    void warningsAloneAreNotErrors() throws ProblemsException {
        Problems problems = new Problems();
        problems.add(WARNING);
        problems.addAll(List.of(WARNING, WARNING));

        assertFalse(problems.hasErrors());
        problems.throwIfErrors();
        assertEquals(3, problems.sorted().size());
    }

    @Test
    void anErrorAddedOneByOneOrInAListIsAnError() {
        Problems one = new Problems();
        one.add(WARNING);
        one.add(ERROR);
        Problems list = new Problems();
        list.addAll(List.of(WARNING, ERROR, WARNING));

        assertTrue(one.hasErrors());
        assertTrue(list.hasErrors());
        ProblemsException thrown = assertThrows(ProblemsException.class, list::throwIfErrors);
        assertEquals(List.of(ERROR, WARNING, WARNING), thrown.problems());
    }
}
