package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.bench.BenchSiteGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 1: pages render on every core, and the site is byte for byte the site a one-thread build makes,
 * with its problems in the same order, for the sample site (datasets, charts, easy read, footnotes) and for a
 * generated site of 300 report pages.
 */
class ParallelBuildTest {

    @TempDir
    Path folder;

    @Test
    void theSampleSiteBuiltOnEveryCoreEqualsTheOneThreadBuild() throws Exception {
        assertSameAsOneThread(Path.of("."));
    }

    @Test
    void aGeneratedSiteBuiltOnEveryCoreEqualsTheOneThreadBuild() throws Exception {
        Path site = folder.resolve("generated");
        BenchSiteGenerator.generate(site, 300, 7);
        assertSameAsOneThread(site);
    }

    private void assertSameAsOneThread(Path source) throws Exception {
        BuildOptions parallel = BuildOptions.defaults(source).withOutput(folder.resolve("parallel"));
        BuildOptions oneThread = BuildOptions.defaults(source).withOutput(folder.resolve("one-thread"));
        BuildReport first = new SiteBuilder().build(parallel);
        BuildReport reference = SiteBuilder.oneThread().build(oneThread);
        BuildReport again = new SiteBuilder().build(parallel.withOutput(folder.resolve("parallel-again")));
        assertEquals(describe(reference.warnings()), describe(first.warnings()), "the same problems in the same order");
        assertEquals(describe(first.warnings()), describe(again.warnings()));
        Map<String, byte[]> expected = files(oneThread.output());
        Map<String, byte[]> actual = files(parallel.output());
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) assertArrayEquals(expected.get(file), actual.get(file), file);
        assertTrue(expected.size() > 10, "the site was built");
    }

    private static List<String> describe(List<Problem> problems) {
        return problems.stream().map(Problem::describe).toList();
    }

    private static Map<String, byte[]> files(Path output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) files.put(output.relativize(file).toString(), Files.readAllBytes(file));
        }
        return files;
    }
}
