package org.dueregard.checks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentence splitter, against the regular expression it replaced (kept here as the definition). */
class TextStatisticsTest {

    /** Ends at . ! or ?, closing quotes or brackets (which the split drops), spaces, then (after opening ones) a capital, digit or pound sign. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]*[A-Z0-9\u00a3])");

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (sentence.chars().anyMatch(Character::isLetterOrDigit)) out.add(sentence.strip());
        }
        return out;
    }

    @Test
    void splitsAtFullStopsBeforeCapitalsDigitsAndPounds() {
        assertEquals(List.of("We grew.", "Pay rose 3%.", "2024 was good!", "\u00a35 more?", "(Really.", "\"Yes.\" she said."),
                TextStatistics.sentences(" We grew. Pay rose 3%. 2024 was good! \u00a35 more? (Really.) \"Yes.\" she said. "));
    }

    @Test
    void doesNotSplitBeforeLowerCaseOrWithoutSpace() {
        assertEquals(List.of("e.g. this one, v1.2 and so on."), TextStatistics.sentences("e.g. this one, v1.2 and so on."));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        String alphabet = "aB1\u00a3 .!?\"'\u201c\u201d\u2018\u2019()\t\nxZ,";
        Random random = new Random(12);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(byRegex(text.toString()), TextStatistics.sentences(text.toString()), "text: [" + text + "]");
        }
    }
}
