package org.dueregard.cli;

import org.dueregard.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems of the same kind, counted, so a site of 10,000 pages gets a screenful instead of 16,000 lines: "613
 * pages: 'HR' is not spelled out the first time it is used. [plain-english-acronym]". A kind is the message without
 * its page; a rule with many different messages (every long sentence is quoted) is one kind, shown with an example.
 */
final class ProblemGroups {

    /** "message (on /page/) [rule]", as accessibility findings read; other problems have neither. */
    private static final Pattern FINDING = Pattern.compile("(?s)(.*?)(?: \\(on [^)]*\\) \\[([a-z0-9-]+)\\])?");
    /** More different messages than this for one rule, and they are counted as one kind. */
    private static final int MESSAGES_PER_RULE = 3;

    /** One kind of problem: how many, in how many files, and an example. */
    record Group(Problem.Severity severity, String rule, String text, int count, int files, Problem example, boolean varied) {

        /**
         * "613 files: 'HR' is not spelled out the first time it is used. [plain-english-acronym]", or for a rule whose
         * messages all differ "1,873 in 990 files [plain-english-sentence], such as content/a.md:12: This sentence...".
         */
        String describe() {
            String where = files == count ? plural(count, "file") : String.format(Locale.UK, "%,d in %s", count, plural(files, "file"));
            if (!varied) return where + ": " + text + (rule.isEmpty() ? "" : " [" + rule + "]");
            return where + " [" + rule + "], such as " + example.location() + ": " + text;
        }

        private static String plural(int n, String noun) {
            return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
        }
    }

    private ProblemGroups() {
    }

    /** The kinds of problem, the most frequent first (then by severity, rule and text, so the order is stable). */
    static List<Group> of(List<Problem> problems) {
        Map<String, List<Problem>> byKind = new LinkedHashMap<>();
        Map<String, Set<String>> textsByRule = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String[] ruleAndText = ruleAndText(problem);
            if (!ruleAndText[0].isEmpty()) textsByRule.computeIfAbsent(problem.severity() + ruleAndText[0], k -> new HashSet<>()).add(ruleAndText[1]);
        }
        for (Problem problem : problems) {
            String[] ruleAndText = ruleAndText(problem);
            boolean varied = textsByRule.getOrDefault(problem.severity() + ruleAndText[0], Set.of()).size() > MESSAGES_PER_RULE;
            String key = problem.severity() + "\n" + ruleAndText[0] + "\n" + (varied ? "" : ruleAndText[1]);
            byKind.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Problem> kind : byKind.values()) {
            Problem first = kind.get(0);
            String[] ruleAndText = ruleAndText(first);
            boolean varied = textsByRule.getOrDefault(first.severity() + ruleAndText[0], Set.of()).size() > MESSAGES_PER_RULE;
            Set<String> files = new HashSet<>();
            kind.forEach(problem -> files.add(problem.file()));
            groups.add(new Group(first.severity(), ruleAndText[0], ruleAndText[1], kind.size(), files.size(), first, varied));
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::severity)
                .thenComparing(Group::rule).thenComparing(Group::text));
        return groups;
    }

    /** The rule of a finding ("" for other problems) and its message without the page it is on. */
    private static String[] ruleAndText(Problem problem) {
        Matcher matcher = FINDING.matcher(problem.message());
        if (!matcher.matches()) return new String[] {"", problem.message()};
        return new String[] {matcher.group(2) == null ? "" : matcher.group(2), matcher.group(1)};
    }
}
