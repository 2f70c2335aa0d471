package org.dueregard.preview;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The path a request names, decoded strictly from its target. Anything a browser would never send is refused with
 * 400 rather than cleaned up: a bad or non-UTF-8 escape, a control character (such as %00), a backslash, a colon,
 * an escaped slash, or a "." or ".." segment. What is left is a list of plain names, so no spelling of a path can
 * climb out of the preview folder. Pure: it never looks at the disk.
 */
record RequestPath(List<String> segments, boolean folder) {

    private static final RequestRefused BAD = new RequestRefused(400, "This address is not valid.");

    RequestPath {
        segments = List.copyOf(segments);
    }

    static RequestPath parse(String target) throws RequestRefused {
        // Only a path is accepted: "*" and "http://host/path" (which would name a host of their own) are refused.
        if (!target.startsWith("/")) throw BAD;
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            if (at >= 0 && at < end) end = at;
        }
        String raw = target.substring(0, end);
        List<String> segments = new ArrayList<>();
        for (String part : raw.substring(1).split("/", -1)) {
            if (part.isEmpty()) continue; // "//" is read as "/"
            segments.add(decodeSegment(part));
        }
        return new RequestPath(segments, raw.endsWith("/"));
    }

    private static String decodeSegment(String raw) throws RequestRefused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw BAD;
                int high = hexDigit(raw.charAt(i + 1));
                int low = hexDigit(raw.charAt(i + 2));
                if (high < 0 || low < 0) throw BAD;
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                throw BAD;
            }
        }
        String name = utf8(bytes.toByteArray());
        if (name.equals(".") || name.equals("..") || name.chars().anyMatch(RequestPath::isForbidden)) throw BAD;
        return name;
    }

    /** 0 to 15, or -1: only ASCII hex digits (Character.digit would take other scripts' digits too). */
    private static int hexDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static String utf8(byte[] bytes) throws RequestRefused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BAD;
        }
    }

    /** Separators and drive letters mean something to file systems; control characters end names in C. */
    private static boolean isForbidden(int c) {
        return c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':';
    }

    /** True for "/__dueregard/events" and the like: a path made of exactly these names. */
    boolean is(String... names) {
        return !folder && segments.equals(List.of(names));
    }

    /** A dotfile or anything in a dot-folder, such as the build's marker file: never served. */
    boolean isHidden() {
        return segments.stream().anyMatch(name -> name.startsWith("."));
    }

    /** A page rather than a file: a folder, an .html file, or a name without an extension ("/report"). */
    boolean looksLikePage() {
        if (folder || segments.isEmpty()) return true;
        String last = segments.get(segments.size() - 1);
        return last.endsWith(".html") || !last.contains(".");
    }

    /** The path inside the preview folder, with "/" between names. */
    String relative() {
        return String.join("/", segments);
    }
}
