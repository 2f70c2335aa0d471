package org.dueregard.checks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
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

    /** The syllable estimate as first written (letters copied through a CharSequence), the definition of the fast one. */
    private static int syllablesAsFirstWritten(String word) {
        StringBuilder letters = new StringBuilder();
        for (char c : word.toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') letters.append(lower);
        }
        int length = letters.length();
        if (length <= 3) return 1;
        if (letters.charAt(length - 1) == 'e' && !"aeiouyl".contains(String.valueOf(letters.charAt(length - 2)))) length--;
        else if ((letters.substring(0, length).endsWith("es") || letters.substring(0, length).endsWith("ed"))
                && !"aeiouyl".contains(String.valueOf(letters.charAt(length - 3)))) length -= 2;
        int count = 0;
        boolean second = false;
        for (int i = letters.charAt(0) == 'y' ? 1 : 0; i < length; i++) {
            if ("aeiouy".indexOf(letters.charAt(i)) >= 0) {
                if (!second) count++;
                second = !second;
            } else {
                second = false;
            }
        }
        return Math.max(1, count);
    }

    @Test
    void countsSyllablesAsTheFirstVersionDid() {
        forRandomTexts(3, "abcdeilosuyABEYZéÉKİ-'1", 1, 12, 50_000,
                word -> assertEquals(syllablesAsFirstWritten(word), TextStatistics.syllables(word), word));
        assertEquals(4, TextStatistics.syllables("equality"));
        assertEquals(1, TextStatistics.syllables("the"));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        forRandomTexts(12, "aB1\u00a3 .!?\"'\u201c\u201d\u2018\u2019()\t\nxZ,", 0, 29, 20_000,
                text -> assertEquals(byRegex(text), TextStatistics.sentences(text), "text: [" + text + "]"));
    }

    /** The one-pass count gives the words, syllables and capitals that the regular expression's words give. */
    @Test
    void countAgreesWithTheWordsOfTheRegularExpression() {
        forRandomTexts(5, "aeiouyAEYbHRlsK\u212a\u00e9\u00c9\u0130'\u2019-%\u00a3.,1 ", 0, 39, 20_000, sentence -> {
            List<String> words = TextStatistics.words(sentence);
            int syllables = words.stream().mapToInt(TextStatistics::syllables).sum();
            boolean twoCapitals = words.stream().anyMatch(word -> {
                for (int i = 1; i < word.length(); i++) {
                    if (Character.isUpperCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))) return true;
                }
                return false;
            });
            assertEquals(new TextStatistics.Counts(words.size(), syllables, twoCapitals), TextStatistics.count(sentence), "[" + sentence + "]");
        });
    }

    /** Syllables counted without copying each word give the counts of the first version, which copied its letters. */
    @Test
    void syllablesAgreeWithTheVersionThatCopiedEachWord() {
        forRandomTexts(7, "aeiouyAEYbcdlsrtnKK\u212a'-9", 1, 12, 20_000,
                word -> assertEquals(syllablesByCopy(word), TextStatistics.syllables(word), word));
        assertEquals(4, TextStatistics.syllables("equality"));
        assertEquals(1, TextStatistics.syllables("made"));
        assertEquals(2, TextStatistics.syllables("beau"));
    }

    private static int syllablesByCopy(String word) {
        char[] letters = new char[word.length()];
        int length = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z') letters[length++] = lower;
        }
        if (length <= 3) return 1;
        String vowels = "aeiouy";
        if (letters[length - 1] == 'e' && (vowels + "l").indexOf(letters[length - 2]) < 0) length--;
        else if (letters[length - 2] == 'e' && (letters[length - 1] == 's' || letters[length - 1] == 'd') && (vowels + "l").indexOf(letters[length - 3]) < 0) length -= 2;
        int count = 0;
        boolean secondOfPair = false;
        for (int i = letters[0] == 'y' ? 1 : 0; i < length; i++) {
            if (vowels.indexOf(letters[i]) >= 0) {
                if (!secondOfPair) count++;
                secondOfPair = !secondOfPair;
            } else {
                secondOfPair = false;
            }
        }
        return Math.max(1, count);
    }

    /**
     * Runs a check on texts of {@code min} to {@code max} characters drawn from the alphabet, {@code rounds} of them,
     * the same every run (a fixed seed).
     */
    private static void forRandomTexts(long seed, String alphabet, int min, int max, int rounds, Consumer<String> check) {
        Random random = new Random(seed);
        for (int round = 0; round < rounds; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = min + random.nextInt(max - min + 1); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            check.accept(text.toString());
        }
    }
}
