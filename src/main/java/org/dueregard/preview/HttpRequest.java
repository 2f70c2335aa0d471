package org.dueregard.preview;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request as the preview read it: the method, the target exactly as sent, and the headers by lower-case name. */
record HttpRequest(String method, String target, Map<String, List<String>> headers) {

    HttpRequest {
        headers = Map.copyOf(headers);
    }

    /** Every value sent for this header, in order; empty when there was none. */
    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
