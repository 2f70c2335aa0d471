package org.dueregard.pipeline;

import org.dueregard.Problem;

import java.time.Duration;
import java.util.List;

/** What a successful build did: counts, the warnings it found and how long it took. */
public record BuildReport(int pages, int files, List<Problem> warnings, Duration elapsed) {
}
