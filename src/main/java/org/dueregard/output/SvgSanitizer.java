package org.dueregard.output;

import org.dueregard.ForbiddenCharacters;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes an SVG file safe to publish: it is read by a hardened XML parser (no DTD, no entities, nothing fetched) and
 * written again keeping only what {@link SvgAllowList} allows, so the picture, its title, description and ARIA name
 * stay and scripts, event handlers, embedded content and outside references go. A DOCTYPE that only names the SVG
 * DTD is dropped; one with its own declarations (the way to XXE and "billion laughs") is refused. The same input
 * always gives the same bytes.
 */
public final class SvgSanitizer {

    /** What sanitising gave: the picture to publish and what was taken out, or why it cannot be published at all. */
    public sealed interface Result permits Clean, Refused {
    }

    /** @param removed what was taken out, in document order; empty when the picture was already safe */
    public record Clean(byte[] svg, List<Removal> removed) implements Result {
    }

    public record Refused(int line, String reason, String fix) implements Result {
    }

    public record Removal(int line, String what) {
    }

    private static final String RESAVE = "Open the picture in a drawing program and save (or export) it again as plain SVG.";

    private SvgSanitizer() {
    }

    public static Result sanitise(byte[] bytes) {
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        int doctype = latin1.indexOf("<!DOCTYPE");
        byte[] input = bytes;
        if (doctype >= 0) {
            int end = endOfPlainDoctype(latin1, doctype);
            if (end < 0) {
                return new Refused(lineOf(latin1, doctype), "It has a DOCTYPE with declarations of its own (such as <!ENTITY>), which can "
                        + "read other files of the computer it is opened on or grow without limit (XXE, billion laughs).",
                        "Delete the <!DOCTYPE ...> block at the top of the file. " + RESAVE);
            }
            input = withoutDoctype(bytes, doctype, end);
        }
        Writer writer = new Writer();
        try {
            XMLReader reader = hardenedReader();
            reader.setContentHandler(writer);
            reader.setErrorHandler(writer);
            reader.parse(new InputSource(new ByteArrayInputStream(input)));
        } catch (NotSvgException e) {
            return new Refused(e.line, e.getMessage(), "Publish only SVG pictures as .svg files. " + RESAVE);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                return new Refused(e.getLineNumber(), "It has a DOCTYPE that cannot be read safely.", "Delete the <!DOCTYPE ...> line. " + RESAVE);
            }
            return new Refused(Math.max(e.getLineNumber(), 0), "It is not well-formed XML, so no browser can be relied on to show it: "
                    + firstSentence(message), RESAVE);
        } catch (java.io.UnsupportedEncodingException e) {
            return new Refused(1, "It is saved in an encoding (" + e.getMessage() + ") that cannot be read safely.",
                    "Save it as UTF-8. " + RESAVE);
        } catch (SAXException | IOException e) {
            return new Refused(0, "It cannot be read as XML: " + firstSentence(String.valueOf(e.getMessage())), RESAVE);
        }
        return new Clean(writer.out.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(writer.removed));
    }

    /** The index just after a DOCTYPE that has no internal subset ({@code [...]}), or -1 when it has one. */
    private static int endOfPlainDoctype(String text, int start) {
        char quote = 0;
        for (int i = start + "<!DOCTYPE".length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return -1;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The bytes with the DOCTYPE taken out; its line breaks stay, so the lines of later problems are right. */
    private static byte[] withoutDoctype(byte[] bytes, int start, int end) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, start);
        for (int i = start; i < end; i++) if (bytes[i] == '\n') out.write('\n');
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
    }

    private static XMLReader hardenedReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser.getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String firstSentence(String message) {
        String first = message.strip().split("\\R", 2)[0];
        return first.endsWith(".") ? first : first + ".";
    }

    /** The file's first element is not an SVG root: it is something else with an .svg name. */
    private static final class NotSvgException extends SAXException {
        private final int line;

        NotSvgException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Writes what the allow-list keeps as the parser reads it; nothing is held in a tree. */
    private static final class Writer extends DefaultHandler {
        private final StringBuilder out = new StringBuilder();
        private final List<Removal> removed = new ArrayList<>();
        /** For each open element that was kept: true when its tags are written, false when only its content is. */
        private final Deque<Boolean> open = new ArrayDeque<>();
        private Locator locator;
        /** Above 0 inside an element that is left out with everything in it. */
        private int skipping;
        private boolean startTagOpen;
        private int styleStart = -1;
        private final StringBuilder styleText = new StringBuilder();

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
                throw new NotSvgException(line(), "It is not an SVG picture: its first element is <" + qName + ">, not <svg>.");
            }
            if (!svg || SvgAllowList.QUIET_ELEMENTS.contains(local)) {
                skipping = 1;
                return;
            }
            if (SvgAllowList.UNWRAPPED_ELEMENTS.contains(local)) {
                removed.add(new Removal(line(), "a link (<" + local + ">), keeping its content"));
                open.push(false);
                return;
            }
            Optional<String> problem = SvgAllowList.findElementProblem(local);
            if (problem.isPresent()) {
                removed.add(new Removal(line(), problem.get()));
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
                removed.add(new Removal(line(), "the event handler " + local + "="));
                return;
            }
            if (!SvgAllowList.ATTRIBUTES.contains(name)) return;
            String value = ForbiddenCharacters.removeFrom(rawValue);
            Optional<String> problem = SvgAllowList.findValueProblem(name, value);
            if (problem.isPresent()) {
                removed.add(new Removal(line(), problem.get()));
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
                    removed.add(new Removal(line(), problem.get()));
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
            if (target.equalsIgnoreCase("xml-stylesheet")) removed.add(new Removal(line(), "a style sheet from outside the picture (<?xml-stylesheet?>)"));
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
}
