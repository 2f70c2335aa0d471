package org.dueregard.render;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.dueregard.Suggestions;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;
import org.dueregard.content.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The theme's own words (skip link, labels, the "another format" box) in each language, from messages/LANG.yml in
 * the theme layers: the built-in theme ships en.yml and cy.yml; a site adds a language (messages/ur.yml) or changes
 * a few words (its own messages/en.yml holds only those) the same way it overrides a template. A word missing in a
 * language is taken from English, so a half-translated file still builds. Every file is read once, when the
 * templates are made; {@link #problems()} says what is wrong with them.
 */
public final class Messages {

    private static final String FALLBACK = "en";

    /** Each layer's files, by language code, last layer (the built-in theme) first so the site's words win. */
    private final List<Map<String, Map<String, String>>> layers = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    public Messages(Theme theme) {
        for (int i = theme.layers().size() - 1; i >= 0; i--) layers.add(readLayer(theme.layers().get(i), i == theme.layers().size() - 1));
        checkKeys();
    }

    /** A messages file that is not 'key: words' lines, or a key the theme does not use (with a did-you-mean); empty when all is well. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The words for a page in {@code language} ("cy", "en-GB": then "en"), every key present. */
    public Map<String, String> forLanguage(String language) {
        return byLanguage.computeIfAbsent(language.toLowerCase(Locale.ROOT), this::merge);
    }

    private Map<String, String> merge(String code) {
        Map<String, String> words = new TreeMap<>();
        for (String each : List.of(FALLBACK, code.replaceAll("-.*", ""), code)) {
            for (Map<String, Map<String, String>> layer : layers) words.putAll(layer.getOrDefault(each, Map.of()));
        }
        return Map.copyOf(words);
    }

    private Map<String, Map<String, String>> readLayer(Path layer, boolean builtIn) {
        Path folder = layer.resolve("messages");
        Map<String, Map<String, String>> files = new HashMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                String name = file.getFileName().toString();
                files.put(name.substring(0, name.length() - 4).toLowerCase(Locale.ROOT), read(file, builtIn ? "" : "messages/" + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A site's file naming a key the built-in theme has no word for: a typo would otherwise change nothing, silently. */
    private void checkKeys() {
        if (layers.isEmpty()) return;
        Map<String, String> english = layers.get(0).getOrDefault(FALLBACK, Map.of());
        if (english.isEmpty()) return; // a theme of the site's own, with words of its own
        for (int i = 1; i < layers.size(); i++) {
            for (Map.Entry<String, Map<String, String>> file : layers.get(i).entrySet()) {
                for (String key : file.getValue().keySet()) {
                    if (english.containsKey(key)) continue;
                    problems.add(Problem.warning("messages/" + file.getKey() + ".yml", 0, "'" + key + "' is not one of the theme's words"
                                    + Suggestions.didYouMean(key, english.keySet()) + (Suggestions.findNearest(key, english.keySet()).isPresent() ? "" : "."),
                            "Use a key from the theme's messages/en.yml (see README.md, \"Welsh and other languages\"), or remove it."));
                }
            }
        }
    }

    private Map<String, String> read(Path file, String name) {
        String shown = name.isEmpty() ? "the theme's messages/" + file.getFileName() : name;
        try {
            YamlNode node = YamlParser.parse(SourceText.decodeUtf8(Files.readAllBytes(file), shown), shown, 1);
            Map<String, String> words = new HashMap<>();
            if (node instanceof YamlNode.Mapping mapping) {
                for (YamlNode.Entry entry : mapping.entries().values()) {
                    if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                        words.put(entry.key(), scalar.text().strip());
                    } else {
                        problems.add(Problem.error(shown, entry.keyLine(), "'" + entry.key() + "' should be words on the same line.",
                                "Write it as: " + entry.key() + ": the words to show"));
                    }
                }
            } else if (node instanceof YamlNode.Scalar scalar && scalar.text() == null) {
                return words; // an empty file
            } else {
                problems.add(Problem.error(shown, node.line(), "A messages file should be 'key: words' lines.",
                        "For example: skip_link: Skip to main content"));
            }
            return words;
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
