package org.dueregard;

import java.util.Comparator;

/**
 * One thing wrong with a user's site: where it is, what is wrong and how to fix it.
 *
 * @param file    path of the file relative to the site folder, with forward slashes; empty when no file is to blame
 * @param line    1-based line in that file, or 0 when the line is not known
 * @param severity whether the build fails because of it
 * @param message what is wrong, in plain English
 * @param fix     what the author should do about it
 */
public record Problem(String file, int line, Severity severity, String message, String fix) {

    /**
     * Errors first, then by file, line, message and fix: a total order, so reports read the same on every run
     * whichever page of a parallel build finished first.
     */
    public static final Comparator<Problem> ORDER = (a, b) -> {
        // Written out rather than chained (Comparator.comparing...thenComparing): the preview sorts every
        // problem of the site on each save, 10,000 warnings on a 10,000-page bench site.
        int order = a.severity().compareTo(b.severity());
        if (order == 0) order = a.file().compareTo(b.file());
        if (order == 0) order = Integer.compare(a.line(), b.line());
        if (order == 0) order = a.message().compareTo(b.message());
        return order != 0 ? order : a.fix().compareTo(b.fix());
    };

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, String message, String fix) {
        return new Problem(file, line, Severity.ERROR, message, fix);
    }

    public static Problem warning(String file, int line, String message, String fix) {
        return new Problem(file, line, Severity.WARNING, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "content/a.md:12" or "content/a.md" or "" when there is no file. */
    public String location() {
        if (file.isEmpty()) return "";
        return line > 0 ? file + ":" + line : file;
    }

    /** The whole problem as the terminal shows it: location, message, and the fix on its own line. */
    public String describe() {
        String where = location().isEmpty() ? "" : location() + ": ";
        String label = isError() ? "error: " : "warning: ";
        return where + label + message + (fix.isEmpty() ? "" : System.lineSeparator() + "    fix: " + fix);
    }
}
