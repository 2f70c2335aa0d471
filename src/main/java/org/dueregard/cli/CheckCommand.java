package org.dueregard.cli;

import org.apache.commons.io.FileUtils;
import org.dueregard.build.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dueregard check}: builds the site into a temporary folder and checks every page, without touching site/.
 * Prints each problem with its page, source file, fix and help link, and writes reports to check-report/.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every page for accessibility problems (static checks, then axe-core and layout checks in "
                + "headless Chromium). Reports go to check-report/; site/ is not changed. Exit code 1 if anything must be fixed.")
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    BrowserOptions browser;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = Files.createTempDirectory("dueregard-check-");
        try {
            BuildOptions options = new BuildOptions(site.root(), scratch.resolve("site"), site.baseUrlOverride(), site.drafts,
                    Optional.of(BuildRunner.checkSettings(site, browser, err)));
            return BuildRunner.run(options, out, err, "Checked the site:", "The check does not change site/.");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } finally {
            FileUtils.deleteQuietly(scratch.toFile());
        }
    }
}
