package org.dueregard.output;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a file is what its extension says, from its first bytes (its "magic number"): a web page named chart.png
 * would otherwise be published as an image. Text formats (txt, vtt) must be UTF-8 text.
 */
public final class FileSignatures {

    /** How many bytes of a binary file the checks read. */
    public static final int HEAD_BYTES = 1024;

    /** What each checked extension is called in messages. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("png", "a PNG image"), Map.entry("jpg", "a JPEG image"), Map.entry("jpeg", "a JPEG image"),
            Map.entry("gif", "a GIF image"), Map.entry("webp", "a WebP image"), Map.entry("avif", "an AVIF image"),
            Map.entry("pdf", "a PDF document"), Map.entry("docx", "a Word document"), Map.entry("odt", "an OpenDocument text"),
            Map.entry("mp3", "an MP3 sound file"), Map.entry("mp4", "an MP4 video"), Map.entry("txt", "a text file"),
            Map.entry("vtt", "a WebVTT captions file"));

    private FileSignatures() {
    }

    /** Whether files with this extension are checked here (everything published beside pages but SVG). */
    public static boolean isChecked(String extension) {
        return KINDS.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether the whole file is needed (text formats) rather than its first {@link #HEAD_BYTES} bytes. */
    public static boolean needsWholeFile(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return ext.equals("txt") || ext.equals("vtt");
    }

    /** "a PNG image", for messages. */
    public static String kindOf(String extension) {
        return KINDS.getOrDefault(extension.toLowerCase(Locale.ROOT), "a ." + extension + " file");
    }

    /** Whether {@code bytes} (the file's start, or all of it for text) are what {@code extension} says. */
    public static boolean matches(String extension, byte[] bytes) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "png" -> startsWith(bytes, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case "jpg", "jpeg" -> startsWith(bytes, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "gif" -> startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"));
            case "webp" -> startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"));
            case "avif" -> isAvif(bytes);
            case "pdf" -> indexOf(bytes, ascii("%PDF-")) >= 0;
            case "docx", "odt" -> startsWith(bytes, 0, new byte[]{'P', 'K', 3, 4}) && odtMimeTypeFits(extension, bytes);
            case "mp3" -> startsWith(bytes, 0, ascii("ID3")) || bytes.length > 1 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0;
            case "mp4" -> startsWith(bytes, 4, ascii("ftyp"));
            case "txt" -> isText(bytes);
            case "vtt" -> isText(bytes) && new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").startsWith("WEBVTT");
            default -> true;
        };
    }

    /** What the bytes look like instead, for the message ("an HTML page"), or empty when that is not known. */
    public static Optional<String> findActualKind(byte[] bytes) {
        for (String extension : new String[]{"png", "jpg", "gif", "webp", "avif", "pdf", "mp3", "mp4"}) {
            if (matches(extension, bytes)) return Optional.of(kindOf(extension) + " (." + extension + ")");
        }
        if (startsWith(bytes, 0, new byte[]{'P', 'K', 3, 4})) return Optional.of("a zip archive (such as a .docx or .odt document)");
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) return Optional.of("a web page (HTML)");
        if (start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) return Optional.of("an SVG picture (.svg)");
        if (start.contains("<script") || start.contains("<body")) return Optional.of("a web page (HTML)");
        if (isText(bytes)) return Optional.of("text");
        return Optional.empty();
    }

    private static boolean isAvif(byte[] bytes) {
        if (!startsWith(bytes, 4, ascii("ftyp")) || bytes.length < 16) return false;
        int boxSize = Math.min(ByteBuffer.wrap(bytes, 0, 4).getInt(), bytes.length);
        for (int brand = 8; brand + 4 <= boxSize; brand += 4) {
            if (brand == 12) continue; // the minor version, not a brand
            if (startsWith(bytes, brand, ascii("avif")) || startsWith(bytes, brand, ascii("avis"))) return true;
        }
        return false;
    }

    /** An OpenDocument file names its type in a first, stored entry called "mimetype"; a .docx has none. */
    private static boolean odtMimeTypeFits(String extension, byte[] bytes) {
        boolean hasMimeType = startsWith(bytes, 30, ascii("mimetype"));
        if (!extension.equalsIgnoreCase("odt")) return !hasMimeType;
        return !hasMimeType || startsWith(bytes, 38, ascii("application/vnd.oasis.opendocument.text"));
    }

    private static boolean isText(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[offset + i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) if (startsWith(bytes, i, wanted)) return i;
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
