package org.dueregard.content;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.YamlFields;
import org.dueregard.config.YamlNode;
import org.dueregard.config.YamlParser;

import java.util.Set;
import java.util.regex.Pattern;

/** Splits a Markdown file into front matter and body, and reads the front matter keys. */
public final class FrontMatterParser {

    public static final Set<String> KEYS = Set.of("title", "summary", "date", "updated", "review_by", "draft", "lang",
            "weight", "tags", "layout", "pair", "duty", "objectives", "pdf");
    /** What a page can be for the equality duty's calendar (front matter duty:). */
    public static final Set<String> DUTY_PUBLICATIONS = Set.of("equality-information", "equality-objectives", "gender-pay-gap",
            "accessibility-statement");
    private static final Pattern FENCE = Pattern.compile("---\\s*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    private FrontMatterParser() {
    }

    /** Parses a whole Markdown file; {@code file} names it in messages. */
    public static ParsedSource parse(String text, String file) throws ProblemsException {
        int firstEnd = lineEnd(text, 0);
        if (!FENCE.matcher(text.substring(0, firstEnd)).matches()) {
            throw new ProblemsException(Problem.error(file, 1, "The page has no front matter, so it has no title.",
                    "Start the file with three lines:\n---\ntitle: The page title\n---"));
        }
        // Walk line by line to the closing fence; the body is never split into lines.
        int lineStart = Math.min(firstEnd + 1, text.length());
        int line = 2;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (FENCE.matcher(text.substring(lineStart, end)).matches()) {
                String yaml = text.substring(Math.min(firstEnd + 1, lineStart), lineStart);
                FrontMatter frontMatter = readKeys(YamlParser.parse(yaml, file, 2), file);
                String body = end + 1 <= text.length() ? text.substring(Math.min(end + 1, text.length())) : "";
                return new ParsedSource(frontMatter, body, line + 1);
            }
            lineStart = end + 1;
            line++;
        }
        throw new ProblemsException(Problem.error(file, 1, "The front matter that starts on line 1 is never closed.",
                "Add a line with just --- after the last front matter key (such as title:), before the page text starts."));
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    /** The body of a file already parsed once, cut at the line the first parse found. */
    public static String bodyOf(String text, int bodyFirstLine) {
        int index = 0;
        for (int line = 1; line < bodyFirstLine; line++) {
            int newline = text.indexOf('\n', index);
            if (newline < 0) return "";
            index = newline + 1;
        }
        return text.substring(index);
    }

    private static FrontMatter readKeys(YamlNode node, String file) throws ProblemsException {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new ProblemsException(Problem.error(file, 2, "The front matter should be 'key: value' lines.",
                    "Write, for example:\n---\ntitle: Equality objectives 2025 to 2029\n---"));
        }
        Problems problems = new Problems();
        YamlFields fields = new YamlFields(mapping, file, problems, "front matter");
        fields.rejectUnknownKeys(KEYS);
        String title = fields.requireText("title", "Add a line such as 'title: Gender pay gap report 2024' between the --- lines.");
        FrontMatter frontMatter = new FrontMatter(
                title,
                fields.findText("summary").orElse(""),
                fields.findDate("date"),
                fields.findDate("updated"),
                fields.findDate("review_by"),
                fields.findBoolean("draft", false),
                fields.findText("lang"),
                fields.findInteger("weight", 0),
                fields.findTextList("tags"),
                fields.findText("layout"),
                fields.findText("pair"),
                fields.lineOf("title"),
                fields.findText("summary").isPresent() ? fields.lineOf("summary") : fields.lineOf("title"),
                fields.findTextList("duty"),
                objectivePages(fields), fields.findText("pdf").map(text -> fields.findBoolean("pdf", false)));
        for (String duty : frontMatter.duty()) {
            if (!DUTY_PUBLICATIONS.contains(duty)) {
                problems.add(Problem.error(file, fields.lineOf("duty"), "'" + duty + "' is not a publication the equality duty asks for"
                                + org.dueregard.Suggestions.didYouMean(duty, DUTY_PUBLICATIONS),
                        "Use one or more of: " + String.join(", ", DUTY_PUBLICATIONS.stream().sorted().toList()) + "."));
            }
        }
        frontMatter.lang().filter(lang -> !LANGUAGE_TAG.matcher(lang).matches()).ifPresent(lang ->
                problems.add(Problem.error(file, fields.lineOf("lang"), "'" + lang + "' is not a language code.",
                        "Use a code such as en-GB, cy (Welsh) or pl (Polish).")));
        problems.throwIfErrors();
        return frontMatter;
    }

    /** {@code objectives: {data: ..., as_of: ...}}: both keys are needed, so every build shows the same progress. */
    private static java.util.Optional<FrontMatter.ObjectivePagesSetting> objectivePages(YamlFields fields) {
        java.util.Optional<YamlNode.Mapping> mapping = fields.findMapping("objectives");
        if (mapping.isEmpty()) return java.util.Optional.empty();
        YamlFields inner = new YamlFields(mapping.get(), fields.file(), fields.problems(), "objectives");
        inner.rejectUnknownKeys(Set.of("data", "as_of"));
        String data = inner.requireText("data", "Name the objectives dataset, for example:\nobjectives:\n  data: objectives-2025\n  as_of: 2026-01-31");
        java.util.Optional<java.time.LocalDate> asOf = inner.findDate("as_of");
        if (asOf.isEmpty()) {
            fields.problems().add(Problem.error(fields.file(), fields.lineOf("objectives"), "objectives: has no as_of: date, the day progress was checked.",
                    "Add as_of: with the date of the latest check, such as as_of: 2026-01-31. The pages then show the same every time they are built."));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FrontMatter.ObjectivePagesSetting(data, asOf.get(), fields.lineOf("objectives")));
    }
}
