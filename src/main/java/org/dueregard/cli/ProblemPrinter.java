package org.dueregard.cli;

import org.dueregard.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems for people: one block each, errors before warnings, and a count at the end. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) {
            err.println(problem.describe());
        }
    }

    static String count(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + " and " + plural(warnings, "warning");
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
