package org.dueregard.checks;

/** No usable Chromium or chromedriver on this machine; the message says how to install them. */
public final class BrowserNotFoundException extends Exception {

    public BrowserNotFoundException(String message) {
        super(message, null, false, false);
    }
}
