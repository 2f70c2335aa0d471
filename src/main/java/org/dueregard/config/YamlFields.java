package org.dueregard.config;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of one YAML mapping. Every mistake (an unknown key, a wrong type, a bad date) becomes a
 * {@link Problem} in the shared collector instead of an exception, so one run reports all of them.
 */
public final class YamlFields {

    private final YamlNode.Mapping mapping;
    private final String file;
    private final Problems problems;
    private final String where;
    /** Known keys that an unknown key was probably meant to be; they are not reported missing as well. */
    private final java.util.Set<String> misspelt = new java.util.HashSet<>();

    /**
     * @param where how to name this group of keys in messages, for example "front matter" or "contact"
     */
    public YamlFields(YamlNode.Mapping mapping, String file, Problems problems, String where) {
        this.mapping = mapping;
        this.file = file;
        this.problems = problems;
        this.where = where;
    }

    /** Reports every key not in {@code known}, with the nearest known key as a suggestion. */
    public void rejectUnknownKeys(Set<String> known) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                Suggestions.findNearest(entry.key(), known).ifPresent(misspelt::add);
                problems.add(Problem.error(file, entry.keyLine(),
                        "Unknown key '" + entry.key() + "' in the " + where + Suggestions.didYouMean(entry.key(), known),
                        "Known keys are: " + String.join(", ", known.stream().sorted().toList()) + "."));
            }
        }
    }

    public Optional<YamlNode.Entry> findEntry(String key) {
        return Optional.ofNullable(mapping.entries().get(key));
    }

    public int lineOf(String key) {
        return findEntry(key).map(YamlNode.Entry::keyLine).orElse(mapping.line());
    }

    /** The text of a key, or empty when the key is absent or empty. A list or mapping is reported. */
    public Optional<String> findText(String key) {
        Optional<YamlNode.Entry> entry = findEntry(key);
        if (entry.isEmpty()) return Optional.empty();
        YamlNode value = entry.get().value();
        if (value instanceof YamlNode.Scalar scalar) {
            return scalar.text() == null || scalar.text().isBlank() ? Optional.empty() : Optional.of(scalar.text().strip());
        }
        problems.add(Problem.error(file, entry.get().keyLine(),
                "'" + key + "' should be a single value but is " + YamlNode.describe(value) + ".",
                "Write it on one line: " + key + ": your text"));
        return Optional.empty();
    }

    /** The text of a key that must be there; reports it missing with {@code fix}. */
    public String requireText(String key, String fix) {
        Optional<String> text = findText(key);
        if (text.isEmpty() && !misspelt.contains(key) && findEntry(key).map(e -> e.value() instanceof YamlNode.Scalar).orElse(true)) {
            problems.add(Problem.error(file, lineOf(key), "The " + where + " has no '" + key + "'.", fix));
        }
        return text.orElse("");
    }

    /** A date written as YYYY-MM-DD, or empty when absent or invalid (an invalid one is reported). */
    public Optional<LocalDate> findDate(String key) {
        Optional<String> text = findText(key);
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(file, lineOf(key),
                    "'" + key + "' is '" + text.get() + "', which is not a date.",
                    "Write dates as year-month-day with digits, for example " + key + ": 2025-03-31"));
            return Optional.empty();
        }
    }

    public boolean findBoolean(String key, boolean fallback) {
        Optional<String> text = findText(key);
        if (text.isEmpty()) return fallback;
        return switch (text.get().toLowerCase()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problems.add(Problem.error(file, lineOf(key), "'" + key + "' is '" + text.get() + "', not true or false.",
                        "Write " + key + ": true or " + key + ": false"));
                yield fallback;
            }
        };
    }

    public int findInteger(String key, int fallback) {
        Optional<String> text = findText(key);
        if (text.isEmpty()) return fallback;
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            problems.add(Problem.error(file, lineOf(key), "'" + key + "' is '" + text.get() + "', not a whole number.",
                    "Write a whole number, for example " + key + ": 10"));
            return fallback;
        }
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> findTextList(String key) {
        Optional<YamlNode.Entry> entry = findEntry(key);
        if (entry.isEmpty()) return List.of();
        YamlNode value = entry.get().value();
        List<String> texts = new ArrayList<>();
        if (value instanceof YamlNode.Scalar scalar) {
            if (scalar.text() != null && !scalar.text().isBlank()) texts.add(scalar.text().strip());
        } else if (value instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                    texts.add(scalar.text().strip());
                } else {
                    problems.add(Problem.error(file, item.line(), "Each item of '" + key + "' should be a single value.",
                            "Write the list as " + key + ": [first, second]"));
                }
            }
        } else {
            problems.add(Problem.error(file, entry.get().keyLine(), "'" + key + "' should be a list.",
                    "Write the list as " + key + ": [first, second]"));
        }
        return List.copyOf(texts);
    }

    /** A nested mapping, or empty when absent (a value of another kind is reported). */
    public Optional<YamlNode.Mapping> findMapping(String key) {
        Optional<YamlNode.Entry> entry = findEntry(key);
        if (entry.isEmpty()) return Optional.empty();
        if (entry.get().value() instanceof YamlNode.Mapping nested) return Optional.of(nested);
        if (entry.get().value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.EMPTY) return Optional.empty();
        problems.add(Problem.error(file, entry.get().keyLine(),
                "'" + key + "' should be a group of keys but is " + YamlNode.describe(entry.get().value()) + ".",
                "Indent its keys under it, for example:\n" + key + ":\n  email: equality@example.org"));
        return Optional.empty();
    }

    /** A list of mappings, each read with a fields reader; other items are reported. */
    public List<YamlFields> findMappingList(String key, String itemWhere) {
        Optional<YamlNode.Entry> entry = findEntry(key);
        if (entry.isEmpty()) return List.of();
        List<YamlFields> items = new ArrayList<>();
        if (entry.get().value() instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Mapping itemMapping) {
                    items.add(new YamlFields(itemMapping, file, problems, itemWhere));
                } else {
                    problems.add(Problem.error(file, item.line(), "Each item of '" + key + "' should be a group of keys.",
                            "Write each item as '- title: ...' with its keys indented under it."));
                }
            }
        } else if (!(entry.get().value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.EMPTY)) {
            problems.add(Problem.error(file, entry.get().keyLine(), "'" + key + "' should be a list.",
                    "Write each item on its own line starting with '- '."));
        }
        return List.copyOf(items);
    }

    public int line() {
        return mapping.line();
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }
}
