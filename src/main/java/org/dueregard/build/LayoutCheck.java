package org.dueregard.build;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.util.Set;

/** Every page's layout is a name the theme (or the site) has a template for; a layout is never a path. */
final class LayoutCheck {

    private static final Set<String> KNOWN = Set.of("home", "section", "page", "report", "statement", "easy-read");

    private LayoutCheck() {
    }

    static void check(Site site, TemplateRenderer templates, Problems problems) {
        String known = String.join(", ", KNOWN.stream().sorted().toList());
        for (Page page : site.pages()) {
            if (!page.layout().matches("[A-Za-z0-9_-]{1,64}")) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "': a layout is a name, not a path.",
                        "Use one of: " + known + "."));
                continue;
            }
            if (!templates.hasLayout(page.layout())) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "'"
                                + Suggestions.didYouMean(page.layout(), KNOWN),
                        "Use one of: " + known + ", or add templates/" + page.layout() + ".peb to your site."));
            }
        }
    }
}
