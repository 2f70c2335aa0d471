package org.dueregard.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the gate's findings for people (index.html, itself accessible) and for CI (junit.xml, results.json). The
 * folder is outside the published site.
 */
public final class CheckReports {

    private CheckReports() {
    }

    /**
     * Everything a report needs besides the findings: the numbers behind them, which part of the site's pages was
     * checked ("all", "2/4", or "4 parts" for merged reports) and the build's own errors (a broken link, say), which
     * are not findings on a page but stop publishing all the same.
     */
    public record Summary(String siteTitle, int pages, int pagesInBrowser, int pagesFromCache, long browserStartMillis,
                          long medianPageMillis, long totalMillis, String part, List<String> buildErrors) {

        public Summary(String siteTitle, int pages, int pagesInBrowser, int pagesFromCache, long browserStartMillis,
                       long medianPageMillis, long totalMillis) {
            this(siteTitle, pages, pagesInBrowser, pagesFromCache, browserStartMillis, medianPageMillis, totalMillis, "all", List.of());
        }

        public Summary {
            buildErrors = List.copyOf(buildErrors);
        }
    }

    public static void write(Path folder, List<Finding> findings, Summary summary) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), json(findings, summary), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("junit.xml"), junit(findings, summary), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("index.html"), html(findings, summary), StandardCharsets.UTF_8);
    }

    static String json(List<Finding> findings, Summary summary) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode totals = root.putObject("summary");
        totals.put("pages", summary.pages());
        totals.put("pagesCheckedInBrowser", summary.pagesInBrowser());
        totals.put("pagesFromCache", summary.pagesFromCache());
        totals.put("errors", findings.stream().filter(Finding::isError).count());
        totals.put("warnings", findings.stream().filter(f -> !f.isError()).count());
        totals.put("browserStartMillis", summary.browserStartMillis());
        totals.put("medianPageMillis", summary.medianPageMillis());
        totals.put("totalMillis", summary.totalMillis());
        totals.put("site", summary.siteTitle());
        totals.put("part", summary.part());
        ArrayNode buildErrors = totals.putArray("buildErrors");
        summary.buildErrors().forEach(buildErrors::add);
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode node = list.addObject();
            node.put("rule", f.rule()).put("engine", f.engine()).put("severity", f.severity().name().toLowerCase())
                    .put("page", f.page()).put("file", f.file()).put("line", f.line()).put("message", f.message())
                    .put("fix", f.fix()).put("help", f.helpUrl()).put("element", f.element());
        }
        return mapper.writeValueAsString(root) + "\n";
    }

    static String junit(List<Finding> findings, Summary summary) {
        Map<String, List<Finding>> byPage = byPage(findings);
        long failures = byPage.values().stream().filter(list -> list.stream().anyMatch(Finding::isError)).count()
                + (summary.buildErrors().isEmpty() ? 0 : 1);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"accessibility\" tests=\"").append(Math.max(summary.pages(), byPage.size()))
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        if (!summary.buildErrors().isEmpty()) {
            xml.append("  <testcase classname=\"accessibility\" name=\"build\">\n    <failure message=\"")
                    .append(summary.buildErrors().size()).append(" build error(s)\">");
            for (String error : summary.buildErrors()) xml.append(xml(error)).append('\n');
            xml.append("</failure>\n  </testcase>\n");
        }
        for (Map.Entry<String, List<Finding>> page : byPage.entrySet()) {
            xml.append("  <testcase classname=\"accessibility\" name=\"").append(xml(page.getKey())).append("\">\n");
            List<Finding> errors = page.getValue().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                xml.append("    <failure message=\"").append(errors.size()).append(" accessibility problem(s)\">");
                for (Finding f : errors) xml.append(xml(describe(f))).append('\n');
                xml.append("</failure>\n");
            }
            for (Finding f : page.getValue().stream().filter(f -> !f.isError()).toList()) {
                xml.append("    <system-out>").append(xml("warning: " + describe(f))).append("</system-out>\n");
            }
            xml.append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String describe(Finding f) {
        return f.file() + (f.line() > 0 ? ":" + f.line() : "") + " [" + f.rule() + "] " + f.message() + " Fix: " + f.fix();
    }

    static String html(List<Finding> findings, Summary summary) {
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Accessibility check - ").append(esc(summary.siteTitle())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,Arial,sans-serif;font-size:1.1rem;line-height:1.5;color:#0b0c0c;max-width:60rem;margin:0 auto;padding:1rem}\n")
                .append("a{color:#1d70b8}a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}\n")
                .append(".finding{border-left:6px solid #d4351c;padding:.5rem 1rem;margin:1rem 0}.warning{border-left-color:#505a5f}\n")
                .append("code{overflow-wrap:anywhere;background:#f3f2f1;padding:0 .2em}dt{font-weight:700}dd{margin:0 0 .5rem}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Accessibility check: ").append(esc(summary.siteTitle())).append("</h1>\n");
        errors += summary.buildErrors().size();
        out.append("<p>").append(errors == 0 ? "No problems stop this site from being published." : errors + " problem(s) must be fixed before this site is published.")
                .append(warnings == 0 ? "" : " " + warnings + " accepted or minor issue(s) are listed too.").append("</p>\n");
        out.append("<p>Pages checked: ").append(summary.pages()).append(" (").append(summary.pagesInBrowser())
                .append(" in the browser, ").append(summary.pagesFromCache()).append(" unchanged since the last check)")
                .append(summary.part().equals("all") ? "" : "; part " + esc(summary.part()) + " of the site's pages").append(".</p>\n");
        if (!summary.buildErrors().isEmpty()) {
            out.append("<section aria-labelledby=\"build-errors\">\n<h2 id=\"build-errors\">Problems in the build</h2>\n<ul>\n");
            for (String error : summary.buildErrors()) out.append("<li><code>").append(esc(error)).append("</code></li>\n");
            out.append("</ul>\n</section>\n");
        }
        for (Map.Entry<String, List<Finding>> page : byPage(findings).entrySet()) {
            out.append("<section aria-labelledby=\"").append(id(page.getKey())).append("\">\n<h2 id=\"").append(id(page.getKey()))
                    .append("\">Page ").append(esc(page.getKey())).append("</h2>\n");
            for (Finding f : page.getValue()) {
                out.append("<div class=\"finding").append(f.isError() ? "" : " warning").append("\">\n<h3>")
                        .append(f.isError() ? "Problem: " : "Accepted or minor: ").append(esc(f.message())).append("</h3>\n<dl>\n")
                        .append("<dt>Where</dt><dd>").append(esc(f.file())).append(f.line() > 0 ? ", line " + f.line() : "").append("</dd>\n")
                        .append("<dt>How to fix it</dt><dd>").append(esc(f.fix())).append("</dd>\n")
                        .append("<dt>Check</dt><dd>").append(esc(f.rule())).append(" (").append(esc(f.engine())).append(")");
                if (!f.helpUrl().isEmpty()) {
                    out.append(", <a href=\"").append(esc(f.helpUrl())).append("\">about the ").append(esc(f.rule())).append(" check</a>");
                }
                out.append("</dd>\n");
                if (!f.element().isEmpty()) out.append("<dt>Element</dt><dd><code>").append(esc(f.element())).append("</code></dd>\n");
                out.append("</dl>\n</div>\n");
            }
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static Map<String, List<Finding>> byPage(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::page, LinkedHashMap::new, Collectors.toList()));
    }

    private static String id(String page) {
        return "page" + page.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }

    private static String xml(String text) {
        return esc(text).replace("\"", "&quot;");
    }
}
