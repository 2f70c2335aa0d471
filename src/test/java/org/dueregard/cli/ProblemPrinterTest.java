package org.dueregard.cli;

import org.dueregard.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 3: warnings at scale are a screenful on the terminal and in CI logs, and a full list in a file. */
class ProblemPrinterTest {

    @TempDir
    Path folder;

    private static Problem acronym(int page, String word) {
        return Problem.warning("content/r" + page + ".md", 3, "'" + word + "' is not spelled out the first time it is used. (on /r" + page
                + "/) [plain-english-acronym]", "Write it in full followed by the short form in brackets.");
    }

    private static Problem longSentence(int page, int words) {
        return Problem.warning("content/r" + page + ".md", 7, "This sentence has " + words + " words: \"We...\" (on /r" + page
                + "/) [plain-english-sentence]", "Split it.");
    }

    private String print(List<Problem> problems) {
        StringWriter text = new StringWriter();
        ProblemPrinter.printScreenful(problems, new PrintWriter(text, true), folder.resolve(".dueregard/problems.txt"));
        return text.toString();
    }

    @Test
    void issue12_tenThousandPagesOfWarningsFitOnAScreenAndAllAreInTheFile() throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (int page = 0; page < 10_000; page++) {
            problems.add(acronym(page, "HR"));
            if (page % 3 == 0) problems.add(acronym(page, "ICB"));
            problems.add(longSentence(page, 26 + page % 10));
        }
        problems.add(Problem.error("content/r5.md", 9, "The link to 'x.md' points at no page.", "Fix the link."));
        problems.sort(Problem.ORDER);
        String printed = print(problems);
        List<String> lines = printed.lines().toList();
        assertTrue(lines.size() <= 2 * ProblemPrinter.SCREENFUL + ProblemPrinter.KINDS + 3, printed);
        assertEquals("content/r5.md:9: error: The link to 'x.md' points at no page.", lines.get(0));
        assertTrue(printed.contains("And 23,334 warnings, of 3 kinds (the full list, with the fix for each, is in "), printed);
        assertTrue(printed.contains("  warning: 10,000 files: 'HR' is not spelled out the first time it is used. [plain-english-acronym]"), printed);
        assertTrue(printed.contains("  warning: 10,000 files [plain-english-sentence], such as content/r0.md:7: This sentence has 26 words"), printed);
        assertTrue(printed.contains("  warning: 3,334 files: 'ICB' is not spelled out"), printed);
        List<String> file = Files.readAllLines(folder.resolve(".dueregard/problems.txt"));
        assertEquals(2 * problems.size(), file.size(), "every problem and its fix");
        assertEquals(printed, print(problems), "the same problems print the same way every time");
    }

    @Test
    void aFewProblemsArePrintedOneByOne() {
        List<Problem> problems = List.of(acronym(1, "HR"), longSentence(2, 30));
        assertEquals(problems.get(0).describe() + System.lineSeparator() + problems.get(1).describe() + System.lineSeparator(), print(problems));
    }

    @Test
    void whenTheFileCannotBeWrittenEveryProblemIsPrinted() throws IOException {
        Files.writeString(folder.resolve(".dueregard"), "a file where the folder should be");
        List<Problem> problems = new ArrayList<>();
        for (int page = 0; page < 40; page++) problems.add(acronym(page, "HR"));
        assertEquals(80, print(problems).lines().count());
    }
}
