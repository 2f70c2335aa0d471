package org.dueregard.cli;

import org.dueregard.ProblemsException;
import org.dueregard.pipeline.BuildOptions;
import org.dueregard.pipeline.BuildReport;
import org.dueregard.pipeline.CheckSettings;
import org.dueregard.pipeline.SiteBuilder;
import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserStoppedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** Runs a build for a command and turns its outcome into messages and an exit code. */
final class BuildRunner {

    private BuildRunner() {
    }

    /**
     * Prints a line per page checked in the browser on a terminal or with --verbose (CI logs get the summary alone),
     * and the browser's timings only with --verbose: they help whoever makes the checks faster, not the author.
     */
    static Consumer<String> gateLog(PrintWriter err, boolean verbose) {
        boolean terminal = System.console() != null;
        return line -> {
            boolean perPageProgress = line.startsWith("Checked ") && !line.contains(" for accessibility ");
            boolean timing = line.startsWith(SiteBuilder.TIMING);
            if (timing ? verbose : terminal || verbose || !perPageProgress) {
                err.println(line);
                err.flush();
            }
        };
    }

    /** Throws IllegalArgumentException (a usage error) for a number of browsers below 1. */
    static CheckSettings checkSettings(SiteOptions site, BrowserOptions browser, PrintWriter err) {
        if (browser.browsers < 1 || browser.browsers > 16) throw new IllegalArgumentException("--browsers must be a number from 1 to 16, such as 2.");
        return CheckSettings.inSiteFolder(site.root(), gateLog(err, site.verbose)).withBrowser(browser.chromiumPath(), browser.chromedriverPath())
                .withBrowsers(browser.browsers);
    }

    /** Where the full list of a build's problems goes when the terminal gets a summary. */
    static java.nio.file.Path problemsFile(BuildOptions options) {
        return options.siteRoot().toAbsolutePath().normalize().resolve(".dueregard").resolve("problems.txt");
    }

    /**
     * @param doneVerb   how the success line starts ("Built")
     * @param untouched  what to tell people was left as it was when the build fails
     */
    static int run(BuildOptions options, PrintWriter out, PrintWriter err, String doneVerb, String untouched) {
        try {
            boolean terminal = System.console() != null;
            SiteBuilder builder = new SiteBuilder(line -> {
                if (terminal) {
                    err.print("\r" + line + "   ");
                    err.flush();
                }
            });
            BuildReport report = builder.build(options);
            if (terminal) err.print("\r" + " ".repeat(40) + "\r");
            ProblemPrinter.printScreenful(report.warnings(), err, problemsFile(options));
            out.printf("%s %s and %s in %d ms%s.%n", doneVerb, ProblemPrinter.plural(report.pages(), "page"),
                    ProblemPrinter.plural(report.files(), "file"), report.elapsed().toMillis(),
                    report.warnings().isEmpty() ? "" : " with " + ProblemPrinter.plural(report.warnings().size(), "warning"));
            report.languages().ifPresent(out::println);
            report.duty().ifPresent(duty -> duty.lines().forEach(out::println));
            return ExitCode.OK;
        } catch (ProblemsException e) {
            ProblemPrinter.printScreenful(e.problems(), err, problemsFile(options));
            err.println("The build stopped with " + ProblemPrinter.count(e.problems()) + ". " + untouched);
            return ExitCode.PROBLEMS;
        } catch (BrowserNotFoundException | BrowserStoppedException e) { // their messages say what to do
            err.println(e.getMessage());
            err.println(untouched);
            return ExitCode.INTERNAL;
        } catch (IOException e) {
            err.println("The build could not read or write a file: " + e.getMessage() + ". " + untouched);
            return ExitCode.INTERNAL;
        }
    }
}
