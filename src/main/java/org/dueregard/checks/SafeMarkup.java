package org.dueregard.checks;

import org.dueregard.SafeLinks;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The last line of defence for what a page publishes, whatever made it (Markdown, a dataset, the config, a site's own
 * template): no inline script, no event handler, no embedded frame or plugin, and every address through
 * {@link SafeLinks}. A page that fails is not published.
 */
final class SafeMarkup {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "portal", "foreignobject",
            // Raw-text elements that a browser with scripts on parses differently from this check (mutation XSS).
            "noscript", "noembed", "noframes", "xmp", "plaintext", "template", "style", "math",
            // SVG animation can turn a link into a javascript: address after the page has loaded.
            "animate", "set", "animatemotion", "animatetransform", "discard", "handler", "listener");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
            "data", "cite", "background", "longdesc", "manifest", "ping", "codebase", "archive", "usemap");

    private SafeMarkup() {
    }

    /** What is unsafe about this one element (not its children), in words for the author; empty when it is safe. */
    static List<String> problemsOf(Element element) {
        if (element.attributesSize() == 0 && !FORBIDDEN_ELEMENTS.contains(element.normalName())
                && !element.normalName().equals("script")) {
            return List.of(); // most elements: nothing to look at (this runs for every element of every page)
        }
        List<String> problems = new ArrayList<>();
        String tag = element.normalName();
        if (FORBIDDEN_ELEMENTS.contains(tag)) problems.add("it has a <" + tag + "> element, which can run or load another page");
        if (tag.equals("script") && (!element.hasAttr("src") || !element.data().isBlank())) {
            problems.add("it has a script written in the page; scripts must be files of the site (<script src=...>)");
        }
        if (tag.equals("script") && element.hasAttr("src") && !isPathOfThisSite(element.attr("src"))) {
            problems.add("it loads a script from another website (" + element.attr("src") + ")");
        }
        if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
            problems.add("it sends readers to another address by itself (meta refresh)");
        }
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (key.startsWith("on")) problems.add("<" + tag + "> has an event handler (" + key + "), which runs a script");
            if (key.equals("style") && value.toLowerCase(Locale.ROOT).matches("(?s).*(expression\\s*\\(|javascript:|url\\s*\\().*")) {
                problems.add("<" + tag + "> has a style that loads or runs something");
            }
            if (URL_ATTRIBUTES.contains(key)) refusalOf(value).ifPresent(why -> problems.add("<" + tag + " " + key + "=\"" + value + "\">: " + why));
            if (key.equals("srcset")) {
                for (String candidate : value.split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) refusalOf(url).ifPresent(why -> problems.add("<" + tag + " srcset=\"" + value + "\">: " + why));
                }
            }
        }
        return problems;
    }

    /** "/assets/x.js" or "x.js", never "//host/x.js" or "/\\host/x.js" (which browsers read as another website). */
    static boolean isPathOfThisSite(String url) {
        String u = url.strip();
        return SafeLinks.schemeOf(u).isEmpty() && !u.startsWith("//") && u.indexOf('\\') < 0 && !u.isEmpty();
    }

    private static Optional<String> refusalOf(String url) {
        return url.isEmpty() ? Optional.empty() : SafeLinks.findRefusal(url);
    }
}
