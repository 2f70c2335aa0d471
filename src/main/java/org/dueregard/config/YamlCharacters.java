package org.dueregard.config;

import org.dueregard.ForbiddenCharacters;
import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses YAML values that hold characters no web page or XML file may contain. Raw ones are refused when the file
 * is read; these arrive through escapes in quoted text ("\x01", "\0", "\u0000", a lone "\ud800").
 */
final class YamlCharacters {

    /** Enough to show the pattern; a file full of them does not need a thousand lines of messages. */
    private static final int MAX_PROBLEMS = 20;

    private YamlCharacters() {
    }

    static void requireAllowed(YamlNode node, String file) throws ProblemsException {
        List<Problem> problems = new ArrayList<>();
        collect(node, "A value", file, problems);
        if (!problems.isEmpty()) throw new ProblemsException(problems);
    }

    private static void collect(YamlNode node, String where, String file, List<Problem> problems) {
        if (problems.size() >= MAX_PROBLEMS) return;
        if (node instanceof YamlNode.Scalar scalar) {
            check(scalar.text(), where, file, scalar.line(), problems);
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) collect(item, where.equals("A value") ? "An item" : where, file, problems);
        } else if (node instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries().values()) {
                check(entry.key(), "A key", file, entry.keyLine(), problems);
                collect(entry.value(), "'" + ForbiddenCharacters.removeFrom(entry.key()) + "'", file, problems);
            }
        }
    }

    private static void check(String text, String where, String file, int line, List<Problem> problems) {
        if (text == null || problems.size() >= MAX_PROBLEMS) return;
        int index = ForbiddenCharacters.indexIn(text);
        if (index >= 0) problems.add(ForbiddenCharacters.problem(file, line, where, text.codePointAt(index)));
    }
}
