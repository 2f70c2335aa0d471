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
 * @param afterShown what the preview writes once its pages are shown (the search index); nothing for other builds
 */
public record BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed, Optional<org.dueregard.duty.DutyReport> duty,
                          Optional<String> languages, Later afterShown) {

    /** Work left for after the reload: the author sees the saved page without waiting for it. */
    @FunctionalInterface
    public interface Later {
        Later NOTHING = () -> { };

        void run() throws IOException;
    }
}
