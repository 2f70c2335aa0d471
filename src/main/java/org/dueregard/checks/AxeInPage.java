package org.dueregard.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dueregard.Problem.Severity;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core in a page without sending it to the page each time: the browser is told once, through the DevTools
 * protocol, to add axe to every document it opens (about 550 KB of script that the Selenium integration otherwise
 * sends over WebDriver for every page). The page's Content-Security-Policy is bypassed for the session (see
 * {@link BrowserSession}). Only violations are asked for, and only the fields the report needs come back.
 */
final class AxeInPage {

    /**
     * axe-core from npm, kept in the jar as published (see its README.md there): a newer axe than the one Deque's
     * Selenium integration bundles. 4.14 checks colour contrast about three times faster than 4.11.
     */
    static final String AXE_SOURCE = resource("/dueregard/checks/axe-core/axe.min.js");

    /** The version of that axe-core, from its first line ("/*! axe v4.14.1"), for the check cache and reports. */
    static final String VERSION = versionOf(AXE_SOURCE);

    /** axe.run with the tags (%s, a JSON array), answering only the fields the report needs. */
    private static final String RUN = """
            (typeof axe === 'undefined') ? {error: 'axe-core is not in the page'}
              : axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                .then(r => ({violations: r.violations.map(v => ({id: v.id, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({html: n.html, target: n.target, failureSummary: n.failureSummary}))}))}))
                .catch(e => ({error: String(e)}))
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AxeInPage() {
    }

    /** Makes every document the browser opens from now on start with axe-core. */
    static void preload(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
    }

    /** Runs axe-core with these tags on the page the browser shows; its violations, one finding per element. */
    static List<RawFinding> run(DevToolsSocket page, List<String> tags) {
        JsonNode result;
        try {
            result = page.evaluate(RUN.formatted(JSON.writeValueAsString(tags)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (result.has("error")) throw new IllegalStateException("axe-core failed: " + result.get("error").asText());
        List<RawFinding> findings = new ArrayList<>();
        for (JsonNode rule : result.get("violations")) {
            String id = rule.get("id").asText();
            String helpUrl = rule.path("helpUrl").asText("").replaceAll("\\?.*$", "");
            for (JsonNode node : rule.get("nodes")) {
                AxeAdvice.Advice advice = AxeAdvice.forRule(id, rule.path("help").asText(""), node.path("failureSummary").asText(null));
                findings.add(new RawFinding(id, "axe", Severity.ERROR, advice.message(), advice.fix(), helpUrl,
                        Finding.snippet(node.path("html").asText("")), selectorOf(node.get("target"))));
            }
        }
        return findings;
    }

    /** The first selector of axe's target (a list, with a list inside for elements in frames or shadow roots). */
    private static String selectorOf(JsonNode target) {
        if (target == null || !target.isArray() || target.isEmpty()) return "";
        JsonNode first = target.get(0);
        return first.isTextual() ? first.asText() : first.toString();
    }

    static String versionOf(String source) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("\\A/\\*! axe v(\\S+)").matcher(source);
        if (!version.find()) throw new IllegalStateException("The axe-core in the jar does not start with its version");
        return version.group(1);
    }

    private static String resource(String name) {
        try (InputStream in = AxeInPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
