package org.dueregard.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the browser check prints: the summary always; a line per page and the timings with --verbose (issue 11). */
class BuildRunnerTest {

    private static final String[] LINES = {
            "Checked 1 of 13 pages in the browser: /",
            "Checked 12 pages and the not-found page for accessibility (13 in the browser, 0 unchanged since the last check) in 9.1 s: 0 problems.",
            "Timing: browser start 812 ms, median 420 ms a page."};

    private static String printed(boolean verbose) {
        StringWriter text = new StringWriter();
        Consumer<String> log = BuildRunner.gateLog(new PrintWriter(text), verbose);
        for (String line : LINES) log.accept(line);
        return text.toString();
    }

    @Test
    void timingsAndPageLinesOnlyWithVerboseWhenNotOnATerminal() {
        assertEquals(LINES[1] + System.lineSeparator(), printed(false));
        assertEquals(String.join(System.lineSeparator(), LINES) + System.lineSeparator(), printed(true));
    }
}
