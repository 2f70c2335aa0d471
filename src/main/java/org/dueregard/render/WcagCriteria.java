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

    static final Map<String, Criterion> NAMES = Map.ofEntries(
            Map.entry("1.1.1", new Criterion("1.1.1", "Non-text content")),
            Map.entry("1.2.2", new Criterion("1.2.2", "Captions (prerecorded)")),
            Map.entry("1.3.1", new Criterion("1.3.1", "Info and relationships")),
            Map.entry("1.3.4", new Criterion("1.3.4", "Orientation")),
            Map.entry("1.3.5", new Criterion("1.3.5", "Identify input purpose")),
            Map.entry("1.4.1", new Criterion("1.4.1", "Use of colour")),
            Map.entry("1.4.2", new Criterion("1.4.2", "Audio control")),
            Map.entry("1.4.3", new Criterion("1.4.3", "Contrast (minimum)")),
            Map.entry("1.4.4", new Criterion("1.4.4", "Resize text")),
            Map.entry("1.4.6", new Criterion("1.4.6", "Contrast (enhanced)")),
            Map.entry("1.4.10", new Criterion("1.4.10", "Reflow")),
            Map.entry("1.4.11", new Criterion("1.4.11", "Non-text contrast")),
            Map.entry("1.4.12", new Criterion("1.4.12", "Text spacing")),
            Map.entry("2.1.1", new Criterion("2.1.1", "Keyboard")),
            Map.entry("2.2.1", new Criterion("2.2.1", "Timing adjustable")),
            Map.entry("2.2.2", new Criterion("2.2.2", "Pause, stop, hide")),
            Map.entry("2.2.4", new Criterion("2.2.4", "Interruptions")),
            Map.entry("2.4.1", new Criterion("2.4.1", "Bypass blocks")),
            Map.entry("2.4.2", new Criterion("2.4.2", "Page titled")),
            Map.entry("2.4.4", new Criterion("2.4.4", "Link purpose (in context)")),
            Map.entry("2.4.6", new Criterion("2.4.6", "Headings and labels")),
            Map.entry("2.4.7", new Criterion("2.4.7", "Focus visible")),
            Map.entry("2.4.9", new Criterion("2.4.9", "Link purpose (link only)")),
            Map.entry("2.4.11", new Criterion("2.4.11", "Focus not obscured (minimum)")),
            Map.entry("2.5.3", new Criterion("2.5.3", "Label in name")),
            Map.entry("2.5.8", new Criterion("2.5.8", "Target size (minimum)")),
            Map.entry("3.1.1", new Criterion("3.1.1", "Language of page")),
            Map.entry("3.1.2", new Criterion("3.1.2", "Language of parts")),
            Map.entry("3.3.2", new Criterion("3.3.2", "Labels or instructions")),
            Map.entry("4.1.2", new Criterion("4.1.2", "Name, role, value")));

    /**
     * The criteria dueregard's own rules test, and those where we read a rule of axe's differently from its tags
     * (an empty heading fails 2.4.6, which axe files as a best practice). Best-practice rules have none.
     */
    private static final Map<String, String> OWN_RULES = Map.ofEntries(
            Map.entry("link-text-vague", "2.4.4"), Map.entry("image-alt-file-name", "1.1.1"), Map.entry("table-headers", "1.3.1"),
            Map.entry("reflow", "1.4.10"), Map.entry("text-spacing", "1.4.12"), Map.entry("empty-heading", "2.4.6"));

    /** axe-core's rules and the criterion each tests, from its own tags (made by tools/update-axe-core.sh). */
    static final Map<String, String> AXE_RULES = axeRules();

    private static Map<String, String> axeRules() {
        try (java.io.InputStream in = WcagCriteria.class.getResourceAsStream("/dueregard/checks/axe-core/wcag-criteria.tsv")) {
            if (in == null) throw new IllegalStateException("wcag-criteria.tsv is missing from the jar");
            Map<String, String> rules = new java.util.HashMap<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                rules.put(fields[0], fields[1]);
            }
            return Map.copyOf(rules);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WcagCriteria() {
    }

    /** The criterion a problem fails: as the site says, else the rule's, else empty (a best-practice rule). */
    static Optional<Criterion> of(String rule, String stated) {
        String number = !stated.isEmpty() ? stated : OWN_RULES.getOrDefault(rule, AXE_RULES.get(rule));
        if (number == null) return Optional.empty();
        return Optional.of(NAMES.getOrDefault(number, new Criterion(number, "")));
    }
}
