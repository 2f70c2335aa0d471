package org.dueregard.cli;

import org.dueregard.ProblemsException;
import org.dueregard.build.BuildOptions;
import org.dueregard.build.BuildReport;
import org.dueregard.build.SiteBuilder;
import org.dueregard.config.SiteConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dueregard build}: builds the site into the output folder, or reports every problem and changes nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website from content/ into site/. A failed build leaves the previous site/ as it was.")
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with dueregard.yml and content/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the website (default: site/ in the site folder).")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "The address the site is published at, instead of base_url in dueregard.yml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<URI> base = Optional.empty();
        if (baseUrl != null) {
            base = SiteConfigLoader.parseBaseUrl(baseUrl);
            if (base.isEmpty()) {
                err.println("--base-url '" + baseUrl + "' is not a full web address. Write it with https://, for example https://equality.example.org/");
                return ExitCode.USAGE;
            }
        }
        Path root = source.toAbsolutePath().normalize();
        BuildOptions options = new BuildOptions(root, output == null ? root.resolve("site") : output.toAbsolutePath().normalize(), base, drafts);
        try {
            BuildReport report = new SiteBuilder().build(options);
            ProblemPrinter.print(report.warnings(), err);
            out.printf("Built %d pages and copied %d files into %s in %d ms%s.%n", report.pages(), report.files(),
                    options.output(), report.elapsed().toMillis(),
                    report.warnings().isEmpty() ? "" : " with " + ProblemPrinter.plural(report.warnings().size(), "warning"));
            return ExitCode.OK;
        } catch (ProblemsException e) {
            ProblemPrinter.print(e.problems(), err);
            err.println("The build stopped with " + ProblemPrinter.count(e.problems()) + ". Nothing in "
                    + options.output() + " was changed.");
            return ExitCode.PROBLEMS;
        } catch (IOException e) {
            err.println("The build could not read or write a file: " + e.getMessage() + ". Nothing in " + options.output() + " was changed.");
            return ExitCode.INTERNAL;
        }
    }
}
