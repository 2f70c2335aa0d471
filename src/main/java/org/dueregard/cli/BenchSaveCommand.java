package org.dueregard.cli;

import org.dueregard.bench.SaveToDiskBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dueregard bench-save DIR}: times saves under the preview on a generated site, for benchmarks. */
@Command(name = "bench-save", mixinStandardHelpOptions = true, hidden = true,
        description = "Time from saving a page to its new HTML on disk under the preview, on a site made by bench-site.")
public final class BenchSaveCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A site made by bench-site.")
    Path folder;

    @Option(names = "--saves", description = "How many saves (default: ${DEFAULT-VALUE}).")
    int saves = 5;

    @Option(names = "--port", description = "The preview's port (default: ${DEFAULT-VALUE}, or the next free one).")
    int port = 8765;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (saves < 1 || port < 1 || port > 65535) {
            spec.commandLine().getErr().println("--saves must be 1 or more and --port from 1 to 65535.");
            return ExitCode.USAGE;
        }
        List<Long> millis = SaveToDiskBenchmark.run(folder.toAbsolutePath().normalize(), port, saves, out);
        out.printf(Locale.UK, "Save to new HTML on disk: median %.0f ms of %d saves (all: %s)%n", SaveToDiskBenchmark.median(millis), millis.size(), millis);
        return ExitCode.OK;
    }
}
