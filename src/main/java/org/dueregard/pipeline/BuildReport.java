package org.dueregard.pipeline;

import org.dueregard.Problem;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a successful build did: counts, the warnings it found and how long it took.
 *
 * @param duty      the equality duty's calendar, when dueregard.yml has duty:
 * @param languages how many pages are translated into each language, when dueregard.yml has translations:
 * @param afterShown what the preview does once its pages are shown (the search index, documents that changed);
 *                   nothing for other builds
 * @param documentsLater the source files (from the site folder) of the pages whose documents {@code afterShown}
 *                       makes: built again after it, they link the new documents
 */
public record BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed, Optional<org.dueregard.duty.DutyReport> duty,
                          Optional<String> languages, Later afterShown, java.util.Set<String> documentsLater) {

    /** Work left for after the reload: the author sees the saved page without waiting for it. */
    @FunctionalInterface
    public interface Later {
        Later NOTHING = () -> { };

        void run() throws IOException;
    }
}
