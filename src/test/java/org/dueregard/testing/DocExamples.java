package org.dueregard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The examples written in documentation (fenced "markdown" and "yaml" blocks), so tests can build them. */
public final class DocExamples {

    private static final Pattern BLOCK = Pattern.compile("(?m)^(`{3,4})(markdown|yaml)\\n(.*?)^\\1$", Pattern.DOTALL);

    /** One example: its language and text. */
    public record Example(String language, String text) {

        /** A dataset example names its file on its first line: "# content/.../name.yml". */
        public boolean isDataset() {
            return language.equals("yaml") && text.startsWith("# content/");
        }

        public String datasetPath() {
            return text.lines().findFirst().orElseThrow().substring(2).strip();
        }

        public boolean isEasyRead() {
            return language.equals("markdown") && text.contains("picture:");
        }
    }

    private DocExamples() {
    }

    public static List<Example> in(Path file) throws IOException {
        String text = Files.readString(file);
        List<Example> examples = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) examples.add(new Example(matcher.group(2), matcher.group(3)));
        return examples;
    }
}
