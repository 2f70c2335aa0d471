package org.dueregard.preview;

import org.dueregard.Problem;

import java.util.List;

/**
 * What the preview shows, swapped whole after each build so a request never sees half of one: whether any build
 * has succeeded yet in this session, the errors of the last build (empty when it worked), and a version that names
 * that build, so an open page can tell it is out of date.
 */
record PreviewState(boolean built, List<Problem> problems, String version) {

    PreviewState {
        problems = List.copyOf(problems);
    }

    static PreviewState building(String session) {
        return new PreviewState(false, List.of(), session + "-0");
    }

    /** The state after the next build, with a new version. */
    PreviewState next(boolean ok, List<Problem> errors) {
        int dash = version.lastIndexOf('-');
        String following = version.substring(0, dash + 1) + (Long.parseLong(version.substring(dash + 1)) + 1);
        return new PreviewState(built || ok, ok ? List.of() : errors, following);
    }
}
