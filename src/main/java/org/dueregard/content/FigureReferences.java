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
public final class FigureReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}\\s]+)\\s*}}");

    record Replaced(String text, List<Problem> problems) {
    }

    private FigureReferences() {
    }

    static Replaced replace(String body, String file, String sourcePath, int bodyFirstLine, Embeds embeds) {
        if (body.indexOf("{{") < 0) return new Replaced(body, List.of());
        StringBuilder out = new StringBuilder(body.length());
        List<Problem> problems = new ArrayList<>();
        String fence = null;
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher opening = FENCE.matcher(line);
            if (fence == null && opening.matches()) {
                fence = opening.group(1);
            } else if (fence != null && line.strip().startsWith(fence) && line.strip().matches("[`~]+")) {
                fence = null;
            } else if (fence == null && line.contains("{{")) {
                line = replaceOutsideCode(line, file, sourcePath, bodyFirstLine + i, embeds, problems, true);
            }
            out.append(line);
            if (i + 1 < lines.length) out.append('\n');
        }
        return new Replaced(out.toString(), List.copyOf(problems));
    }

    /**
     * Replaces the figures in one front matter value (a title or summary), so a headline figure comes from the data too.
     *
     * @param line the line of the value in the source file, for messages
     */
    public static String replaceInValue(String value, String file, String sourcePath, int line, Embeds embeds, List<Problem> problems) {
        return value.contains("{{") ? replaceOutsideCode(value, file, sourcePath, line, embeds, problems, false) : value;
    }

    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]<>#|~!()&{}";

    /** A backslash before every character Markdown could read as markup; line breaks become spaces. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
                continue;
            }
            if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    /** Code (in a fence, or between backticks) shows references as they are written: examples in a guide. */
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");

    /** @param markdown the line is Markdown: a quoted text is escaped so its * or [ stay characters, never markup or a link */
    private static String replaceOutsideCode(String line, String file, String sourcePath, int lineNumber, Embeds embeds,
                                             List<Problem> problems, boolean markdown) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String part : line.split("`", -1)) {
            if (out.length() > 0 || inCode) out.append('`');
            if (inCode) {
                out.append(part);
            } else {
                Matcher matcher = REFERENCE.matcher(part);
                StringBuilder replaced = new StringBuilder();
                while (matcher.find()) {
                    Embeds.Result figure = embeds.figure(matcher.group(1), sourcePath);
                    if (!figure.ok()) problems.add(Problem.error(file, lineNumber, figure.error(), figure.fix()));
                    String value = figure.ok() ? (markdown ? escapeMarkdown(figure.value()) : figure.value()) : matcher.group();
                    matcher.appendReplacement(replaced, Matcher.quoteReplacement(value));
                }
                matcher.appendTail(replaced);
                out.append(replaced);
            }
            inCode = !inCode;
        }
        return out.toString();
    }
}
