package org.dueregard.output;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a published SVG may hold: static drawing elements and their presentation attributes, titles and descriptions,
 * ARIA names, and references only to parts of the same picture ({@code #id}). No scripts, event handlers, animation,
 * embedded web content or anything loaded from elsewhere.
 */
final class SvgAllowList {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "symbol", "use", "title", "desc", "switch", "style",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
            "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence");

    /** Left out without a word: editors' notes, which never change the picture. */
    static final Set<String> QUIET_ELEMENTS = Set.of("metadata");

    /** Left out, but their content kept: a link inside a picture would lead off the site. */
    static final Set<String> UNWRAPPED_ELEMENTS = Set.of("a");

    static final Set<String> ATTRIBUTES = Set.of(
            // names and structure
            "id", "class", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable",
            "tabindex", "version", "baseProfile", "viewBox", "preserveAspectRatio", "x", "y", "width", "height", "transform",
            "requiredFeatures", "requiredExtensions", "systemLanguage", "href",
            // shapes and text
            "d", "points", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx", "dy", "rotate", "textLength",
            "lengthAdjust", "pathLength", "startOffset", "method", "spacing", "side",
            // paint and presentation
            "style", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display",
            "visibility", "overflow", "clip", "clip-path", "clip-rule", "mask", "filter", "marker-start", "marker-mid",
            "marker-end", "stop-color", "stop-opacity", "flood-color", "flood-opacity", "lighting-color",
            "color-interpolation", "color-interpolation-filters", "color-rendering", "shape-rendering", "text-rendering",
            "image-rendering", "vector-effect", "paint-order", "mix-blend-mode", "isolation", "transform-origin",
            "font-family", "font-size", "font-size-adjust", "font-weight", "font-style", "font-variant", "font-stretch",
            "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
            "text-decoration", "writing-mode", "direction", "unicode-bidi", "white-space",
            // gradients, patterns, clips, masks, markers
            "offset", "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy", "fr", "patternUnits",
            "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth",
            "markerHeight", "markerUnits", "refX", "refY", "orient",
            // filters
            "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "type", "values", "operator",
            "k1", "k2", "k3", "k4", "scale", "xChannelSelector", "yChannelSelector", "tableValues", "slope", "intercept",
            "amplitude", "exponent", "baseFrequency", "numOctaves", "seed", "stitchTiles", "surfaceScale",
            "diffuseConstant", "specularConstant", "specularExponent", "kernelMatrix", "kernelUnitLength", "order",
            "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha", "azimuth", "elevation", "pointsAtX",
            "pointsAtY", "pointsAtZ", "limitingConeAngle", "radius", "z");

    /** Attributes holding words, not CSS: a backslash there is only a character. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("id", "class", "lang", "role", "aria-label", "aria-labelledby",
            "aria-describedby");
    private static final Pattern URL_FUNCTION = Pattern.compile("(?i)url\\(\\s*(['\"]?)\\s*([^)'\"]*)");
    /** CSS that loads something or hides what it does: imports, old script hooks, escapes, image functions. */
    private static final Pattern UNSAFE_CSS = Pattern.compile(
            "(?i)@import|@namespace|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding|\\\\|image-set\\s*\\(|cross-fade\\s*\\(|"
                    + "\\bimage\\s*\\(|\\bsrc\\s*\\(|element\\s*\\(");

    private SvgAllowList() {
    }

    /** Why an element must go (for the author's message), or empty when it is on the list. */
    static Optional<String> findElementProblem(String name) {
        if (ELEMENTS.contains(name)) return Optional.empty();
        return Optional.of(switch (name) {
            case "script", "handler", "listener" -> "a script (<" + name + ">)";
            case "foreignObject" -> "<foreignObject>, which can hold any web page content";
            case "set", "animate", "animateMotion", "animateTransform", "animateColor", "discard" ->
                    "the animation <" + name + ">, which can change links and other attributes after the picture is checked";
            case "iframe", "embed", "object", "audio", "video", "canvas" -> "<" + name + ">, which embeds other content";
            default -> "<" + name + ">, which is not on the list of safe SVG elements";
        });
    }

    /** Why an attribute value must go, or empty when it is safe: a reference outside the picture, or CSS that loads something. */
    static Optional<String> findValueProblem(String name, String value) {
        if (name.equals("href")) {
            String target = value.strip();
            return target.startsWith("#") ? Optional.empty() : Optional.of("a reference to '" + shorten(target) + "' outside the picture");
        }
        if (name.equals("style") && UNSAFE_CSS.matcher(value).find()) return Optional.of("a style that can load or run something: '" + shorten(value) + "'");
        // Presentation attributes are read as CSS, where an escape (u\72 l) could hide a url(.
        if (!TEXT_ATTRIBUTES.contains(name) && value.indexOf('\\') >= 0) return Optional.of("an escaped value in " + name + "=: '" + shorten(value) + "'");
        return findOutsideUrl(value).map(url -> "a reference to '" + shorten(url) + "' outside the picture (in " + name + "=)");
    }

    /** Why the text of a {@code <style>} element must go, or empty when it is safe. */
    static Optional<String> findStyleSheetProblem(String css) {
        if (UNSAFE_CSS.matcher(css).find()) return Optional.of("a style sheet that can load or run something");
        return findOutsideUrl(css).map(url -> "a style sheet that loads '" + shorten(url) + "' from outside the picture");
    }

    /** The first url(...) that does not point inside the picture (#id), if any. */
    private static Optional<String> findOutsideUrl(String value) {
        if (!value.toLowerCase(Locale.ROOT).contains("url(")) return Optional.empty();
        Matcher url = URL_FUNCTION.matcher(value);
        while (url.find()) {
            if (!url.group(2).strip().startsWith("#")) return Optional.of(url.group(2).strip());
        }
        return Optional.empty();
    }

    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
