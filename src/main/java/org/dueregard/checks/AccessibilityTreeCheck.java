package org.dueregard.checks;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** @param fullTree the answer to the DevTools command Accessibility.getFullAXTree */
    static List<RawFinding> check(JsonNode fullTree) {
        return checkOutline(flatten(fullTree.path("nodes")));
    }

    /** Headings and landmarks in document order, skipping ignored nodes but not their children. */
    static List<Node> flatten(JsonNode nodes) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) byId.put(node.path("nodeId").asText(), node);
        List<Node> out = new ArrayList<>();
        if (!nodes.isEmpty()) walk(nodes.get(0), byId, out);
        return out;
    }

    private static void walk(JsonNode node, Map<String, JsonNode> byId, List<Node> out) {
        if (!node.path("ignored").asBoolean(false)) {
            String role = node.path("role").path("value").asText("");
            if (role.equals("heading") || role.equals("main") || role.equals("banner") || role.equals("contentinfo")
                    || NAMED_LANDMARKS.contains(role)) {
                out.add(new Node(role, node.path("name").path("value").asText(""), levelOf(node)));
            }
        }
        for (JsonNode childId : node.path("childIds")) {
            JsonNode child = byId.get(childId.asText());
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

    private static int levelOf(JsonNode node) {
        for (JsonNode property : node.path("properties")) {
            if ("level".equals(property.path("name").asText())) return property.path("value").path("value").asInt(0);
        }
        return 0;
    }
}
