package org.dueregard.testing;

import org.dueregard.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small site written inline in a test, in sections headed {@code -- path --}, as Hugo's integration tests do.
 * A config with the required keys is added unless the text has its own {@code dueregard.yml}.
 */
public final class MiniSite {

    public static final String DEFAULT_CONFIG = """
            title: Test equality site
            organisation: Test Council
            base_url: https://example.org/
            contact:
              email: equality@example.org
            """;

    /** The first bytes of a PNG image: enough for a file named .png to be published as one. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final Path root;

    private MiniSite(Path root) {
        this.root = root;
    }

    public static MiniSite write(Path folder, String files) throws IOException {
        MiniSite site = new MiniSite(folder);
        String path = null;
        StringBuilder body = new StringBuilder();
        for (String line : files.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (path != null) site.writeFile(path, body.toString());
                path = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path != null) site.writeFile(path, body.toString());
        if (!Files.exists(folder.resolve("dueregard.yml"))) site.writeFile("dueregard.yml", DEFAULT_CONFIG);
        return site;
    }

    public void writeFile(String path, String text) throws IOException {
        writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site");
    }

    /** Runs {@code dueregard build} on the site with extra arguments, capturing everything it prints. */
    public Run build(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("build", "--source", root.toString()));
        args.addAll(List.of(extraArgs));
        return run(args.toArray(String[]::new));
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(new ProgressEcho(err)));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Keeps what a command prints for the test, and echoes its progress lines ("Checked 3 of 16 pages...") to the
     * test's output as they come, so a long browser test is never silent.
     */
    private static final class ProgressEcho extends java.io.Writer {
        private final StringWriter kept;
        private final StringBuilder line = new StringBuilder();

        ProgressEcho(StringWriter kept) {
            this.kept = kept;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            kept.write(chars, offset, length);
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] != '\n') {
                    line.append(chars[i]);
                    continue;
                }
                if (line.toString().startsWith("Checked ")) {
                    System.out.println("  " + line);
                    System.out.flush();
                }
                line.setLength(0);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** The text of a file in the built site. */
    public String read(String sitePath) throws IOException {
        return Files.readString(output().resolve(sitePath));
    }

    public boolean exists(String sitePath) {
        return Files.exists(output().resolve(sitePath));
    }

    /** Every file of the built site, relative and sorted. */
    public List<String> outputFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(Files::isRegularFile).map(p -> output().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** What a command did: its exit code and what it printed. */
    public record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
