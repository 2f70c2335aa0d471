package org.dueregard.docs;

import org.dueregard.testing.DocExamples;
import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide for authors (content/guide/index.md) is a page of the sample site, and every example in it is built
 * here, in one site: each Markdown example as a page of its own, each dataset example as its file, each other YAML
 * example as part of the site settings. They must build with no errors and no warnings.
 */
class GuideExamplesTest {

    private static final Path GUIDE = Path.of("content/guide/index.md");

    @TempDir
    Path folder;

    @Test
    void everyExampleInTheGuideBuildsWithoutAProblem() throws IOException {
        List<DocExamples.Example> examples = DocExamples.in(GUIDE);
        assertTrue(examples.size() >= 10, "examples in the guide: " + examples.size());
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Home page.
                -- content/guide/index.md --
                ---
                title: Guide
                ---
                The guide.
                """);
        StringBuilder config = new StringBuilder(MiniSite.DEFAULT_CONFIG);
        int page = 0;
        int easyRead = 0;
        int datasets = 0;
        for (DocExamples.Example example : examples) {
            if (example.isDataset()) {
                site.writeFile(example.datasetPath(), example.text());
                copyDataFilesBeside(example.datasetPath(), site);
                datasets++;
            } else if (example.language().equals("yaml")) {
                config.append(example.text()).append('\n');
            } else if (example.isEasyRead()) {
                String name = "content/guide/example-" + page++;
                site.writeFile(name + ".md", "---\ntitle: Standard page\n---\nThe standard version.\n");
                site.writeFile(name + ".easy-read.md", "---\ntitle: Easy read example\n---\n" + example.text());
                easyRead++;
            } else if (example.text().startsWith("---\n")) { // an example of a whole page, front matter and all
                site.writeFile("content/guide/example-" + page++ + ".md", example.text());
            } else {
                site.writeFile("content/guide/example-" + page++ + ".md", "---\ntitle: Example\n---\n" + example.text());
            }
        }
        site.writeFile("dueregard.yml", config.toString());
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "the guide's examples build with no warnings either");
        assertTrue(datasets >= 1 && easyRead >= 1, "the guide shows a dataset and an easy read page");
        assertFalse(Files.list(site.output().resolve("guide")).toList().isEmpty());
    }

    /** A dataset example that reads a workbook or CSV file (rows_from:) gets the sample's files of its folder. */
    private static void copyDataFilesBeside(String datasetPath, MiniSite site) throws IOException {
        Path folder = Path.of(datasetPath).getParent();
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(csv|xlsx)$")).toList()) {
                site.writeBytes(file.toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    /** A dataset example that is a file of the sample site shows that file as it is (comments aside). */
    @Test
    void datasetExamplesThatAreSampleFilesMatchThem() throws IOException {
        int compared = 0;
        for (DocExamples.Example example : DocExamples.in(GUIDE)) {
            if (!example.isDataset()) continue;
            Path file = Path.of(example.datasetPath());
            if (!Files.exists(file)) continue;
            assertEquals(withoutComments(Files.readString(file)), withoutComments(example.text()), file.toString());
            compared++;
        }
        assertTrue(compared >= 2, "the guide shows the sample's datasets that read a workbook and a CSV file");
    }

    private static String withoutComments(String yaml) {
        return String.join("\n", yaml.lines().filter(line -> !line.startsWith("#")).toList()).strip();
    }
}
