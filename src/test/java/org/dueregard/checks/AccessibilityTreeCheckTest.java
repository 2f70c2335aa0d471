package org.dueregard.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessibilityTreeCheckTest {

    /**
     * A tree as Chromium's DevTools give it: a heading inside an ignored node still counts, an ignored heading does
     * not; levels come as numbers (or, to be safe, as text); a navigation landmark without a name is reported.
     */
    @Test
    void readsTheOutlineFromTheDevToolsAnswer() throws Exception {
        String tree = """
                {"nodes": [
                  {"nodeId": "1", "ignored": false, "role": {"type": "role", "value": "RootWebArea"}, "childIds": ["2", "3", "6"]},
                  {"nodeId": "2", "ignored": false, "role": {"value": "navigation"}, "name": {"value": ""}, "childIds": []},
                  {"nodeId": "3", "ignored": true, "role": {"value": "none"}, "childIds": ["4", "5"]},
                  {"nodeId": "4", "ignored": false, "role": {"value": "heading"}, "name": {"value": "Our pay gap"},
                   "properties": [{"name": "level", "value": {"type": "integer", "value": 1}}], "childIds": []},
                  {"nodeId": "5", "ignored": true, "role": {"value": "heading"}, "name": {"value": "Hidden"},
                   "properties": [{"name": "level", "value": {"type": "integer", "value": 1}}]},
                  {"nodeId": "6", "ignored": false, "role": {"value": "main"}, "childIds": ["7"]},
                  {"nodeId": "7", "ignored": false, "role": {"value": "heading"}, "name": {"value": "Bonus"},
                   "properties": [{"name": "level", "value": {"type": "integer", "value": "3"}}], "childIds": []}
                ]}
                """;
        List<AccessibilityTreeCheck.Node> outline = AccessibilityTreeCheck.flatten(new ObjectMapper().readTree(tree).path("nodes"));
        assertEquals(List.of(new AccessibilityTreeCheck.Node("navigation", "", 0), new AccessibilityTreeCheck.Node("heading", "Our pay gap", 1),
                new AccessibilityTreeCheck.Node("main", "", 0), new AccessibilityTreeCheck.Node("heading", "Bonus", 3)), outline);
        List<String> rules = AccessibilityTreeCheck.check(new ObjectMapper().readTree(tree)).stream().map(RawFinding::rule).toList();
        assertEquals(List.of("heading-order", "landmark-name"), rules);
    }
}
