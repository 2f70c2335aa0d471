package org.dueregard.output;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        SvgSafeWriter writer = new SvgSafeWriter();
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
        return new Clean(writer.svg().getBytes(StandardCharsets.UTF_8), writer.removed());
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
    static final class NotSvgException extends SAXException {
        final int line;

        NotSvgException(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
