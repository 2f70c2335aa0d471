package org.dueregard.content;

import org.dueregard.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits that keep the work on any page in proportion to its size. The Markdown parser takes time that grows with
 * the square of nesting depth and uses the stack for long runs of some characters, so a hostile page (a list nested
 * 5,000 deep, a table of 1,000 columns) could hang or crash the build. One linear pass over the text finds anything
 * past a limit no real report comes near, and the page is refused with the line and the limit.
 */
public final class MarkdownLimits {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_LINE = 10_000;
    public static final int MAX_DEPTH = 16;
    public static final int MAX_COLUMNS = 100;
    /** Flexmark looks for every abbreviation everywhere in the page: 3,000 of them made a 1.3 MB page take 40 s. */
    public static final int MAX_ABBREVIATIONS = 200;
    /** Flexmark matches backticks in a line in quadratic time: 5,000 of them in each of 190 lines took 32 s. */
    public static final int MAX_BACKTICKS = 100;
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(" {0,3}\\*\\[[^\\]]+\\]:.*");

    private MarkdownLimits() {
    }

    /** Every limit the body passes, as problems with the file's lines; empty when the page is within all of them. */
    public static List<Problem> check(String body, String file, int bodyFirstLine) {
        List<Problem> problems = new ArrayList<>();
        if (body.length() > MAX_BYTES) {
            problems.add(Problem.error(file, 0, "The page is " + body.length() / 1024 + " KB of text; dueregard reads pages of up to "
                    + MAX_BYTES / 1024 / 1024 + " MB.", "Split it into several pages, one for each part of the report."));
            return problems;
        }
        boolean inFence = false;
        int lineNumber = bodyFirstLine;
        int start = 0;
        int abbreviations = 0;
        // Each line is read in place, not copied out: this class was 4% of a 10,000-page build.
        while (start <= body.length() && problems.size() < 5) {
            int first = firstNonBlank(body, start);
            if (body.startsWith("```", first) || body.startsWith("~~~", first)) inFence = !inFence;
            int end = check(body, start, inFence, file, lineNumber, problems);
            if (!inFence && body.startsWith("*[", first) && ABBREVIATION.matcher(body).region(start, end).matches()
                    && ++abbreviations == MAX_ABBREVIATIONS + 1) {
                problems.add(Problem.error(file, lineNumber, "This is the page's abbreviation number " + abbreviations + " (*[...]: lines);"
                        + " dueregard reads up to " + MAX_ABBREVIATIONS + " on a page.",
                        "Explain only the abbreviations this page uses, or put the words in glossary.yml."));
            }
            start = end + 1;
            lineNumber++;
        }
        return problems;
    }

    /**
     * Checks the line that starts at {@code start} and returns where it ends (its newline, or the end of the body).
     * Backticks, pipes and the line's end are found in one loop over its characters.
     */
    private static int check(String body, int start, boolean inFence, String file, int lineNumber, List<Problem> problems) {
        int backticks = 0;
        int pipes = 0;
        int length = body.length();
        int end = start;
        for (; end < length; end++) {
            char c = body.charAt(end);
            if (c == '\n') break;
            if (c == '`') backticks++;
            else if (c == '|' && (end == start || body.charAt(end - 1) != '\\')) pipes++;
        }
        if (end - start > MAX_LINE) {
            problems.add(Problem.error(file, lineNumber, "This line is " + String.format(java.util.Locale.UK, "%,d", end - start)
                    + " characters long; dueregard reads lines of up to " + String.format(java.util.Locale.UK, "%,d", MAX_LINE) + ".",
                    "Break it into paragraphs, with an empty line between them."));
            return end;
        }
        if (inFence) return end;
        int depth = depthOf(body, start, end);
        if (depth > MAX_DEPTH) {
            problems.add(Problem.error(file, lineNumber, "This line puts lists or quotes " + depth + " levels inside each other; dueregard reads up to "
                    + MAX_DEPTH + ".", "Use fewer levels: a list inside a list is as deep as most readers can follow."));
        }
        if (backticks > MAX_BACKTICKS) {
            problems.add(Problem.error(file, lineNumber, "This line has " + backticks + " backticks (`); dueregard reads up to " + MAX_BACKTICKS
                    + " on a line outside a code block.", "Put code in a fenced block (a line of ``` before and after it), or split the line."));
        }
        if (pipes - 1 > MAX_COLUMNS) {
            problems.add(Problem.error(file, lineNumber, "This table row has about " + (pipes - 1) + " columns; dueregard reads tables of up to "
                    + MAX_COLUMNS + ".", "Split the table, or publish the figures as a dataset with a CSV download."));
        }
        return end;
    }

    /** Where the text of the line starting at {@code start} begins, after white space (a blank line's end, or further). */
    private static int firstNonBlank(String body, int start) {
        int i = start;
        while (i < body.length() && body.charAt(i) != '\n' && Character.isWhitespace(body.charAt(i))) i++;
        return i;
    }

    /** How many lists and quotes the line between two positions opens or continues: its indentation in pairs of spaces, then its markers. */
    private static int depthOf(String body, int start, int end) {
        int i = start;
        int indent = 0;
        int markers = 0;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t') {
                if (markers == 0) indent += c == ' ' ? 1 : 4; // spaces after a marker only separate it from the text
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
                markers++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(body.charAt(j))) j++;
                if (j + 1 < end && (body.charAt(j) == '.' || body.charAt(j) == ')') && body.charAt(j + 1) == ' ') {
                    markers++;
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return indent / 2 + markers;
    }
}
