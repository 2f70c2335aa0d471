package org.dueregard.hostile;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second opinion on a built site, written apart from the build's own checks: lists everything in the output that
 * could run a script, leave the web, break the program that opens it, or leak the machine it was built on.
 */
final class UnsafeOutput {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster",
            "data", "cite", "background", "longdesc", "manifest", "ping", "srcset", "codebase", "archive", "usemap");
    private static final Set<String> UNSAFE_HTML_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "form", "portal", "noscript", "noembed", "noframes", "xmp", "plaintext", "template", "style");
    private static final Set<String> UNSAFE_SVG_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "set", "animate", "animatemotion", "animatetransform", "discard");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private UnsafeOutput() {
    }

    /** Everything unsafe in the output folder, one line each, or an empty list. {@code machinePath} must appear nowhere. */
    static List<String> in(Path output, String machinePath) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path path : walk.sorted().toList()) {
                String name = output.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    found.add(name + ": is a symbolic link");
                    continue;
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) continue;
                byte[] bytes = Files.readAllBytes(path);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (text.contains("root:x:0:0")) found.add(name + ": holds /etc/passwd");
                if (!machinePath.isEmpty() && text.contains(machinePath)) found.add(name + ": names the build machine's folder " + machinePath);
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".html")) found.addAll(inHtml(name, text));
                else if (lower.endsWith(".svg")) found.addAll(inSvg(name, bytes));
                else if (lower.endsWith(".xml")) found.addAll(inXml(name, bytes));
                else if (lower.endsWith(".csv")) found.addAll(inCsv(name, text));
            }
        }
        return found;
    }

    static List<String> inHtml(String name, String html) {
        List<String> found = new ArrayList<>();
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (UNSAFE_HTML_ELEMENTS.contains(tag) && !isThemeSearch(name, element)) found.add(name + ": has a <" + tag + "> element");
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) found.add(name + ": has a meta refresh");
            if (tag.equals("svg") || tag.equals("math")) {
                for (Element inner : element.getAllElements()) {
                    if (UNSAFE_SVG_ELEMENTS.contains(inner.normalName())) found.add(name + ": has <" + inner.normalName() + "> in inline SVG");
                }
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) found.add(name + ": <" + tag + "> has an event handler " + key);
                if (key.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).matches("(?s).*(expression\\(|javascript:|url\\().*")) {
                    found.add(name + ": <" + tag + "> has a style that loads or runs something: " + attribute.getValue());
                }
                if (URL_ATTRIBUTES.contains(key)) {
                    List<String> urls = key.equals("srcset") ? srcsetUrls(attribute.getValue()) : List.of(attribute.getValue());
                    for (String url : urls) unsafeUrl(url).ifPresent(why -> found.add(name + ": <" + tag + " " + key + "=\"" + url + "\"> " + why));
                }
            }
        }
        return found;
    }

    /**
     * The theme's search page has the site's one script, our own file with nothing inline, and a form that sends the
     * words to the page itself: those two, exactly, are allowed there.
     */
    private static boolean isThemeSearch(String name, Element element) {
        if (!name.endsWith("search/index.html")) return false;
        if (element.normalName().equals("script")) {
            return element.attr("src").endsWith("/assets/js/search.js") && element.data().isEmpty() && element.attributesSize() == 2;
        }
        return element.normalName().equals("form") && element.attr("role").equals("search") && element.attr("method").equals("get")
                && element.attr("action").startsWith("/") && !element.attr("action").startsWith("//");
    }

    private static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) urls.add(url);
        }
        return urls;
    }

    /** Why a URL is unsafe, as a browser would read it: leading controls and spaces dropped, tabs and newlines removed. */
    static java.util.Optional<String> unsafeUrl(String raw) {
        String url = raw.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
        java.util.regex.Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!SAFE_SCHEMES.contains(name)) return java.util.Optional.of("uses the scheme " + name + ":");
            if (name.equals("mailto") && url.toLowerCase(Locale.ROOT).matches("(?s).*(%0a|%0d|[\\r\\n]).*")) {
                return java.util.Optional.of("adds mail headers");
            }
        }
        if (url.matches("(?s).*[\\x00-\\x1f].*")) return java.util.Optional.of("holds control characters");
        return java.util.Optional.empty();
    }

    static List<String> inSvg(String name, byte[] bytes) {
        List<String> found = new ArrayList<>();
        org.w3c.dom.Document document;
        try {
            document = strictParser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            return List.of(name + ": is not well-formed XML: " + e.getMessage());
        }
        walkSvg(name, document.getDocumentElement(), found);
        return found;
    }

    private static void walkSvg(String name, org.w3c.dom.Element element, List<String> found) {
        String tag = (element.getLocalName() == null ? element.getTagName() : element.getLocalName()).toLowerCase(Locale.ROOT);
        if (UNSAFE_SVG_ELEMENTS.contains(tag)) found.add(name + ": has a <" + tag + "> element");
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String key = attribute.getNodeName().toLowerCase(Locale.ROOT);
            String local = key.contains(":") ? key.substring(key.indexOf(':') + 1) : key;
            if (local.startsWith("on")) found.add(name + ": <" + tag + "> has an event handler " + key);
            if (local.equals("href") && !attribute.getNodeValue().strip().startsWith("#")) {
                found.add(name + ": <" + tag + "> refers outside the picture: " + attribute.getNodeValue());
            }
            if (attribute.getNodeValue().toLowerCase(Locale.ROOT).matches("(?s).*url\\(\\s*['\"]?\\s*(?!#).*")) {
                found.add(name + ": <" + tag + " " + key + "> loads an outside resource: " + attribute.getNodeValue());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element inner) walkSvg(name, inner, found);
        }
    }

    static List<String> inXml(String name, byte[] bytes) {
        try {
            strictParser().parse(new ByteArrayInputStream(bytes));
            return List.of();
        } catch (SAXException | IOException e) {
            return List.of(name + ": is not well-formed XML: " + e.getMessage());
        }
    }

    /** A CSV cell that Excel or LibreOffice would run as a formula (OWASP CSV injection); negative numbers are fine. */
    static List<String> inCsv(String name, String text) {
        List<String> found = new ArrayList<>();
        for (String cell : csvCells(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            if (cell.isEmpty()) continue;
            char first = cell.charAt(0);
            boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
            if (formula && !NUMBER.matcher(cell).matches()) found.add(name + ": a cell could run as a formula: " + cell);
        }
        return found;
    }

    /** The cells of an RFC 4180 CSV, quotes removed. */
    static List<String> csvCells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                // end of record: the \n that follows ends the cell
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0) cells.add(cell.toString());
        return cells;
    }

    private static DocumentBuilder strictParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
