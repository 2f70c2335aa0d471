package org.dueregard.cli;

import org.dueregard.bench.BenchSiteGenerator;
import org.dueregard.bench.HugoBenchSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dueregard bench-site DIR --pages N}: writes a generated site for speed measurements. */
@Command(name = "bench-site", mixinStandardHelpOptions = true, hidden = true,
        description = "Write a generated site of realistic report pages into an empty folder, for benchmarks.")
public final class BenchSiteCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "An empty or new folder.")
    Path folder;

    @Option(names = "--pages", description = "How many report pages (default: ${DEFAULT-VALUE}).")
    int pages = 1000;

    @Option(names = "--seed", description = "Random seed; the same seed writes the same site (default: ${DEFAULT-VALUE}).")
    long seed = 2024;

    @Option(names = "--hugo", description = "Write the same pages as a Hugo site instead, to time Hugo on the same corpus.")
    boolean hugo;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder.resolve("content"))) {
            System.err.println(folder + " already has a content folder; give an empty folder.");
            return ExitCode.USAGE;
        }
        if (hugo) {
            HugoBenchSite.generate(folder, pages, seed);
        } else {
            BenchSiteGenerator.generate(folder, pages, seed);
        }
        System.out.println("Wrote " + pages + " report pages" + (hugo ? " for Hugo" : "") + " into " + folder.toAbsolutePath().normalize());
        return ExitCode.OK;
    }
}
