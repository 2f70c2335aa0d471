package org.dueregard.preview;

/** Every port the preview may use is taken by another program: the user should choose another with --port. */
public final class PortsTakenException extends Exception {

    public PortsTakenException(int first, int last) {
        super("Ports " + first + " to " + last + " are all in use by other programs.", null, false, false);
    }
}
