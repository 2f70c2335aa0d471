package org.dueregard.checks;

import org.dueregard.Problem;

/**
 * One accessibility problem on one page, as a comms officer needs it.
 *
 * @param rule     the rule's id ("image-alt"), the same as axe-core's where axe found it
 * @param engine   "static" (checked in Java on the HTML), "axe" (axe-core in Chromium) or "browser" (our layout and
 *                 accessibility-tree checks in Chromium)
 * @param page     the page's address on the site ("/reports/2024/")
 * @param file     the source file that produced the element ("content/reports/2024.md"), or a template
 * @param line     the line in that file, or 0 when it cannot be traced
 * @param message  what is wrong, in plain English
 * @param fix      what to do about it
 * @param helpUrl  where the rule is explained, or ""
 * @param element  a short piece of the offending HTML, or ""
 */
public record Finding(String rule, String engine, Problem.Severity severity, String page, String file, int line,
                      String message, String fix, String helpUrl, String element) {

    public boolean isError() {
        return severity == Problem.Severity.ERROR;
    }

    /** The finding as a build problem, so the terminal prints it like every other mistake. */
    public Problem toProblem() {
        String where = page.isEmpty() ? "" : " (on " + page + ")";
        String help = helpUrl.isEmpty() ? "" : " More: " + helpUrl;
        return new Problem(file, line, severity, message + where + " [" + rule + "]", fix + help);
    }

    public Finding withSeverity(Problem.Severity newSeverity) {
        return new Finding(rule, engine, newSeverity, page, file, line, message, fix, helpUrl, element);
    }

    /** Short HTML for reports: the start of the element, at most 160 characters. */
    static String snippet(String html) {
        String flat = html.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
