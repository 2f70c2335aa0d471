package org.dueregard.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WcagCriteriaTest {

    @Test
    void axeRulesGetTheCriterionOfTheirOwnTags() {
        assertEquals("4.1.2 Name, role, value", words("aria-tab-name"), "new in axe 4.14: an unnamed tab");
        assertEquals("1.3.5 Identify input purpose", words("autocomplete-valid"));
        assertEquals("2.5.3 Label in name", words("label-content-name-mismatch"));
        assertEquals("1.4.3 Contrast (minimum)", words("color-contrast"));
        assertEquals(Optional.empty(), WcagCriteria.of("region", ""), "a best practice fails no criterion");
        assertEquals(Optional.empty(), WcagCriteria.of("duplicate-id", ""), "a rule axe marks deprecated (4.1.1 is gone from WCAG 2.2)");
    }

    @Test
    void ourOwnRulesAndWhatTheSiteStatesComeFirst() {
        assertEquals("1.4.10 Reflow", words("reflow"));
        assertEquals("1.4.12 Text spacing", words("text-spacing"));
        assertEquals("2.4.6 Headings and labels", words("empty-heading"), "axe files it as a best practice");
        assertEquals("1.4.11 Non-text contrast", WcagCriteria.of("color-contrast", "1.4.11").orElseThrow().words());
    }

    @Test
    void everyCriterionAnAxeRuleTestsHasItsName() {
        for (var rule : WcagCriteria.AXE_RULES.entrySet()) {
            assertTrue(WcagCriteria.NAMES.containsKey(rule.getValue()), rule.getKey() + " tests " + rule.getValue() + ", which has no name here");
        }
        assertTrue(WcagCriteria.AXE_RULES.size() > 60, "the rules were read: " + WcagCriteria.AXE_RULES.size());
    }

    @Test
    void theListIsForTheAxeInTheJar() throws IOException {
        assertEquals(version("/dueregard/checks/axe-core/axe.min.js", "\\A/\\*! axe v(\\S+)"),
                version("/dueregard/checks/axe-core/wcag-criteria.tsv", "\\A# axe-core (\\S+):"),
                "run tools/update-axe-core.sh VERSION, which makes both");
    }

    private static String words(String rule) {
        return WcagCriteria.of(rule, "").orElseThrow(() -> new AssertionError(rule + " has no criterion")).words();
    }

    private static String version(String resource, String pattern) throws IOException {
        try (InputStream in = WcagCriteriaTest.class.getResourceAsStream(resource)) {
            String start = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            Matcher version = Pattern.compile(pattern).matcher(start);
            assertTrue(version.find(), resource + " does not start with its version: " + start);
            return version.group(1);
        }
    }
}
