package org.dueregard.cli;

import org.dueregard.Problem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints problems for people: one block each, errors before warnings. Past a screenful, the terminal (and a CI
 * log, which reads the same) gets the errors and then the rest counted by kind, and the full list goes to a file.
 */
final class ProblemPrinter {

    /** Up to this many problems are printed one by one (each takes two lines: the problem and its fix). */
    static final int SCREENFUL = 15;
    /** At most this many kinds are listed after the errors. */
    static final int KINDS = 12;

    private ProblemPrinter() {
    }

    /** Colours only on a terminal, and not when NO_COLOR is set: CI logs and files get plain text. */
    static final boolean COLOUR = System.console() != null && System.getenv("NO_COLOR") == null;

    /** Every problem, one by one. */
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

    /**
     * A screenful at most: the problems one by one when there are few, else the first errors one by one and then
     * every other problem counted by kind; the full list is written to {@code fullList} first. When the file cannot
     * be written, every problem is printed instead, so none is lost.
     */
    static void printScreenful(List<Problem> problems, PrintWriter err, Path fullList) {
        if (problems.size() <= SCREENFUL) {
            print(problems, err);
            return;
        }
        try {
            writeAll(problems, fullList);
        } catch (IOException e) {
            print(problems, err);
            return;
        }
        List<Problem> shown = problems.stream().filter(Problem::isError).limit(SCREENFUL).toList();
        print(shown, err);
        List<Problem> rest = problems.subList(shown.size(), problems.size());
        List<ProblemGroups.Group> groups = ProblemGroups.of(rest);
        err.println((shown.isEmpty() ? "" : "And ") + countNonZero(rest, !shown.isEmpty()) + ", of " + plural(groups.size(), "kind")
                + " (the full list, with the fix for each, is in " + fullList + "):");
        for (ProblemGroups.Group group : groups.subList(0, Math.min(KINDS, groups.size()))) {
            err.println("  " + (group.severity() == Problem.Severity.ERROR ? "error: " : "warning: ") + group.describe());
        }
        if (groups.size() > KINDS) err.println("  and " + plural(groups.size() - KINDS, "more kind") + ".");
    }

    private static void writeAll(List<Problem> problems, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Problem problem : problems) {
                out.write(problem.describe());
                out.write('\n');
            }
        }
    }

    /** "3 more errors and 1,000 warnings", leaving out a count of nothing. */
    private static String countNonZero(List<Problem> problems, boolean more) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        String errorText = errors == 0 ? "" : plural(errors, more ? "more error" : "error");
        String warningText = warnings == 0 ? "" : plural(warnings, "warning");
        return errorText.isEmpty() ? warningText : warningText.isEmpty() ? errorText : errorText + " and " + warningText;
    }

    static String count(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return plural(errors, "error") + " and " + plural(warnings, "warning");
    }

    static String plural(long n, String noun) {
        return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
