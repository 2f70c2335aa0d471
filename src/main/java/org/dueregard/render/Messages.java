package org.dueregard.render;

import org.dueregard.ProblemsException;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;
import org.dueregard.content.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's own words (skip link, labels, the "another format" box) in each language, from messages/LANG.yml in
 * the theme layers: the built-in theme ships en.yml and cy.yml; a site adds a language (messages/ur.yml) or changes
 * a few words (its own messages/en.yml holds only those) the same way it overrides a template. A word missing in a
 * language is taken from English, so a half-translated file still builds.
 */
public final class Messages {

    private static final String FALLBACK = "en";

    private final List<Path> layers;
    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    public Messages(Theme theme) {
        this.layers = theme.layers();
    }

    /** The words for a page in {@code language} ("cy", "en-GB": then "en"), every key present. */
    public Map<String, String> forLanguage(String language) {
        String code = language.toLowerCase(Locale.ROOT);
        return byLanguage.computeIfAbsent(code, this::load);
    }

    /** Whether any layer has words in this language (else its pages get the English words). */
    public boolean has(String language) {
        String code = language.toLowerCase(Locale.ROOT);
        String primary = code.replaceAll("-.*", "");
        return layers.stream().anyMatch(layer -> Files.isRegularFile(file(layer, code)) || Files.isRegularFile(file(layer, primary)));
    }

    private Map<String, String> load(String code) {
        Map<String, String> words = new TreeMap<>();
        String primary = code.replaceAll("-.*", "");
        for (String each : List.of(FALLBACK, primary, code)) {
            // The built-in theme is the last layer: read it first, so the site's own words win.
            for (int i = layers.size() - 1; i >= 0; i--) words.putAll(read(file(layers.get(i), each)));
        }
        return Map.copyOf(words);
    }

    /** A messages file that is not YAML; the renderer reports it as the site's problem. */
    static final class Unreadable extends RuntimeException {
        final transient ProblemsException problems;

        Unreadable(ProblemsException problems) {
            super(problems.getMessage(), problems, false, false);
            this.problems = problems;
        }
    }

    private static Path file(Path layer, String code) {
        return layer.resolve("messages").resolve(code + ".yml");
    }

    private static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) return Map.of();
        String name = "messages/" + file.getFileName();
        try {
            YamlNode node = YamlParser.parse(SourceText.decodeUtf8(Files.readAllBytes(file), name), name, 1);
            Map<String, String> words = new HashMap<>();
            if (node instanceof YamlNode.Mapping mapping) {
                for (YamlNode.Entry entry : mapping.entries().values()) {
                    if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) words.put(entry.key(), scalar.text().strip());
                }
            }
            return words;
        } catch (ProblemsException e) {
            throw new Unreadable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
