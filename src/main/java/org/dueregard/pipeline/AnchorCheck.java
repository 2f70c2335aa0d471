package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.Suggestions;
import org.dueregard.content.AnchorLink;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Links to a heading of another page ("report.md#pay-gap") point at a heading that page has. */
final class AnchorCheck {

    private AnchorCheck() {
    }

    /**
     * Checks every link; the preview's cache gives back the last answer when no page's headings or links changed
     * (a text edit), as on a large site the check itself took a fifth of a save.
     */
    static void check(List<PageOutcome> outcomes, Problems problems, Optional<RenderCache> cache) {
        Optional<List<Problem>> known = cache.flatMap(c -> c.findAnchorProblems(outcomes));
        List<Problem> found = known.orElseGet(() -> {
            Problems checked = new Problems();
            check(outcomes, checked);
            return checked.sorted();
        });
        problems.addAll(found);
        cache.ifPresent(c -> c.putAnchorProblems(outcomes, found));
    }

    static void check(List<PageOutcome> outcomes, Problems problems) {
        Map<String, Set<String>> idsByPage = outcomes.stream().collect(Collectors.toMap(PageOutcome::sourcePath, PageOutcome::ids));
        for (PageOutcome outcome : outcomes) {
            for (AnchorLink link : outcome.anchorLinks()) {
                Set<String> ids = idsByPage.getOrDefault(link.targetSource(), Set.of());
                if (!ids.contains(link.anchor())) {
                    problems.add(Problem.error(link.file(), link.line(),
                            "The link to '" + link.targetSource() + "#" + link.anchor() + "' points at a heading that page does not have"
                                    + Suggestions.didYouMean(link.anchor(), ids),
                            "Use the id of one of its headings: the heading text in lower case, with hyphens for spaces."));
                }
            }
        }
    }
}
