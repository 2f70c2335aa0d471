package org.dueregard.checks;

import java.io.IOException;
import java.net.URI;

/**
 * Chromium could not open a page, crashed or closed it, or gave no answer while checking it. Not a problem in the site
 * that a rule could name, and not a bug in dueregard: the message says which page and what to try.
 */
public final class BrowserStoppedException extends IOException {

    BrowserStoppedException(String url, RuntimeException cause) {
        super("Chromium stopped while it checked " + pathOf(url) + " (" + cause.getMessage() + "). Run the check again; if the same"
                + " page stops it again, the page may be too big for the browser (split it into shorter pages), or the machine"
                + " short of memory.", cause);
    }

    private static String pathOf(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null || path.isEmpty() ? url : path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
