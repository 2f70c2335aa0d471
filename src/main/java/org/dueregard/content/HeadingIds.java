package org.dueregard.content;

import java.util.Locale;
import java.util.Set;

/** Makes heading ids the way GitHub does, so links written for GitHub previews work here too. */
public final class HeadingIds {

    private HeadingIds() {
    }

    /** "Priorities for 2025/26" gives "priorities-for-202526"; taken ids get "-1", "-2"... */
    public static String uniqueId(String headingText, Set<String> taken) {
        String base = headingText.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                .replaceAll("\\s", "-");
        if (base.isEmpty()) base = "section";
        String id = base;
        for (int n = 1; taken.contains(id); n++) id = base + "-" + n;
        taken.add(id);
        return id;
    }
}
