package org.dueregard.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.dueregard.Problem;
import org.dueregard.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed page before it is rendered: gives headings their ids, resolves links and images to site URLs,
 * finds callouts, and records every mistake with its line. The renderers then only read what this found.
 */
final class PageAnalysis {

    enum Callout { INSET, WARNING }

    private final String file;
    private final String sourcePath;
    private final int bodyFirstLine;
    private final LinkTargets targets;
    private final Embeds embeds;
    /** HTML for fenced table and chart blocks, made by the embeds. */
    final Map<com.vladsch.flexmark.ast.FencedCodeBlock, String> blocks = new IdentityHashMap<>();

    final List<Problem> problems = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final Map<com.vladsch.flexmark.ast.Heading, String> headingIds = new IdentityHashMap<>();
    final Set<String> ids = new HashSet<>();
    final Map<String, String> resolvedUrls = new HashMap<>();
    /** Images whose alt text comes from the picture set because the author left it empty. */
    final Map<Node, String> pictureAlts = new IdentityHashMap<>();
    /** Names of the pictures from the set this page uses; only used pictures are published. */
    final java.util.Set<String> pictures = new java.util.TreeSet<>();
    final Map<BlockQuote, Callout> callouts = new IdentityHashMap<>();
    final List<AnchorLink> anchorLinks = new ArrayList<>();
    /** Links to '#id' on this page whose id is not in the page text. */
    final List<AnchorLink> unresolvedAnchors = new ArrayList<>();
    private final List<PendingAnchor> samePageAnchors = new ArrayList<>();
    /** Offsets where each line of the body starts, so a node's line is a binary search, not a scan. */
    private int[] lineStarts = new int[0];

    private record PendingAnchor(int line, String anchor) {
    }

    /**
     * @param file       the page's path as messages show it ("content/reports/a.md")
     * @param sourcePath the page's path relative to content/ ("reports/a.md"), which links resolve against
     */
    PageAnalysis(String file, String sourcePath, int bodyFirstLine, LinkTargets targets, Embeds embeds) {
        this.file = file;
        this.sourcePath = sourcePath;
        this.bodyFirstLine = bodyFirstLine;
        this.targets = targets;
        this.embeds = embeds;
    }

