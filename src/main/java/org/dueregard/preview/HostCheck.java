package org.dueregard.preview;

import java.util.List;
import java.util.Locale;

/**
 * The defence against DNS rebinding: a web page elsewhere can point its own host name at 127.0.0.1 and so reach
 * the preview through the author's browser, but its requests still carry that name in Host. Only the preview's own
 * two names, with its port, are answered.
 */
final class HostCheck {

    private HostCheck() {
    }

    static void require(HttpRequest request, int port) throws RequestRefused {
        List<String> hosts = request.header("host");
        if (hosts.size() != 1) throw new RequestRefused(400, "A request must name its host once, in one Host header.");
        String host = hosts.get(0).toLowerCase(Locale.ROOT);
        if (!host.equals("127.0.0.1:" + port) && !host.equals("localhost:" + port)) {
            throw new RequestRefused(403, "This preview only answers requests for 127.0.0.1:" + port + " or localhost:" + port + ".");
        }
    }
}
