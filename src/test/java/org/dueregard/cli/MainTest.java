package org.dueregard.cli;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract: help, version, named exit codes, and messages on the right stream. */
class MainTest {

    @TempDir
    Path folder;

    @Test
    void helpListsTheBuildCommand() {
        MiniSite.Run run = MiniSite.run("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().startsWith("Usage: dueregard"), run.out());
    }

    @Test
    void buildHelpDescribesEveryOption() {
        MiniSite.Run run = MiniSite.run("build", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String option : new String[] {"--source", "--output", "--base-url", "--drafts"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }

    @Test
    void versionComesFromTheBuild() {
        MiniSite.Run run = MiniSite.run("--version");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().matches("dueregard \\d+\\.\\d+\\.\\d+.*\\s*"), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        MiniSite.Run run = MiniSite.run("build", "--ouput", "x");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--ouput"), run.err());
    }

    @Test
    void aBadBaseUrlIsAUsageError() {
        MiniSite.Run run = MiniSite.run("build", "--base-url", "example.org");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("is not a full web address"), run.err());
    }

    @Test
    void aSuccessfulBuildSaysWhatItDidOnStandardOutput() throws IOException {
        MiniSite site = MiniSite.write(folder, "-- content/index.md --\n---\ntitle: Home\ndate: 2025-01-01\n---\nHello.\n");
        MiniSite.Run run = site.build();
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().matches("Built .*site: 2 pages and 4 files in \\d+ ms\\.\\s*"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void problemsGoToStandardErrorWithExitCodeOne() throws IOException {
        MiniSite site = MiniSite.write(folder, "-- content/index.md --\n---\ntitle: Home\ndate: soon\n---\n");
        MiniSite.Run run = site.build();
        assertEquals(ExitCode.PROBLEMS, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("content/index.md:3: error: 'date' is 'soon', which is not a date."), run.err());
    }
}
