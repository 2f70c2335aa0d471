package org.dueregard.checks;

import org.dueregard.config.AcceptedIssue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Checks every page of a built site in headless Chromium: axe-core, reflow at 320 px, text spacing and the
 * accessibility tree. One browser is reused; pages whose HTML has not changed come from the cache. Findings are
 * traced to the Markdown or template that made them, and accepted issues are downgraded until their review date.
 */
public final class AccessibilityGate {

    /** Changes whenever the checks change, so old cached results are not trusted. */
    static final String CHECKS_VERSION = "axe-core 4.11.1; dueregard checks 1; " + String.join(",", BrowserSession.AXE_TAGS);

    /**
     * @param progress receives a line per page, for a terminal
     */
    public record Options(BrowserPaths browser, Path cacheFile, LocalDate today, List<AcceptedIssue> accepted,
                          Consumer<String> progress) {
    }

    private final Options options;

    public AccessibilityGate(Options options) {
        this.options = options;
    }

    public GateResult check(Path siteFolder, String basePath, List<PageSource> pages) throws IOException {
        long started = System.nanoTime();
        CheckCache cache = CheckCache.open(options.cacheFile());
        String stylesHash = hashAssets(siteFolder.resolve("assets"));
        List<Finding> findings = new ArrayList<>();
        List<Long> pageMillis = new ArrayList<>();
        long browserStart = 0;
        int fromCache = 0;
        BrowserSession browser = null;
        try (LocalSiteServer server = new LocalSiteServer(siteFolder, basePath)) {
            int done = 0;
            for (PageSource page : pages) {
                String html = Files.readString(siteFolder.resolve(page.outputPath()), StandardCharsets.UTF_8);
                String key = sha256(CHECKS_VERSION + "\n" + stylesHash + "\n" + page.page() + "\n" + html);
                Optional<List<RawFinding>> cached = cache.find(key);
                List<RawFinding> raw;
                if (cached.isPresent()) {
                    raw = cached.get();
                    fromCache++;
                } else {
                    if (browser == null) {
                        long t = System.nanoTime();
                        browser = BrowserSession.start(options.browser());
                        browserStart = (System.nanoTime() - t) / 1_000_000;
                    }
                    long t = System.nanoTime();
                    raw = browser.checkPage(server.url(page.page()));
                    pageMillis.add((System.nanoTime() - t) / 1_000_000);
                    cache.put(key, raw);
                }
                findings.addAll(trace(raw, page, Jsoup.parse(html)));
                done++;
                options.progress().accept("Checked " + done + " of " + pages.size() + " pages in the browser"
                        + (cached.isPresent() ? " (unchanged, from the cache): " : ": ") + page.page());
            }
        } finally {
            if (browser != null) browser.close();
        }
        cache.save();
        return new GateResult(new AcceptedIssues(options.accepted(), options.today()).apply(findings), pages.size(), pages.size() - fromCache, fromCache, browserStart,
                pageMillis, (System.nanoTime() - started) / 1_000_000);
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
                all.append(assets.relativize(file)).append('=').append(sha256Bytes(Files.readAllBytes(file))).append('\n');
            }
        }
        return sha256(all.toString());
    }

    static String sha256(String text) {
        return sha256Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Bytes(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
