package org.dueregard.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The nine protected characteristics of the Equality Act 2010, in the Act's order, and the everyday words people use
 * for them in datasets ("ethnicity" is race, "religion" is religion or belief).
 */
public final class Characteristics {

    public static final List<String> ALL = List.of("age", "disability", "gender reassignment", "marriage and civil partnership",
            "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation");

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        for (String name : ALL) WORDS.put(name, name);
        WORDS.put("ethnicity", "race");
        WORDS.put("ethnic group", "race");
        WORDS.put("religion", "religion or belief");
        WORDS.put("belief", "religion or belief");
        WORDS.put("marriage", "marriage and civil partnership");
        WORDS.put("civil partnership", "marriage and civil partnership");
        WORDS.put("pregnancy", "pregnancy and maternity");
        WORDS.put("maternity", "pregnancy and maternity");
        WORDS.put("trans", "gender reassignment");
        WORDS.put("sexuality", "sexual orientation");
    }

    private Characteristics() {
    }

    /** The characteristic a word names, in the Act's words, or empty when it names none. */
    public static Optional<String> find(String word) {
        return Optional.ofNullable(WORDS.get(word.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')));
    }

    public static java.util.Set<String> words() {
        return WORDS.keySet();
    }
}