    /** @param text the Markdown the document was parsed from */
    void analyse(Document document, String text) {
        indexLines(text);
        ids.add("main-content");
        int previousLevel = 1;
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                previousLevel = analyseHeading(heading, previousLevel);
            } else if (node instanceof Image image) {
                analyseImage(image, image.getUrl().unescape(), altTextOf(image));
            } else if (node instanceof ImageRef imageRef) {
                Reference reference = imageRef.getReferenceNode(document);
                if (reference != null) analyseImage(imageRef, reference.getUrl().unescape(), altTextOf(imageRef));
            } else if (node instanceof Link link) {
                analyseLink(link, link.getUrl().unescape());
            } else if (node instanceof LinkRef linkRef) {
                Reference reference = linkRef.getReferenceNode(document);
                if (reference != null) analyseLink(linkRef, reference.getUrl().unescape());
            } else if (node instanceof BlockQuote quote) {
                findCallout(quote);
            } else if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock table) {
                requireCaption(table);
            } else if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock fenced) {
                embedBlock(fenced);
            }
        }
        for (PendingAnchor pending : samePageAnchors) {
            // Not in the page text: it may be in the template (checked against the whole page by the builder).
            if (!ids.contains(pending.anchor())) unresolvedAnchors.add(new AnchorLink(file, pending.line(), sourcePath, pending.anchor()));
        }
    }

    /** On the plain text, not the document's sequence: its charAt goes through layers of Flexmark's wrappers. */
    private void indexLines(String body) {
        int count = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) count++;
        lineStarts = new int[count];
        int line = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts[line++] = i + 1;
    }

    private int lineOf(Node node) {
        int index = java.util.Arrays.binarySearch(lineStarts, node.getStartOffset());
        return bodyFirstLine + (index >= 0 ? index : -index - 2);
    }

    private int analyseHeading(com.vladsch.flexmark.ast.Heading heading, int previousLevel) {
        String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
        int level = heading.getLevel();
        int line = lineOf(heading);
        if (text.isEmpty()) {
            problems.add(Problem.error(file, line, "This heading is empty.", "Write the heading text after the # signs, or delete the line."));
        }
        if (level == 1) {
            problems.add(Problem.error(file, line, "The page text has a level 1 heading ('# " + text + "'), but the title is already the page's only level 1 heading.",
                    "Use '## " + text + "' for a section of the page."));
        } else if (level > previousLevel + 1) {
            problems.add(Problem.error(file, line, "This heading skips a level: it is level " + level + " ('" + "#".repeat(level)
                            + "') but the heading before it is level " + previousLevel + ".",
                    "Use '" + "#".repeat(previousLevel + 1) + " " + text + "' so screen reader users can follow the outline."));
        }
        String id = HeadingIds.uniqueId(text, ids);
        headingIds.put(heading, id);
        if (level >= 2) headings.add(new Heading(level, text, id, line));
        return level;
    }

    private static String altTextOf(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image).strip();
    }

    private void analyseImage(Node image, String url, String alt) {
        int line = lineOf(image);
        if (url.startsWith("picture:")) {
            String name = url.substring("picture:".length());
            Optional<LinkTargets.Picture> picture = targets.findPicture(name);
            if (picture.isEmpty()) {
                problems.add(Problem.error(file, line, "There is no picture called '" + name + "' in the picture set"
                                + Suggestions.didYouMeanOrStop(name, targets.pictureNames()),
                        "Use the name of a picture from the set (the authoring guide lists them), or an image file beside the page."));
                return;
            }
            resolvedUrls.put(url, picture.get().url());
            pictures.add(name);
            if (alt.isEmpty()) pictureAlts.put(image, picture.get().alt());
            return;
        }
        if (alt.isEmpty()) {
            problems.add(Problem.error(file, line, "The image '" + url + "' has no alt text.",
                    "Describe what the image shows between the square brackets: ![What the image shows](" + url + ")"));
        }
        if (isExternal(url)) {
            problems.add(Problem.error(file, line, "The image '" + url + "' is on another website.",
                    "Save the image beside this page and refer to it by its file name, so the site makes no third-party requests."));
            return;
        }
        String path = stripQueryAndAnchor(url);
        Optional<String> asset = SitePaths.resolve(sourcePath, SitePaths.decodeUrlPath(path)).flatMap(targets::findAssetUrl);
        if (asset.isEmpty()) {
            problems.add(Problem.error(file, line, "The image '" + url + "' does not exist.",
                    "Check the file name and that the image is saved in the same folder as this page (or give the path relative to it)."));
            return;
        }
        resolvedUrls.put(url, asset.get());
    }

    private void analyseLink(Node link, String url) {
        int line = lineOf(link);
        if (url.isEmpty()) {
            problems.add(Problem.error(file, line, "A link has no address.", "Put the page or web address in the brackets: [text](objectives.md)"));
            return;
        }
        Optional<String> refusal = org.dueregard.SafeLinks.findRefusal(url);
        if (refusal.isPresent()) {
            problems.add(Problem.error(file, line, "The link '" + url + "' cannot be published: " + refusal.get() + ".",
                    "Link to " + org.dueregard.SafeLinks.ALLOWED + "."));
            return;
        }
        if (isExternal(url)) return;
        if (url.startsWith("#")) {
            samePageAnchors.add(new PendingAnchor(line, url.substring(1)));
            return;
        }
        String path = stripQueryAndAnchor(url);
        String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        Optional<String> target = SitePaths.resolve(sourcePath, SitePaths.decodeUrlPath(path));
        if (target.isEmpty()) {
            problems.add(Problem.error(file, line, "The link '" + url + "' points outside the content folder.",
                    "Link to a page under content/ by its file name, for example ../objectives.md"));
            return;
        }
        String targetPath = target.get();
        Optional<String> pageUrl = targets.findPageUrl(targetPath)
                .or(() -> targets.findPageUrl(targetPath.isEmpty() ? "index.md" : targetPath + "/index.md"));
        if (pageUrl.isPresent()) {
            String sourceOfTarget = targets.findPageUrl(targetPath).isPresent() ? targetPath
                    : (targetPath.isEmpty() ? "index.md" : targetPath + "/index.md");
            if (!anchor.isEmpty()) anchorLinks.add(new AnchorLink(file, line, sourceOfTarget, anchor));
            resolvedUrls.put(url, pageUrl.get() + (anchor.isEmpty() ? "" : "#" + anchor));
            return;
        }
        Optional<String> assetUrl = targets.findAssetUrl(targetPath);
        if (assetUrl.isPresent()) {
            resolvedUrls.put(url, assetUrl.get());
            return;
        }
        String suggestion = path.endsWith(".md") ? Suggestions.didYouMean(targetPath, targets.pageSourcePaths()) : "";
        problems.add(Problem.error(file, line, "The link '" + url + "' points at a page that does not exist" + suggestion
                        + (suggestion.isEmpty() ? "." : ""),
                "Link to the page's Markdown file, relative to this one (for example ../objectives.md), and check the spelling."));
    }

    private void embedBlock(com.vladsch.flexmark.ast.FencedCodeBlock fenced) {
        String kind = fenced.getInfo().toString().strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("table") && !kind.equals("chart") && !kind.equals("objectives") && !kind.equals("objective")) return;
        Embeds.Result result = embeds.block(kind, fenced.getContentChars().toString(), file, lineOf(fenced) + 1, sourcePath);
        if (result.ok()) {
            blocks.put(fenced, result.value());
            for (java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(result.value()); id.find(); ) {
                ids.add(id.group(1));
            }
        } else {
            problems.add(Problem.error(file, lineOf(fenced), result.error(), result.fix()));
        }
    }

    private void requireCaption(com.vladsch.flexmark.ext.tables.TableBlock table) {
        for (Node child : table.getChildren()) {
            if (child instanceof com.vladsch.flexmark.ext.tables.TableCaption) return;
        }
        problems.add(Problem.error(file, lineOf(table), "This table has no caption.",
                "Add a line in square brackets directly under the last row, saying what the table shows: "
                        + "[Staff by pay band, 31 March 2024]"));
    }

    /** A blockquote whose first line is [!NOTE] or [!WARNING] is a callout; the marker line is removed. */
    private void findCallout(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) return;
        String firstLine = paragraph.getChars().toString().split("\n", 2)[0].strip().toUpperCase(Locale.ROOT);
        Callout callout = switch (firstLine) {
            case "[!NOTE]", "[!TIP]", "[!IMPORTANT]" -> Callout.INSET;
            case "[!WARNING]", "[!CAUTION]" -> Callout.WARNING;
            default -> null;
        };
        if (callout == null) return;
        callouts.put(quote, callout);
        int markerEnd = paragraph.getStartOffset() + paragraph.getChars().toString().indexOf('\n');
        if (markerEnd < paragraph.getStartOffset()) {
            paragraph.unlink();
            return;
        }
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() <= markerEnd) {
            Node next = child.getNext();
            boolean lineBreak = child instanceof SoftLineBreak || child instanceof com.vladsch.flexmark.ast.HardLineBreak;
            child.unlink();
            child = next;
            if (lineBreak) break;
        }
        if (!paragraph.hasChildren()) paragraph.unlink();
    }


    /** A URL with a scheme ("https:", "mailto:"), compiled once as it is asked for every link of every page. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    static boolean isExternal(String url) {
        return SCHEME.matcher(url).matches() || url.startsWith("//");
    }

    private static String stripQueryAndAnchor(String url) {
        int cut = url.length();
        for (char c : new char[] {'#', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0) cut = Math.min(cut, at);
        }
        return url.substring(0, cut);
    }

}
