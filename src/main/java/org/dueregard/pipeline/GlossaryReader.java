package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The words glossary.yml (in the site folder) explains, which easy-read pages list and the linter accepts. */
final class GlossaryReader {

    private GlossaryReader() {
    }

    /** The words with their explanations, case-insensitive; empty when there is no glossary. */
    static Map<String, String> read(Path root, Problems problems) throws IOException {
        Path file = root.resolve("glossary.yml");
        Optional<Problem> outside = new SiteFileGuard(root).checkSettingsFile("glossary.yml");
        if (outside.isPresent()) {
            problems.add(outside.get());
            return Map.of();
        }
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            YamlNode node = YamlParser.parse(SourceText.decodeUtf8(Files.readAllBytes(file), "glossary.yml"), "glossary.yml", 1);
            if (node instanceof YamlNode.Mapping mapping) {
                Map<String, String> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (YamlNode.Entry entry : mapping.entries().values()) {
                    if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                        words.put(entry.key(), scalar.text().strip());
                    }
                }
                return words;
            }
            problems.add(Problem.error("glossary.yml", 1, "The glossary should be 'word: explanation' lines.",
                    "For example: ICB: The NHS organisation that plans health services in our area."));
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        }
        return Map.of();
    }
}
