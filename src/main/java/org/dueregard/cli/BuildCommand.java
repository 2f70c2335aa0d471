package org.dueregard.cli;

import org.dueregard.pipeline.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dueregard build}: builds the site into the output folder, or reports every problem and changes nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website from content/ into site/. A failed build leaves the previous site/ as it was.")
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Mixin
    BrowserOptions browser;

    @Option(names = "--output", paramLabel = "DIR", description = "Where to write the website (default: site/ in the site folder).")
    Path output;

    @Option(names = "--check", description = "Also check every page in a browser (axe-core and more) and publish only if all pass.")
    boolean check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options;
        try {
            options = new BuildOptions(site.root(), output == null ? site.root().resolve("site") : output.toAbsolutePath().normalize(),
                    site.baseUrlOverride(), site.drafts, Optional.empty());
            if (check) options = options.withCheck(BuildRunner.checkSettings(site, browser, err));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        return BuildRunner.run(options, out, err, "Built " + options.output() + ":",
                "Nothing in " + options.output() + " was changed.");
    }
}
