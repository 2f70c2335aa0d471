package org.dueregard.output;

import java.io.IOException;
import java.nio.file.Path;

/** Where a build writes the site: a staging folder swapped in at the end, or (for the preview) the folder in place. */
public interface SiteOutput {

    void writeText(String relativePath, String text);

    void writeBytes(String relativePath, byte[] bytes);

    void copy(Path source, String relativePath);

    /** A file that is still part of the site but was not written this time (its page did not change). */
    default void keep(String relativePath) {
    }

    /** The folder the browser checks read. */
    Path path();

    /** Publishes what was written. */
    void commit() throws IOException;

    /** Throws away what was written; the published folder is untouched. */
    void discard();
}
