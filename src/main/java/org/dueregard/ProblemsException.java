package org.dueregard;

import java.util.List;

/** Thrown when a user's site has errors; it carries every problem found, not just the first. */
public final class ProblemsException extends Exception {

    private final List<Problem> problems;

    public ProblemsException(List<Problem> problems) {
        super(problems.size() + " problem(s) found", null, false, false);
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    public ProblemsException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
