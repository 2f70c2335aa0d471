package org.dueregard.pipeline;

import org.dueregard.Problem;

import java.time.Duration;
import java.util.List;

/**
 * What a successful build did: counts, the warnings it found and how long it took.
 *
 * @param duty the equality duty's calendar, when dueregard.yml has duty:
 */
public record BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed, java.util.Optional<org.dueregard.duty.DutyReport> duty) {

    public BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed) {
        this(pages, files, warnings, elapsed, java.util.Optional.empty());
    }
}
