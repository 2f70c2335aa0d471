package org.dueregard.cli;

import org.dueregard.preview.PortsTakenException;
import org.dueregard.preview.PreviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code dueregard serve}: previews the site on this computer and rebuilds it whenever a file is saved. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site at http://127.0.0.1:8000/ and rebuild it whenever you save a file; open pages reload by themselves.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with dueregard.yml and content/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--port", description = "The port to serve on; if it is taken, the next free one is used (default: ${DEFAULT-VALUE}).")
    int port = 8000;

    @Option(names = "--drafts", description = "Include pages marked draft: true.")
    boolean drafts;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("--port must be a number from 1 to 65535, such as 8000.");
            return ExitCode.USAGE;
        }
        try (PreviewSession session = new PreviewSession(source.toAbsolutePath().normalize(), port, drafts, out, err)) {
            if (session.port() != port) err.println("Port " + port + " is in use, so the preview uses port " + session.port() + ".");
            out.println("Preview: " + session.address() + "  (press Ctrl+C to stop)");
            out.println("Building the site; until it is ready the page says so, then shows the site by itself.");
            out.println("Watching for changes in content/, dueregard.yml, glossary.yml, templates/, assets/ and themes/.");
            out.flush();
            Path problemsFile = source.toAbsolutePath().normalize().resolve(".dueregard").resolve("problems.txt");
            session.run((changed, result) -> report(changed, result, out, err, problemsFile));
            return ExitCode.OK;
        } catch (PortsTakenException e) {
            err.println(e.getMessage() + " Choose another with --port, such as --port 9000.");
            return ExitCode.USAGE;
        } catch (org.dueregard.ProblemsException e) {
            ProblemPrinter.print(e.problems(), err);
            return ExitCode.PROBLEMS;
        } catch (IOException e) {
            err.println("The preview stopped: it could not watch or read the site's files (" + e.getMessage() + ").");
            return ExitCode.INTERNAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }

    /**
     * Errors are always printed; after the first build, warnings only for the files just changed, so each save
     * shows what that save did rather than the whole list again. The first build's list is a screenful at most,
     * counted by kind past that, with the full list in a file.
     */
    private static void report(Set<String> changed, PreviewSession.Rebuild result, PrintWriter out, PrintWriter err, Path problemsFile) {
        // Editors' temporary files (no extension) are left out of the list; the build saw them anyway.
        List<String> named = changed.stream().filter(path -> path.substring(path.lastIndexOf('/') + 1).contains(".")).toList();
        if (!named.isEmpty()) {
            out.println("Changed: " + String.join(", ", named.stream().limit(5).toList())
                    + (named.size() > 5 ? " and " + (named.size() - 5) + " more" : ""));
        }
        ProblemPrinter.printScreenful(result.problems().stream()
                .filter(p -> p.isError() || changed.isEmpty() || changed.contains(p.file())).toList(), err, problemsFile);
        if (result.ok()) {
            out.printf("%s %s in %d ms%s.%n", changed.isEmpty() ? "Built" : "Rebuilt", ProblemPrinter.plural(result.pages(), "page"),
                    result.millis(), result.problems().isEmpty() ? "" : " with " + ProblemPrinter.plural(result.problems().size(), "warning"));
        } else {
            err.println("The site could not be built (" + ProblemPrinter.count(result.problems()) + "). The browser shows the problems until they are fixed.");
        }
        out.flush();
        err.flush();
    }
}
