package org.dueregard.cli;

import org.apache.commons.io.FileUtils;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.pipeline.BuildOptions;
import org.dueregard.pipeline.CheckSettings;
import org.dueregard.checks.CheckReports;
import org.dueregard.checks.Finding;
import org.dueregard.checks.ReportMerge;
import org.dueregard.checks.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dueregard check}: builds the site into a temporary folder and checks every page, without touching site/.
 * Prints each problem with its page, source file, fix and help link, and writes reports to check-report/. A large
 * site can be checked in parts on several machines ({@code --shard K/N}) and the parts' reports joined into one
 * with one exit code ({@code --merge DIR...}).
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

    @Option(names = "--shard", paramLabel = "K/N", description = "Check only part K of N of the pages (each page always falls in the same part), for checking on N machines at once.")
    String shard;

    @Option(names = "--merge", paramLabel = "DIR", arity = "1..*",
            description = "Do not check: join the report folders of the N parts into one report in check-report/, with one exit code.")
    List<Path> merge;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (merge != null && shard != null) {
            err.println("--merge joins the parts' reports; it cannot be given with --shard.");
            return ExitCode.USAGE;
        }
        if (merge != null) return merge(out, err);
        Optional<Shard> part = shard == null ? Optional.of(Shard.ALL) : Shard.parse(shard);
        if (part.isEmpty()) {
            err.println("--shard '" + shard + "' is not a part of the pages. Write the part and the number of parts, such as --shard 2/4.");
            return ExitCode.USAGE;
        }
        Path scratch = Files.createTempDirectory("dueregard-check-");
        try {
            CheckSettings settings = BuildRunner.checkSettings(site, browser, err).withShard(part.get());
            BuildOptions options = new BuildOptions(site.root(), scratch.resolve("site"), site.baseUrlOverride(), site.drafts, Optional.of(settings));
            return BuildRunner.run(options, out, err, "Checked the site:", "The check does not change site/.");
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } finally {
            FileUtils.deleteQuietly(scratch.toFile());
        }
    }

    /** Joins the parts' reports, prints what must be fixed, and exits 1 when anything must be. */
    private int merge(PrintWriter out, PrintWriter err) throws IOException {
        ReportMerge.Merged merged;
        try {
            merged = ReportMerge.read(merge.stream().map(folder -> folder.toAbsolutePath().normalize()).toList());
        } catch (ProblemsException e) {
            ProblemPrinter.print(e.problems(), err);
            return ExitCode.PROBLEMS;
        }
        Path report = site.root().resolve("check-report");
        CheckReports.write(report, merged.findings(), merged.summary());
        List<Problem> problems = new ArrayList<>(merged.findings().stream().map(Finding::toProblem).toList());
        problems.sort(Problem.ORDER);
        merged.summary().buildErrors().forEach(err::println);
        ProblemPrinter.printScreenful(problems, err, site.root().resolve(".dueregard").resolve("problems.txt"));
        long errors = merged.findings().stream().filter(Finding::isError).count() + merged.summary().buildErrors().size();
        out.printf("Merged the reports of %s: %s checked, %s. Report: %s%n", merged.summary().part(),
                ProblemPrinter.plural(merged.summary().pages(), "page"), ProblemPrinter.plural(errors, "problem") + " to fix",
                report.resolve("index.html"));
        return merged.blocks() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
}
