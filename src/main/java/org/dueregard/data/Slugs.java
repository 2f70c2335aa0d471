package org.dueregard.data;

import java.util.Locale;

/** Names for rows and columns in prose and charts: "Lower middle" is "lower-middle". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        return text.toLowerCase(Locale.ROOT).strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }
}
