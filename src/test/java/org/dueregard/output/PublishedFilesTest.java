package org.dueregard.output;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files published beside pages: SVGs sanitised, others checked against their extension, large pictures warned about. */
class PublishedFilesTest {

    @TempDir
    Path folder;

    /** Records what would be published. */
    static final class RecordingOutput implements SiteOutput {
        final Map<String, String> written = new TreeMap<>();

        @Override
        public void writeText(String relativePath, String text) {
            written.put(relativePath, text);
        }

        @Override
        public void writeBytes(String relativePath, byte[] bytes) {
            written.put(relativePath, new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void copy(Path source, String relativePath) {
            written.put(relativePath, "copy of " + source.getFileName());
        }

        @Override
        public Path path() {
            return Path.of("unused");
        }

        @Override
        public void commit() {
        }

        @Override
        public void discard() {
        }
    }

    private final RecordingOutput output = new RecordingOutput();
    private final Problems problems = new Problems();

    private void publish(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        PublishedFiles.publish(file, "content/" + name, name, output, problems);
    }

    @Test
    void copiesARealImageAsItIs() throws IOException {
        publish("chart.png", FileSignaturesTest.PNG);
        assertEquals(Map.of("chart.png", "copy of chart.png"), output.written);
        assertEquals(List.of(), problems.sorted());
    }

    @Test
    void refusesAWebPageNamedAsAnImage() throws IOException {
        publish("chart.png", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(), output.written);
        Problem problem = problems.sorted().get(0);
        assertEquals("content/chart.png: error: This file is named .png but is not a PNG image: it looks like a web page (HTML).",
                problem.describe().lines().findFirst().orElseThrow());
    }

    @Test
    void writesTheSanitisedSvgAndSaysWhatWasLeftOut() throws IOException {
        publish("a.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\">\n" + "<script>1</script>".repeat(7) + "<rect/></svg>").getBytes(StandardCharsets.UTF_8));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<rect/></svg>\n", output.written.get("a.svg"));
        Problem warning = problems.sorted().get(0);
        assertEquals("content/a.svg:2", warning.location());
        assertTrue(warning.message().endsWith("a script (<script>) (line 2); and 2 more."), warning.message());
    }

    @Test
    void refusesAnUnsafeSvgWithItsLine() throws IOException {
        publish("a.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<svg>&x;</svg>".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(), output.written);
        assertEquals("content/a.svg:2", problems.sorted().get(0).location());
        assertTrue(problems.sorted().get(0).isError());
    }

    @Test
    void warnsAboutLargePicturesWithTheirSize() throws IOException {
        byte[] image = new byte[(int) PublishedFiles.IMAGE_WARNING_BYTES + 1024 * 1024];
        System.arraycopy(FileSignaturesTest.PNG, 0, image, 0, FileSignaturesTest.PNG.length);
        publish("photo.png", image);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<rect/>".repeat(200_000) + "</svg>";
        publish("big.svg", svg.getBytes(StandardCharsets.UTF_8));
        List<String> messages = problems.sorted().stream().map(Problem::describe).map(text -> text.lines().findFirst().orElseThrow()).toList();
        assertEquals(List.of(
                "content/big.svg: warning: This file is 1.3 MB; SVG pictures over 1 MB are slow to load on a phone.",
                "content/photo.png: warning: This file is 6.0 MB; images over 5 MB are slow to load on a phone."), messages);
        assertEquals(2, output.written.size());
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        publish("notes.css", "body{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("notes.css", "copy of notes.css"), output.written);
    }
}
