package org.dueregard.preview;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request's line and headers within fixed limits, so a huge or broken request gets an error status at once
 * instead of filling memory or keeping a thread. Bodies are never read: the preview answers only GET and HEAD and
 * closes the connection after each answer.
 */
final class HttpRequestReader {

    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 32 * 1024;
    static final int MAX_HEADERS = 100;
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

    private HttpRequestReader() {
    }

    /** The next request; an EOFException when the client closed the connection before sending one whole. */
    static HttpRequest read(InputStream in) throws IOException, RequestRefused {
        String line = readLine(in, MAX_REQUEST_LINE, new RequestRefused(414, "The address is too long."));
        if (line.isEmpty()) { // RFC 9112 section 2.2: ignore an empty line before the request line
            line = readLine(in, MAX_REQUEST_LINE, new RequestRefused(414, "The address is too long."));
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches() || parts[1].isEmpty() || !VERSION.matcher(parts[2]).matches()) {
            throw new RequestRefused(400, "This is not a request the preview understands.");
        }
        return new HttpRequest(parts[0], parts[1], readHeaders(in));
    }

    private static Map<String, List<String>> readHeaders(InputStream in) throws IOException, RequestRefused {
        RequestRefused tooLarge = new RequestRefused(431, "The request's headers are too large.");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int budget = MAX_HEADER_BYTES;
        for (int count = 0; ; count++) {
            String line = readLine(in, budget, tooLarge);
            if (line.isEmpty()) return headers;
            budget -= line.length() + 2;
            if (count == MAX_HEADERS) throw tooLarge;
            int colon = line.indexOf(':');
            // A folded line (starting with a space) has no valid name either: RFC 9112 section 5.2 allows refusing it.
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches() || hasControlCharacter(line)) {
                throw new RequestRefused(400, "A header of this request is not valid.");
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
    }

    /** A line without its CRLF (a bare LF is accepted too), read as ISO-8859-1; longer than {@code max} is refused. */
    private static String readLine(InputStream in, int max, RequestRefused tooLong) throws IOException, RequestRefused {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) throw new EOFException("The client closed the connection mid-request.");
            if (line.length() >= max) throw tooLong;
            line.append((char) b);
        }
        int end = line.length() - 1;
        if (end >= 0 && line.charAt(end) == '\r') line.setLength(end);
        return line.toString();
    }

    private static boolean hasControlCharacter(String line) {
        return line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
    }
}
