package org.dueregard.render;

import java.util.Map;
import java.util.Optional;

/**
 * The WCAG 2.2 success criterion a check finds failures of, for the accessibility statement's list of non-accessible
 * content (the GOV.UK model statement names the criterion each problem fails).
 */
final class WcagCriteria {

    /** A criterion: its number and name ("1.4.3", "Contrast (minimum)"). */
    record Criterion(String number, String name) {
        String words() {
            return number + " " + name;
        }
    }

    private static final Map<String, Criterion> NAMES = Map.ofEntries(
            Map.entry("1.1.1", new Criterion("1.1.1", "Non-text content")),
            Map.entry("1.3.1", new Criterion("1.3.1", "Info and relationships")),
            Map.entry("1.4.1", new Criterion("1.4.1", "Use of colour")),
            Map.entry("1.4.3", new Criterion("1.4.3", "Contrast (minimum)")),
            Map.entry("1.4.4", new Criterion("1.4.4", "Resize text")),
            Map.entry("1.4.10", new Criterion("1.4.10", "Reflow")),
            Map.entry("1.4.11", new Criterion("1.4.11", "Non-text contrast")),
            Map.entry("1.4.12", new Criterion("1.4.12", "Text spacing")),
            Map.entry("2.1.1", new Criterion("2.1.1", "Keyboard")),
            Map.entry("2.4.1", new Criterion("2.4.1", "Bypass blocks")),
            Map.entry("2.4.2", new Criterion("2.4.2", "Page titled")),
            Map.entry("2.4.4", new Criterion("2.4.4", "Link purpose (in context)")),
            Map.entry("2.4.6", new Criterion("2.4.6", "Headings and labels")),
            Map.entry("2.4.7", new Criterion("2.4.7", "Focus visible")),
            Map.entry("2.4.11", new Criterion("2.4.11", "Focus not obscured (minimum)")),
            Map.entry("2.5.8", new Criterion("2.5.8", "Target size (minimum)")),
            Map.entry("3.1.1", new Criterion("3.1.1", "Language of page")),
            Map.entry("3.1.2", new Criterion("3.1.2", "Language of parts")),
            Map.entry("4.1.2", new Criterion("4.1.2", "Name, role, value")));

    /** The criteria axe's and dueregard's own rules test, by rule. Best-practice rules have none. */
    private static final Map<String, String> BY_RULE = Map.ofEntries(
            Map.entry("color-contrast", "1.4.3"), Map.entry("image-alt", "1.1.1"), Map.entry("svg-img-alt", "1.1.1"),
            Map.entry("image-alt-file-name", "1.1.1"), Map.entry("role-img-alt", "1.1.1"), Map.entry("link-name", "2.4.4"),
            Map.entry("link-text-vague", "2.4.4"), Map.entry("document-title", "2.4.2"), Map.entry("html-has-lang", "3.1.1"),
            Map.entry("html-lang-valid", "3.1.1"), Map.entry("valid-lang", "3.1.2"), Map.entry("table-headers", "1.3.1"),
            Map.entry("th-has-data-cells", "1.3.1"), Map.entry("td-headers-attr", "1.3.1"), Map.entry("list", "1.3.1"),
            Map.entry("listitem", "1.3.1"), Map.entry("definition-list", "1.3.1"), Map.entry("label", "4.1.2"),
            Map.entry("button-name", "4.1.2"), Map.entry("aria-hidden-focus", "4.1.2"), Map.entry("nested-interactive", "4.1.2"),
            Map.entry("scrollable-region-focusable", "2.1.1"), Map.entry("target-size", "2.5.8"), Map.entry("meta-viewport", "1.4.4"),
            Map.entry("reflow", "1.4.10"), Map.entry("text-spacing", "1.4.12"), Map.entry("bypass", "2.4.1"),
            Map.entry("link-in-text-block", "1.4.1"), Map.entry("empty-heading", "2.4.6"));

    private WcagCriteria() {
    }

    /** The criterion a problem fails: as the site says, else the rule's, else empty (a best-practice rule). */
    static Optional<Criterion> of(String rule, String stated) {
        String number = stated.isEmpty() ? BY_RULE.get(rule) : stated;
        if (number == null) return Optional.empty();
        return Optional.of(NAMES.getOrDefault(number, new Criterion(number, "")));
    }
}
