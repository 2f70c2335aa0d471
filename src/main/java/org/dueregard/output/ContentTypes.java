package org.dueregard.output;

import java.util.Locale;
import java.util.Map;

/** The HTTP content type of each kind of file a built site holds, for the servers that show it (check and preview). */
public final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"),
            Map.entry("xml", "application/xml"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    /** The type for a file name extension (without the dot); unknown ones are plain bytes. */
    public static String of(String extension) {
        return BY_EXTENSION.getOrDefault(extension.toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
