package org.dueregard.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value that remembers the line it was written on, so messages can point at it. */
public sealed interface YamlNode {

    /** 1-based line of the value in its file. */
    int line();

    /** A plain value: text, number, boolean or empty. {@code text} is null for an empty value. */
    record Scalar(String text, Kind kind, int line) implements YamlNode {
        public enum Kind { TEXT, NUMBER, BOOLEAN, EMPTY }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A mapping; keys keep their order and their own line. */
    record Mapping(LinkedHashMap<String, Entry> entries, int line) implements YamlNode {
        public Map<String, Entry> asMap() {
            return entries;
        }
    }

    record Entry(String key, int keyLine, YamlNode value) {
    }

    /** A short description of the kind of value, for messages ("a list", "some text"). */
    static String describe(YamlNode node) {
        if (node instanceof Mapping) return "a group of keys";
        if (node instanceof Sequence) return "a list";
        Scalar scalar = (Scalar) node;
        return switch (scalar.kind()) {
            case TEXT -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case EMPTY -> "nothing";
        };
    }
}
