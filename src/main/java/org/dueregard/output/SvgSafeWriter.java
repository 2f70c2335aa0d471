package org.dueregard.output;

import org.dueregard.ForbiddenCharacters;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes what {@link SvgAllowList} keeps of an SVG as the parser reads it, nothing held in a tree: elements off the
 * list are left out with everything in them, links are unwrapped, attributes off the list or pointing outside the
 * picture are dropped, and each removal an author should know about is noted with its line.
 */
final class SvgSafeWriter extends DefaultHandler {

    private final StringBuilder out = new StringBuilder();
    private final List<SvgSanitizer.Removal> removed = new ArrayList<>();
    /** For each open element that was kept: true when its tags are written, false when only its content is. */
    private final Deque<Boolean> open = new ArrayDeque<>();
    private Locator locator;
    /** Above 0 inside an element that is left out with everything in it. */
    private int skipping;
    private boolean startTagOpen;
    private int styleStart = -1;
    private final StringBuilder styleText = new StringBuilder();

    /** The safe SVG written so far (all of it once the parser is done). */
    String svg() {
        return out.toString();
    }

    List<SvgSanitizer.Removal> removed() {
        return List.copyOf(removed);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    private int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
        if (skipping > 0) {
            skipping++;
            return;
        }
        boolean svg = uri.isEmpty() || uri.equals(SvgAllowList.SVG_NAMESPACE);
        boolean root = out.length() == 0 && open.isEmpty();
        if (root && !(svg && local.equals("svg"))) {
            throw new SvgSanitizer.NotSvgException(line(), "It is not an SVG picture: its first element is <" + qName + ">, not <svg>.");
        }
        if (!svg || SvgAllowList.QUIET_ELEMENTS.contains(local)) {
            skipping = 1;
            return;
        }
        if (SvgAllowList.UNWRAPPED_ELEMENTS.contains(local)) {
            removed.add(new SvgSanitizer.Removal(line(), "a link (<" + local + ">), keeping its content"));
            open.push(false);
            return;
        }
        Optional<String> problem = SvgAllowList.findElementProblem(local);
        if (problem.isPresent()) {
            removed.add(new SvgSanitizer.Removal(line(), problem.get()));
            skipping = 1;
            return;
        }
        closeStartTag();
        if (local.equals("style")) {
            styleStart = out.length();
            styleText.setLength(0);
        }
        out.append('<').append(local);
        if (root) out.append(" xmlns=\"").append(SvgAllowList.SVG_NAMESPACE).append("\" xmlns:xlink=\"").append(SvgAllowList.XLINK_NAMESPACE).append('"');
        for (int i = 0; i < attributes.getLength(); i++) writeAttribute(attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i));
        startTagOpen = true;
        open.push(true);
    }

    private void writeAttribute(String uri, String local, String rawValue) {
        String name;
        String written;
        if (uri.isEmpty()) {
            name = local;
            written = local;
        } else if (uri.equals(SvgAllowList.XLINK_NAMESPACE) && local.equals("href")) {
            name = "href";
            written = "xlink:href";
        } else if (uri.equals(SvgAllowList.XML_NAMESPACE) && (local.equals("lang") || local.equals("space"))) {
            out.append(" xml:").append(local).append("=\"").append(escape(ForbiddenCharacters.removeFrom(rawValue), true)).append('"');
            return;
        } else {
            return; // an editor's own attribute (Inkscape, Illustrator...): it never changes the picture
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            removed.add(new SvgSanitizer.Removal(line(), "the event handler " + local + "="));
            return;
        }
        if (!SvgAllowList.ATTRIBUTES.contains(name)) return;
        String value = ForbiddenCharacters.removeFrom(rawValue);
        Optional<String> problem = SvgAllowList.findValueProblem(name, value);
        if (problem.isPresent()) {
            removed.add(new SvgSanitizer.Removal(line(), problem.get()));
            return;
        }
        out.append(' ').append(written).append("=\"").append(escape(value, true)).append('"');
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping > 0 || open.isEmpty()) return;
        closeStartTag();
        String text = ForbiddenCharacters.removeFrom(new String(ch, start, length));
        if (styleStart >= 0) styleText.append(text);
        out.append(escape(text, false));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (skipping > 0) {
            skipping--;
            return;
        }
        if (!open.pop()) return;
        if (local.equals("style") && styleStart >= 0) {
            Optional<String> problem = SvgAllowList.findStyleSheetProblem(styleText.toString());
            int start = styleStart;
            styleStart = -1;
            if (problem.isPresent()) {
                removed.add(new SvgSanitizer.Removal(line(), problem.get()));
                out.setLength(start);
                startTagOpen = false;
                return;
            }
        }
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
        } else {
            out.append("</").append(local).append('>');
        }
        if (open.isEmpty()) out.append('\n');
    }

    @Override
    public void processingInstruction(String target, String data) {
        if (target.equalsIgnoreCase("xml-stylesheet")) removed.add(new SvgSanitizer.Removal(line(), "a style sheet from outside the picture (<?xml-stylesheet?>)"));
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
