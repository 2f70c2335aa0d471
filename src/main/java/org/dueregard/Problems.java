package org.dueregard;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector of problems, so one run reports everything that is wrong. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();
    /** Counted as they come: the preview asks after every stage of a save, with 10,000 warnings on a large site. */
    private int errors;

    public synchronized void add(Problem problem) {
        found.add(problem);
        if (problem.isError()) errors++;
    }

    public synchronized void addAll(List<Problem> problems) {
        found.addAll(problems);
        for (Problem problem : problems) if (problem.isError()) errors++;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** Every problem so far, in report order. */
    public synchronized List<Problem> sorted() {
        return found.stream().sorted(Problem.ORDER).toList();
    }

    /** Fails with every problem found when any of them is an error. */
    public void throwIfErrors() throws ProblemsException {
        if (hasErrors()) throw new ProblemsException(sorted());
    }
}
