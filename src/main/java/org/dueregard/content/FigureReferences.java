package org.dueregard.content;

import org.dueregard.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces figures quoted in the text, such as {@code {{ pay-gap-2024.median-gap }}}, with their formatted values
 * before the Markdown is parsed. Lines are kept, so every later message still points at the right line.
 */
final class FigureReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

    record Replaced(String text, List<Problem> problems) {
    }

    private FigureReferences() {
    }

    static Replaced replace(String body, String file, String sourcePath, int bodyFirstLine, Embeds embeds) {
        if (body.indexOf("{{") < 0) return new Replaced(body, List.of());
        Matcher matcher = REFERENCE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        List<Problem> problems = new ArrayList<>();
        while (matcher.find()) {
            Embeds.Result figure = embeds.figure(matcher.group(1), sourcePath);
            String replacement;
            if (figure.ok()) {
                replacement = figure.value();
            } else {
                int line = bodyFirstLine + (int) body.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                problems.add(Problem.error(file, line, figure.error(), figure.fix()));
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return new Replaced(out.toString(), List.copyOf(problems));
    }
}
