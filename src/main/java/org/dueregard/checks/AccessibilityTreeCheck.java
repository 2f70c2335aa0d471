package org.dueregard.checks;

import org.dueregard.Problem.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Chromium's accessibility tree (what a screen reader gets) and checks the page's outline and landmarks: one
 * main, one level 1 heading, no skipped heading levels, and every navigation, region, sidebar and search landmark
 * named. (An unnamed form is not a landmark, so it is not asked for a name.)
 */
final class AccessibilityTreeCheck {

    private static final Set<String> NAMED_LANDMARKS = Set.of("navigation", "region", "complementary", "search");
    private static final String HELP = "https://www.w3.org/WAI/ARIA/apg/practices/landmark-regions/";

    private AccessibilityTreeCheck() {
    }

    /** One heading or landmark as the tree has it. */
    record Node(String role, String name, int level) {
    }

    @SuppressWarnings("unchecked")
    static List<RawFinding> check(Map<String, Object> fullTree) {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) fullTree.get("nodes");
        return checkOutline(flatten(nodes));
    }

    /** Headings and landmarks in document order, skipping ignored nodes but not their children. */
    @SuppressWarnings("unchecked")
    static List<Node> flatten(List<Map<String, Object>> nodes) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> node : nodes) byId.put(String.valueOf(node.get("nodeId")), node);
        List<Node> out = new ArrayList<>();
        if (!nodes.isEmpty()) walk(nodes.get(0), byId, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> node, Map<String, Map<String, Object>> byId, List<Node> out) {
        boolean ignored = Boolean.TRUE.equals(node.get("ignored"));
        if (!ignored) {
            String role = valueOf(node.get("role"));
            if (role.equals("heading") || role.equals("main") || role.equals("banner") || role.equals("contentinfo")
                    || NAMED_LANDMARKS.contains(role)) {
                out.add(new Node(role, valueOf(node.get("name")), levelOf(node)));
            }
        }
        for (Object childId : (List<Object>) node.getOrDefault("childIds", List.of())) {
            Map<String, Object> child = byId.get(String.valueOf(childId));
            if (child != null) walk(child, byId, out);
        }
    }

    static List<RawFinding> checkOutline(List<Node> outline) {
        List<RawFinding> findings = new ArrayList<>();
        long mains = outline.stream().filter(n -> n.role().equals("main")).count();
        if (mains != 1) {
            findings.add(finding("landmark-main", "A screen reader finds " + mains + " main content areas on this page; there should be one.",
                    "Use the theme's layouts, which have one <main>; a template override may have added or removed one."));
        }
        List<Node> headings = outline.stream().filter(n -> n.role().equals("heading")).toList();
        long h1s = headings.stream().filter(h -> h.level() == 1).count();
        if (h1s != 1) {
            findings.add(finding("outline-h1", "A screen reader finds " + h1s + " level 1 headings on this page; there should be one.",
                    "The page title is the only level 1 heading; use ## and below in the page."));
        }
        int previous = 0;
        for (Node heading : headings) {
            if (previous > 0 && heading.level() > previous + 1) {
                // Same rule id as axe's, so the two reports of one skipped heading are merged.
                findings.add(new RawFinding("heading-order", "browser", Severity.ERROR, "In the outline a screen reader gets, the heading '"
                        + heading.name() + "' (level " + heading.level() + ") follows a level " + previous + " heading.",
                        "Go down one level at a time: ## then ###, never ## then ####.", HELP,
                        "<h" + heading.level() + ">" + heading.name() + "</h" + heading.level() + ">", ""));
            }
            previous = heading.level();
        }
        for (Node landmark : outline) {
            if (NAMED_LANDMARKS.contains(landmark.role()) && landmark.name().isBlank()) {
                findings.add(finding("landmark-name", "A " + landmark.role() + " landmark has no name, so screen reader users "
                        + "cannot tell it from others.", "Give it an aria-label or aria-labelledby that says what it holds."));
            }
        }
        return findings;
    }

    private static RawFinding finding(String rule, String message, String fix) {
        return new RawFinding(rule, "browser", Severity.ERROR, message, fix, HELP, "", "");
    }

    @SuppressWarnings("unchecked")
    private static String valueOf(Object property) {
        if (property instanceof Map<?, ?> map) {
            Object value = ((Map<String, Object>) map).get("value");
            return value == null ? "" : String.valueOf(value);
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static int levelOf(Map<String, Object> node) {
        for (Object property : (List<Object>) node.getOrDefault("properties", List.of())) {
            Map<String, Object> map = (Map<String, Object>) property;
            if ("level".equals(map.get("name"))) {
                Object value = ((Map<String, Object>) map.get("value")).get("value");
                return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
            }
        }
        return 0;
    }
}
