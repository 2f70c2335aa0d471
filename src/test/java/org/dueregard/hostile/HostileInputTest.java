package org.dueregard.hostile;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hostile-input suite: every file under {@code src/test/resources/hostile/} is a site that tries to break
 * dueregard or to publish something unsafe. For each one, a good site is built first; then the hostile files are
 * written over it and built again. Every case asserts its exit code and messages, no stack trace and no Java class
 * name, a bounded time, and then either the previous site left byte for byte (a failed build) or an output with
 * nothing unsafe in it (a build that succeeded).
 */
class HostileInputTest {

    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\tat |Exception\\b|\\b(java|javax|sun|jdk|org\\.apache|com\\.fasterxml|io\\.pebbletemplates|org\\.jsoup|org\\.knowm|"
                    + "com\\.vladsch|picocli)\\.[a-z]");
    private static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    @TestFactory
    Stream<DynamicTest> hostileInputs() throws IOException, URISyntaxException {
        URL folder = HostileInputTest.class.getResource("/hostile");
        if (folder == null) fail("src/test/resources/hostile is missing");
        Path root = Path.of(folder.toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".site")).sorted().toList();
        }
        assertTrue(files.size() > 0, "no hostile cases found");
        return files.stream().map(file -> {
            String name = root.relativize(file).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> run(HostileCase.read(file, name)));
        });
    }

    private static void run(HostileCase hostile) throws IOException {
        check(hostile, site -> MiniSite.write(site.root(), hostile.files()));
    }

    /** Something that breaks a good site in a way a .site file cannot say (links, pipes, permissions, binary files). */
    interface Breakage {
        void apply(MiniSite site) throws IOException;
    }

    /**
     * Builds a good site, breaks it, builds again, and checks everything the suite promises. {@code hostile} gives the
     * expectations; its files are ignored here ({@code breakage} writes what it needs).
     */
    static MiniSite.Run check(HostileCase hostile, Breakage breakage) throws IOException {
        Path folder = Files.createTempDirectory("hostile-");
        try {
            MiniSite site = MiniSite.write(folder, """
                    -- content/index.md --
                    ---
                    title: Home
                    ---
                    Welcome.
                    """);
            MiniSite.Run good = site.build();
            assertEquals(0, good.exitCode(), "the good site must build first: " + good);
            Map<String, byte[]> before = snapshot(site.output());
            breakage.apply(site);
            List<String> args = new ArrayList<>(hostile.args());
            MiniSite.Run run = assertTimeoutPreemptively(TIME_LIMIT, () -> site.build(args.toArray(String[]::new)),
                    hostile.name() + " must finish within " + TIME_LIMIT.toSeconds() + " s");
            String printed = run.out() + run.err();
            String context = hostile.name() + ": " + hostile.description() + "\n" + run;
            assertEquals(hostile.exit(), run.exitCode(), context);
            assertFalse(JAVA_NAMES.matcher(printed).find(), "no stack trace or Java class name for a user's input:\n" + context);
            for (String text : hostile.says()) assertTrue(printed.contains(text), "expected «" + text + "»\n" + context);
            for (String text : hostile.saysNot()) assertFalse(printed.contains(text), "did not expect «" + text + "»\n" + context);
            if (run.exitCode() != 0) {
                Map<String, byte[]> after = snapshot(site.output());
                assertEquals(before.keySet(), after.keySet(), "the previous site must be untouched\n" + context);
                before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)),
                        path + " changed after a failed build\n" + context));
            }
            List<String> unsafe = UnsafeOutput.in(site.output(), folder.toAbsolutePath().toString());
            assertEquals(List.of(), unsafe, "nothing unsafe may be published\n" + context);
            for (String text : hostile.lacks()) {
                for (Map.Entry<String, byte[]> file : snapshot(site.output()).entrySet()) {
                    assertFalse(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains(text),
                            file.getKey() + " must not hold «" + text + "»\n" + context);
                }
            }
            for (String path : hostile.hasFile()) assertTrue(Files.exists(site.output().resolve(path)), path + " must be published\n" + context);
            for (String path : hostile.lacksFile()) {
                assertFalse(Files.exists(site.output().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS), path + " must not be published\n" + context);
            }
            for (String pathAndText : hostile.fileHas()) {
                int colon = pathAndText.indexOf(':');
                String path = pathAndText.substring(0, colon).strip();
                String text = pathAndText.substring(colon + 1).strip();
                assertTrue(site.read(path).contains(text), path + " must hold «" + text + "»\n" + context);
            }
            return run;
        } finally {
            makeDeletable(folder);
            org.apache.commons.io.file.PathUtils.deleteDirectory(folder);
        }
    }

    /** Gives back permissions a case took away, so the folder can be deleted. */
    private static void makeDeletable(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                if (!Files.isSymbolicLink(path)) path.toFile().setReadable(true, false);
            }
        }
    }

    /** Every file of a folder with its bytes, by relative path; empty when the folder does not exist. */
    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
