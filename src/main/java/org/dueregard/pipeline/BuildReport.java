package org.dueregard.pipeline;

import org.dueregard.Problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a successful build did: counts, the warnings it found and how long it took.
 *
 * @param duty      the equality duty's calendar, when dueregard.yml has duty:
 * @param languages how many pages are translated into each language, when dueregard.yml has translations:
 */
public record BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed, Optional<org.dueregard.duty.DutyReport> duty,
                          Optional<String> languages) {
}
