package org.dueregard;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known word a user probably meant, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code typed} by edit distance, if it is close enough to be a likely typo. */
    public static Optional<String> findNearest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase();
        return candidates.stream()
                .filter(candidate -> distance(lower, candidate.toLowerCase()) <= Math.max(2, candidate.length() / 3))
                .min(Comparator.comparingInt((String candidate) -> distance(lower, candidate.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " - did you mean 'title'?" or an empty string. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return findNearest(typed, candidates).map(s -> " - did you mean '" + s + "'?").orElse("");
    }

    /** " - did you mean 'title'?" or "." to end a sentence either way. */
    public static String didYouMeanOrStop(String typed, Collection<String> candidates) {
        String suggestion = didYouMean(typed, candidates);
        return suggestion.isEmpty() ? "." : suggestion;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
