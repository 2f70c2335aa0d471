package org.dueregard;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector of problems, so one run reports everything that is wrong. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public synchronized boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
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
