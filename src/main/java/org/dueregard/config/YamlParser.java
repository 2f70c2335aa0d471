package org.dueregard.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses YAML text into {@link YamlNode}s that carry line numbers. Jackson's streaming parser gives us the
 * positions; a data-binding tree would lose them.
 */
public final class YamlParser {

    /** Deeper than any dueregard file needs, shallow enough that a hostile file is refused at once. */
    static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private YamlParser() {
    }

    /**
     * @param text        the YAML
     * @param file        the file name to put in messages
     * @param firstLine   the line of the file on which {@code text} starts (front matter starts on line 2)
     * @return the document, or an empty mapping for an empty document
     */
    public static YamlNode parse(String text, String file, int firstLine) throws ProblemsException {
        JsonParser[] current = new JsonParser[1];
        try (JsonParser parser = FACTORY.createParser(text)) {
            current[0] = parser;
            JsonToken token = parser.nextToken();
            if (token == null) return new YamlNode.Mapping(new LinkedHashMap<>(), firstLine);
            YamlNode node = readValue(parser, file, firstLine - 1);
            YamlCharacters.requireAllowed(node, file);
            return node;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            // The exception has no position; the parser still knows where it stopped.
            int line = current[0] == null ? 0 : current[0].currentLocation().getLineNr() + firstLine - 1;
            throw new ProblemsException(Problem.error(file, line, "This YAML puts lists or groups inside each other more than "
                    + MAX_DEPTH + " levels deep, more than any dueregard file needs.", "Check the brackets and indentation on this line."));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + firstLine - 1;
            int tab = findTabIndentation(text, line - firstLine + 1);
            if (tab > 0) {
                throw new ProblemsException(Problem.error(file, tab + firstLine - 1, "This line is indented with a tab; YAML needs spaces.",
                        "Replace the tab at the start of the line with spaces, lined up with the keys above it."));
            }
            String reason = firstSentence(e.getOriginalMessage());
            if (reason.contains("alias")) {
                throw new ProblemsException(Problem.error(file, line, "This YAML cannot be read: a * at the start of a value starts a YAML alias.",
                        "Put the value in quotes, for example \"*\" for a figure the source hid."));
            }
            if (reason.contains("exceeds the limit")) {
                throw new ProblemsException(Problem.error(file, 0, "This YAML is too big to read (more than 3 million characters).",
                        "Split it into smaller files."));
            }
            throw new ProblemsException(Problem.error(file, line,
                    "This YAML cannot be read: " + reason + ".",
                    "Check the indentation (spaces, not tabs) and that each line is 'key: value'. "
                            + "Put text that contains a colon or starts with a special character in quotes."));
        } catch (IOException e) {
            throw new ProblemsException(Problem.error(file, 0, "This YAML cannot be read: " + e.getMessage(), ""));
        }
    }

    private static YamlNode readValue(JsonParser parser, String file, int offset) throws IOException, ProblemsException {
        int line = parser.currentTokenLocation().getLineNr() + offset;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, file, offset, line);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) items.add(readValue(parser, file, offset));
                return new YamlNode.Sequence(List.copyOf(items), line);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.EMPTY, line);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.BOOLEAN, line);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // YAML also reads 0x1F, 1_000 and .inf as numbers; we take only plain decimals, so those are text
                // and a number column reports them as "not a number" with their line.
                return new YamlNode.Scalar(parser.getText(), isPlainDecimal(parser.getText()) ? YamlNode.Scalar.Kind.NUMBER : YamlNode.Scalar.Kind.TEXT, line);
            default:
                return new YamlNode.Scalar(parser.getText(), YamlNode.Scalar.Kind.TEXT, line);
        }
    }

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private static boolean isPlainDecimal(String text) {
        return text != null && PLAIN_DECIMAL.matcher(text).matches();
    }

    private static YamlNode readMapping(JsonParser parser, String file, int offset, int line)
            throws IOException, ProblemsException {
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr() + offset;
            parser.nextToken();
            YamlNode value = readValue(parser, file, offset);
            if (entries.containsKey(key)) {
                throw new ProblemsException(Problem.error(file, keyLine,
                        "The key '" + key + "' appears twice (first on line " + entries.get(key).keyLine() + ").",
                        "Keep one of them and delete the other."));
            }
            entries.put(key, new YamlNode.Entry(key, keyLine, value));
        }
        return new YamlNode.Mapping(entries, line);
    }

    /**
     * The line (1-based, in {@code text}) of the first tab used for indentation, up to one line after where the
     * parser stopped, or 0. A parser reports a tab where it gives up, often the line before the tab.
     */
    static int findTabIndentation(String text, int errorLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && i <= errorLine; i++) {
            String line = lines[i];
            int j = 0;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                if (line.charAt(j) == '\t') return i + 1;
                j++;
            }
        }
        return 0;
    }

    private static String firstSentence(String message) {
        if (message == null) return "unknown error";
        String first = message.strip().split("\\R", 2)[0];
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
