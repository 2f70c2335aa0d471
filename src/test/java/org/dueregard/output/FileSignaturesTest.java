package org.dueregard.output;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10 item 3: a published image or document is what its extension says. */
class FileSignaturesTest {

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13);
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F');
    static final byte[] AVIF = bytes(0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'm', 'i', 'f', '1', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'a', 'v', 'i', 'f',
            'm', 'i', 'a', 'f');
    static final byte[] MP4 = bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm');

    @Test
    void recognisesEachKindByItsFirstBytes() {
        assertTrue(FileSignatures.matches("png", PNG));
        assertTrue(FileSignatures.matches("JPG", JPEG));
        assertTrue(FileSignatures.matches("jpeg", JPEG));
        assertTrue(FileSignatures.matches("gif", ascii("GIF89a\u0001\u0000")));
        assertTrue(FileSignatures.matches("webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")));
        assertTrue(FileSignatures.matches("avif", AVIF));
        assertTrue(FileSignatures.matches("pdf", ascii("%PDF-1.7\n")));
        assertTrue(FileSignatures.matches("pdf", ascii("\n\n%PDF-1.4\n")));
        assertTrue(FileSignatures.matches("docx", ascii("PK\u0003\u0004\u0014\u0000\u0006\u0000")));
        byte[] odt = ascii("PK\u0003\u0004" + "\u0000".repeat(26) + "mimetypeapplication/vnd.oasis.opendocument.text");
        assertTrue(FileSignatures.matches("odt", odt));
        assertFalse(FileSignatures.matches("docx", odt));
        assertFalse(FileSignatures.matches("odt", ascii("PK\u0003\u0004" + "\u0000".repeat(26) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")));
        assertTrue(FileSignatures.matches("mp3", ascii("ID3\u0004\u0000")));
        assertTrue(FileSignatures.matches("mp3", bytes(0xFF, 0xFB, 0x90, 0x64)));
        assertTrue(FileSignatures.matches("mp4", MP4));
        assertTrue(FileSignatures.matches("txt", "Plain text, \u00a3 and \u0175.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(FileSignatures.matches("vtt", "\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHello\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesOtherContentUnderTheirNames() {
        byte[] html = ascii("<!DOCTYPE html><html><script>alert(1)</script>");
        for (String extension : new String[]{"png", "jpg", "gif", "webp", "avif", "pdf", "docx", "odt", "mp3", "mp4", "vtt"}) {
            assertFalse(FileSignatures.matches(extension, html), extension);
            assertFalse(FileSignatures.matches(extension, new byte[0]), extension);
        }
        assertFalse(FileSignatures.matches("png", JPEG));
        assertFalse(FileSignatures.matches("avif", MP4));
        assertFalse(FileSignatures.matches("txt", bytes('a', 0, 'b')));
        assertFalse(FileSignatures.matches("txt", bytes('a', 0xC3)));
        assertFalse(FileSignatures.matches("vtt", ascii("1\n00:00.000 --> 00:01.000\n")));
    }

    @Test
    void saysWhatAFileLooksLikeInstead() {
        assertEquals(Optional.of("a web page (HTML)"), FileSignatures.findActualKind(ascii("  <!doctype html><p>")));
        assertEquals(Optional.of("a JPEG image (.jpg)"), FileSignatures.findActualKind(JPEG));
        assertEquals(Optional.of("an SVG picture (.svg)"), FileSignatures.findActualKind(ascii("<?xml version=\"1.0\"?><svg><script/></svg>")));
        assertEquals(Optional.of("a zip archive (such as a .docx or .odt document)"), FileSignatures.findActualKind(ascii("PK\u0003\u0004")));
        assertEquals(Optional.empty(), FileSignatures.findActualKind(bytes(0, 1, 2, 0xFE)));
        assertEquals("a PNG image", FileSignatures.kindOf("PNG"));
    }
}
