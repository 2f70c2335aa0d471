package org.dueregard.checks;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 6: the parts' reports join into one, and a missing or repeated part stops the merge. */
class ReportMergeTest {

    @TempDir
    Path folder;

    private Path part(String name, String part, List<Finding> findings, List<String> buildErrors) throws IOException {
        Path report = folder.resolve(name);
        CheckReports.write(report, findings, new CheckReports.Summary("Site", findings.size() + 2, findings.size() + 2, 0, 900, 400, 5000,
                part, buildErrors));
        return report;
    }

    private static Finding finding(String page, Problem.Severity severity) {
        return new Finding("image-alt", "axe", severity, page, "content" + page + "index.md", 3, "An image has no alt text.",
                "Describe it.", "https://dequeuniversity.com/rules/axe/4.14/image-alt", "<img src=\"a.png\">");
    }

    @Test
    void thePartsJoinIntoOneReportWithEveryFindingAndEachBuildErrorOnce() throws Exception {
        List<Path> parts = List.of(
                part("p2", "2/3", List.of(finding("/b/", Problem.Severity.ERROR)), List.of("content/x.md:2: error: A broken link.")),
                part("p1", "1/3", List.of(finding("/a/", Problem.Severity.WARNING)), List.of("content/x.md:2: error: A broken link.")),
                part("p3", "3/3", List.of(), List.of("content/x.md:2: error: A broken link.")));
        ReportMerge.Merged merged = ReportMerge.read(parts);
        assertEquals(List.of("/a/", "/b/"), merged.findings().stream().map(Finding::page).toList());
        assertEquals(List.of("content/x.md:2: error: A broken link."), merged.summary().buildErrors());
        assertEquals(3 + 3 + 2, merged.summary().pages());
        assertEquals("3 parts", merged.summary().part());
        assertTrue(merged.blocks());
        CheckReports.write(folder.resolve("merged"), merged.findings(), merged.summary());
        assertTrue(Files.readString(folder.resolve("merged/junit.xml")).contains("name=\"build\""));
    }

    @Test
    void warningsAloneDoNotBlock() throws Exception {
        ReportMerge.Merged merged = ReportMerge.read(List.of(part("p1", "1/2", List.of(finding("/a/", Problem.Severity.WARNING)), List.of()),
                part("p2", "2/2", List.of(), List.of())));
        assertFalse(merged.blocks());
    }

    @Test
    void aMissingRepeatedOrForeignPartStopsTheMerge() throws Exception {
        Path one = part("p1", "1/3", List.of(), List.of());
        Path three = part("p3", "3/3", List.of(), List.of());
        ProblemsException missing = assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(one, three)));
        assertTrue(missing.problems().get(0).message().contains("The report of part 2/3 is missing"), missing.problems().toString());
        ProblemsException again = assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(one, one)));
        assertTrue(again.problems().get(0).message().contains("is part 1/3 again"));
        Path whole = part("whole", "all", List.of(), List.of());
        assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(whole)));
        Path other = part("other", "1/2", List.of(), List.of());
        assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(one, other)));
        assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(folder.resolve("nowhere"))));
        Files.createDirectories(folder.resolve("broken"));
        Files.writeString(folder.resolve("broken/results.json"), "{not json");
        assertThrows(ProblemsException.class, () -> ReportMerge.read(List.of(folder.resolve("broken"))));
    }
}
