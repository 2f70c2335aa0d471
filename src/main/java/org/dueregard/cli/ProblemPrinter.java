package org.dueregard.cli;

import org.dueregard.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems for people: one block each, errors before warnings, and a count at the end. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    /** Colours only on a terminal, and not when NO_COLOR is set: CI logs and files get plain text. */
    static final boolean COLOUR = System.console() != null && System.getenv("NO_COLOR") == null;

    static void print(List<Problem> problems, PrintWriter err) {
        for (Problem problem : problems) {
            String text = problem.describe();
            if (COLOUR) {
                String label = problem.isError() ? "error: " : "warning: ";
                String colour = problem.isError() ? "\u001b[1;31m" : "\u001b[1;33m";
                text = text.replaceFirst(label, colour + label + "\u001b[0m");
            }
            err.println(text);
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
