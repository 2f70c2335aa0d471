package org.dueregard.checks;

import org.dueregard.Sha256;
import org.dueregard.config.AcceptedIssue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks every page of a built site in headless Chromium: axe-core, reflow at 320 px, text spacing and the
 * accessibility tree. One browser is reused; pages whose HTML has not changed come from the cache. Findings are
 * traced to the Markdown or template that made them, and accepted issues are downgraded until their review date.
 */
public final class AccessibilityGate {

    /** Changes whenever the checks change, so old cached results are not trusted. */
    static final String CHECKS_VERSION = "axe-core " + AxeInPage.VERSION + "; dueregard checks 2; " + String.join(",", BrowserSession.AXE_TAGS);

    /** Browsers at once when none is asked for: measured on 2 cores (see bench/README.md). */
    public static final int DEFAULT_BROWSERS = 2;

    /**
     * @param browsers the browsers, started while the site built; each checks one page at a time
     * @param progress receives a line per page, for a terminal
     */
    public record Options(BrowserStarter browsers, Path cacheFile, LocalDate today, List<AcceptedIssue> accepted,
                          Consumer<String> progress) {
    }

    private final Options options;

    public AccessibilityGate(Options options) {
        this.options = options;
    }

    /**
     * Checks the pages whose HTML (or the site's styles) changed since they were last checked, several at once, and
     * traces every finding to its source. Only pages with findings are read again to trace them.
     */
    public GateResult check(Path siteFolder, String basePath, List<PageSource> pages) throws IOException {
        long started = System.nanoTime();
        CheckCache cache = CheckCache.open(options.cacheFile());
        String stylesHash = hashAssets(siteFolder.resolve("assets"));
        List<List<RawFinding>> raw = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> toCheck = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String html = Files.readString(siteFolder.resolve(pages.get(i).outputPath()), StandardCharsets.UTF_8);
            sizes.add(html.length());
            String key = Sha256.hex(CHECKS_VERSION + "\n" + stylesHash + "\n" + pages.get(i).page() + "\n" + html);
            keys.add(key);
            Optional<List<RawFinding>> cached = cache.find(key);
            raw.add(cached.orElse(null));
            if (cached.isEmpty()) toCheck.add(i);
        }
        // The longest pages first: the browsers then finish together, not one of them alone on a long report at the end.
        toCheck.sort(java.util.Comparator.comparing((Integer i) -> sizes.get(i)).reversed().thenComparing(i -> i));
        BrowserPool.Checked checked;
        try (LocalSiteServer server = new LocalSiteServer(siteFolder, basePath)) {
            List<String> urls = toCheck.stream().map(i -> server.url(pages.get(i).page())).toList();
            AtomicInteger done = new AtomicInteger();
            checked = BrowserPool.check(options.browsers(), urls, j -> options.progress().accept(
                    "Checked " + done.incrementAndGet() + " of " + toCheck.size() + " pages in the browser: " + pages.get(toCheck.get(j)).page()));
        }
        for (int j = 0; j < toCheck.size(); j++) {
            raw.set(toCheck.get(j), checked.findings().get(j));
            cache.put(keys.get(toCheck.get(j)), checked.findings().get(j));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (raw.get(i).isEmpty()) continue;
            String html = Files.readString(siteFolder.resolve(pages.get(i).outputPath()), StandardCharsets.UTF_8);
            findings.addAll(trace(raw.get(i), pages.get(i), Jsoup.parse(html)));
        }
        cache.save();
        int fromCache = pages.size() - toCheck.size();
        return new GateResult(new AcceptedIssues(options.accepted(), options.today()).apply(findings), pages.size(), toCheck.size(), fromCache,
                checked.startMillis(), checked.pageMillis(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Names the source file and line for each browser finding, from the element's selector. */
    static List<Finding> trace(List<RawFinding> raw, PageSource page, Document doc) {
        List<Finding> findings = new ArrayList<>();
        for (RawFinding finding : raw) {
            Element element = findElement(doc, finding.selector());
            if (element == null && finding.selector().isEmpty() && finding.element().matches("<h[1-6]>.*")) {
                element = findHeading(doc, Jsoup.parse(finding.element()).text());
            }
            boolean inText = element != null && SourceLocator.isInPageText(element);
            String file = page.fileFor(inText);
            int line = element == null ? 0 : SourceLocator.findLine(page, element).orElse(0);
            findings.add(new Finding(finding.rule(), finding.engine(), finding.severity(), page.page(), file, line,
                    finding.message(), finding.fix(), finding.helpUrl(), finding.element()));
        }
        return findings;
    }

    private static Element findHeading(Document doc, String text) {
        return doc.select("h1, h2, h3, h4, h5, h6").stream().filter(h -> h.text().equals(text)).findFirst().orElse(null);
    }

    private static Element findElement(Document doc, String selector) {
        if (selector == null || selector.isBlank()) return null;
        try {
            return doc.selectFirst(selector);
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    /** A hash of the site's styles and scripts: when they change, every page is checked again. */
    private static String hashAssets(Path assets) throws IOException {
        if (!Files.isDirectory(assets)) return "";
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(assets.relativize(file)).append('=').append(Sha256.hex(Files.readAllBytes(file))).append('\n');
            }
        }
        return Sha256.hex(all.toString());
    }

    /**
     * Static and browser checks often report the same mistake. A browser finding is dropped when an earlier finding
     * has the same rule, page and file and the same line (or either has no line); two browser findings are kept
     * apart by their elements, so two tiny links are two problems.
     */
    public static List<Finding> withoutDuplicates(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            boolean duplicate = kept.stream().anyMatch(earlier -> earlier.rule().equals(finding.rule())
                    && earlier.page().equals(finding.page()) && earlier.file().equals(finding.file())
                    && (earlier.line() == finding.line() || earlier.line() == 0 || finding.line() == 0)
                    && (!earlier.engine().equals(finding.engine()) || earlier.element().equals(finding.element())));
            if (!duplicate) kept.add(finding);
        }
        return List.copyOf(kept);
    }
}
