package org.dueregard.cli;

import org.apache.commons.io.FileUtils;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.pipeline.BuildOptions;
import org.dueregard.pipeline.BuildReport;
import org.dueregard.pipeline.SiteBuilder;
import org.dueregard.checks.BrowserNotFoundException;
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
 * {@code dueregard duty}: prints the equality duty's calendar alone (what is due and when, what is overdue, pages past
 * their review date, the protected characteristics covered), building the site in a temporary folder to read it.
 */
@Command(name = "duty", mixinStandardHelpOptions = true,
        description = "Print what the equality duty asks the body to publish and when, from duty: in dueregard.yml and the pages' dates. "
                + "site/ is not changed. Exit code 1 if something is overdue and duty: says strict: true.")
public final class DutyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @CommandLine.Option(names = "--html", paramLabel = "FILE",
            description = "Also write the calendar as a web page for the team to FILE (it is not published with the site).")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scratch = Files.createTempDirectory("dueregard-duty-");
        try {
            BuildOptions options = new BuildOptions(site.root(), scratch.resolve("site"), site.baseUrlOverride(), site.drafts, Optional.empty());
            BuildReport report = new SiteBuilder().build(options);
            if (report.duty().isEmpty()) {
                ProblemPrinter.print(java.util.List.of(Problem.error("dueregard.yml", 0, "The site config has no duty: settings, so there is no calendar to show.",
                        "Add, for example:\nduty:\n  kind: NHS body\n  employees: 420")), err);
                return ExitCode.PROBLEMS;
            }
            report.duty().get().lines().forEach(out::println);
            if (html != null) {
                Path file = html.toAbsolutePath().normalize();
                if (Files.isDirectory(file)) {
                    err.println(html + " is a folder. Give a file name for the page, such as --html duty.html");
                    return ExitCode.USAGE;
                }
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Files.writeString(file, org.dueregard.duty.DutyPage.html(report.duty().get()), java.nio.charset.StandardCharsets.UTF_8);
                out.println("The calendar as a page for the team: " + file);
            }
            return ExitCode.OK;
        } catch (ProblemsException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println("The calendar could not be worked out: the site has " + ProblemPrinter.count(e.problems()) + ".");
            return ExitCode.PROBLEMS;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (BrowserNotFoundException e) {
            throw new IllegalStateException("The duty calendar never starts a browser", e);
        } finally {
            FileUtils.deleteQuietly(scratch.toFile());
        }
    }
}
