package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Every page's layout is a name the theme (or the site) has a template for, never a path; and the theme's words can be read. */
final class LayoutCheck {

    private static final Set<String> KNOWN = Set.of("home", "section", "page", "report", "statement", "easy-read");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private LayoutCheck() {
    }

    static void check(Site site, TemplateRenderer templates, Problems problems) {
        problems.addAll(templates.messages().problems()); // the theme's words are checked with its templates
        String known = String.join(", ", KNOWN.stream().sorted().toList());
        // Each layout is looked up once (the lookup asks every theme layer), not once for each of 10,000 pages.
        Map<String, Boolean> found = new HashMap<>();
        for (Page page : site.pages()) {
            if (!NAME.matcher(page.layout()).matches()) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "': a layout is a name, not a path.",
                        "Use one of: " + known + "."));
                continue;
            }
            if (!found.computeIfAbsent(page.layout(), templates::hasLayout)) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "'"
                                + Suggestions.didYouMean(page.layout(), KNOWN),
                        "Use one of: " + known + ", or add templates/" + page.layout() + ".peb to your site."));
            }
        }
    }
}
