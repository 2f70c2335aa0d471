package org.dueregard.data;

import org.dueregard.Problem;
import org.dueregard.config.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a row label with a comma in a YAML flow row. In {@code - [Black, African or Caribbean, 12, 13]} the comma
 * splits the label into two values: the row then has a value too many, or, when a value is missing as well, text
 * lands in a number column. Either way the message says to put the label in quotes.
 */
final class FlowRows {

    /** Words that may be part of a label: letters, spaces, hyphens, apostrophes and brackets; no digits or symbols. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’()\\-]*");

    private FlowRows() {
    }

    /**
     * A problem when the row looks like a label split at a comma: more values than columns with the first ones text,
     * or, when the count lines up, a word where the second column wants a number.
     *
     * @param written the columns whose values the rows hold, in order
     */
    static Optional<Problem> findSplitLabel(YamlNode.Sequence row, List<Column> written, String file) {
        List<YamlNode> values = row.items();
        if (written.isEmpty() || written.get(0).type() != Column.Type.CATEGORY || !isOneLine(row)) return Optional.empty();
        int extra = values.size() - written.size();
        if (extra > 0) {
            if (values.size() < extra + 1 || !allText(values.subList(0, extra + 1))) return Optional.empty();
            return Optional.of(problem(file, row, values.subList(0, extra + 1), values.subList(extra + 1, values.size()),
                    "so this row has " + values.size() + " values for " + written.size() + " columns."));
        }
        if (extra == 0 && written.size() > 1 && written.get(1).type().isNumber() && allText(values.subList(0, 1))
                && values.get(1) instanceof YamlNode.Scalar second && second.kind() == YamlNode.Scalar.Kind.TEXT
                && second.text() != null && WORDS.matcher(second.text().strip()).matches()) {
            return Optional.of(problem(file, row, values.subList(0, 2), values.subList(2, values.size()),
                    "so '" + second.text().strip() + "' was read as the value of '" + written.get(1).id() + "', which is a number, and a value is missing."));
        }
        return Optional.empty();
    }

    private static Problem problem(String file, YamlNode.Sequence row, List<YamlNode> labelParts, List<YamlNode> rest, String consequence) {
        String label = String.join(", ", labelParts.stream().map(v -> ((YamlNode.Scalar) v).text().strip()).toList());
        List<String> quoted = new ArrayList<>();
        quoted.add("\"" + label.replace("\"", "\\\"") + "\"");
        for (YamlNode value : rest) quoted.add(written(value));
        return Problem.error(file, row.line(), "The label '" + label + "' has a comma in it, which separates values in [ ], " + consequence,
                "Put the label in double quotes: - [" + String.join(", ", quoted) + "]");
    }

    private static String written(YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar) || scalar.text() == null) return "~";
        return scalar.kind() == YamlNode.Scalar.Kind.TEXT && !scalar.text().matches("[\\p{L}\\p{N} .%<>\\[\\]-]*") ? "\"" + scalar.text() + "\"" : scalar.text();
    }

    private static boolean allText(List<YamlNode> values) {
        return values.stream().allMatch(v -> v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT
                && s.text() != null && !s.text().isBlank());
    }

    /** A flow row ([a, b, c]) keeps its values on its own line; a block row puts each on a line of its own. */
    private static boolean isOneLine(YamlNode.Sequence row) {
        return row.items().size() > 1 && row.items().stream().allMatch(v -> v.line() == row.line());
    }
}
