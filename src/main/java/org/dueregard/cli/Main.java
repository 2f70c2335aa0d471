package org.dueregard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The dueregard command: parses arguments, runs one subcommand and turns every outcome into an exit code. */
@Command(name = "dueregard",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds accessible equality publications from Markdown and YAML.")
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            DutyCommand.class, BenchSiteCommand.class, BenchSaveCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs a command with the given streams and returns its exit code. Never throws. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        // Only the command asked for is set up when the first word names one (the rest cost every run about 30 ms of
        // picocli reading their options); help, a version or a mistyped command get them all.
        Optional<Class<?>> named = args.length == 0 ? Optional.empty()
                : COMMANDS.stream().filter(command -> command.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        for (Class<?> command : named.map(List::<Class<?>>of).orElse(COMMANDS)) commandLine.addSubcommand(command);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            err.println("dueregard hit an internal error. This is a bug in dueregard, not in your site:");
            exception.printStackTrace(err);
            err.println("Please report it with the text above.");
            err.flush();
            return ExitCode.INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version baked into the jar by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/dueregard-version.properties")) {
                if (in != null) properties.load(in);
            }
            return new String[] {"dueregard " + properties.getProperty("version", "unknown")};
        }
    }
}
