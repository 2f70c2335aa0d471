package org.dueregard.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences, words and syllables of English text, and the Flesch reading ease:
 * 206.835 - 1.015 x (words / sentences) - 84.6 x (syllables / words). Syllables are estimated from vowel groups,
 * which is what readability tools do; it is close, not exact.
 */
public final class TextStatistics {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.,%\u00a3-]*");

    private TextStatistics() {
    }

    /**
     * The sentences of a text: a sentence ends at . ! or ? (and any closing quotes or brackets) followed by space and
     * a capital letter, a digit or a pound sign (perhaps after opening quotes or brackets). A hand-written scan, as
     * the equivalent regular expression with look-arounds was a large part of every page's build time.
     */
    public static List<String> sentences(String text) {
        String stripped = text.strip();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int next = sentenceStartAfter(stripped, i + 1);
            if (next < 0) continue;
            add(out, stripped.substring(start, i + 1));
            start = next;
            i = next - 1;
        }
        add(out, stripped.substring(start));
        return out;
    }

    private static void add(List<String> sentences, String sentence) {
        if (hasLetterOrDigit(sentence)) sentences.add(sentence.strip());
    }

    /**
     * Where the next sentence starts when a sentence ends just before {@code from}: after closing quotes or brackets
     * and at least one space, where (after any opening quotes or brackets) a capital, digit or pound sign follows;
     * -1 when no sentence ends there.
     */
    private static int sentenceStartAfter(String text, int from) {
        int i = from;
        while (i < text.length() && isClosing(text.charAt(i))) i++;
        int spaces = i;
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        if (i == spaces) return -1;
        int next = i;
        while (i < text.length() && isOpening(text.charAt(i))) i++;
        if (i >= text.length()) return -1;
        char first = text.charAt(i);
        return first >= 'A' && first <= 'Z' || first >= '0' && first <= '9' || first == '\u00a3' ? next : -1;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(';
    }

    /** What \\s means in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int end = word.length();
            while (end > 1 && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == ',')) end--;
            out.add(word.substring(0, end));
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    /**
     * Vowel groups, less a silent final e (or -es, -ed after a consonant), at least one; the usual estimate. Written
     * without regular expressions: it runs for every word of every page.
     */
    public static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /**
     * The same, for the word between two positions of a sentence, counted on its lower-case letters a to z. One look
     * at each character and no copy of the word (this runs for every word of every page). Only the last three
     * letters are kept: a silent final e (or -es, -ed) after a consonant always opened a vowel group of its own, so
     * leaving it out takes one from the count.
     */
    static int syllables(String text, int from, int to) {
        int length = 0;
        char last = 0;
        char secondLast = 0;
        char thirdLast = 0;
        int count = 0;
        int secondOfPair = 0; // 1 after the first vowel of a group: vowels are counted in groups of up to two ("beau" is 2)
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            char lower = c < 128 ? ASCII_LOWER_LETTER[c] : lowerLetter(c);
            if (lower == 0) continue;
            thirdLast = secondLast;
            secondLast = last;
            last = lower;
            length++;
            if (length == 1 && lower == 'y') continue; // a first y is a consonant
            // Without a branch on vowel or consonant, which random text mispredicts half the time.
            int opensGroup = VOWEL[lower] & (secondOfPair ^ 1);
            count += opensGroup;
            secondOfPair = opensGroup;
        }
        if (length <= 3) return 1; // short words, numbers and symbols read as about one syllable
        if (last == 'e' && !isVowelOrL(secondLast)) count--;
        else if (secondLast == 'e' && (last == 's' || last == 'd') && !isVowelOrL(thirdLast)) count--;
        return Math.max(1, count);
    }

    /** For each ASCII character, its letter a to z in lower case, or 0 for any other. */
    private static final char[] ASCII_LOWER_LETTER = new char[128];
    /** 1 for a vowel (a, e, i, o, u, y), by the letter's code; 0 for any other. */
    private static final int[] VOWEL = new int[128];
    /** For each ASCII character: {@link #LETTER_OR_DIGIT}, {@link #IN_WORD} and {@link #CAPITAL} as they apply. */
    private static final byte[] ASCII_KIND = new byte[128];
    private static final byte LETTER_OR_DIGIT = 1;
    /** A letter or digit, or a character that can be inside a word: ' - % . , */
    private static final byte IN_WORD = 2;
    private static final byte CAPITAL = 4;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER_LETTER[c] = c;
            ASCII_LOWER_LETTER[c - ('a' - 'A')] = c;
            ASCII_KIND[c] = LETTER_OR_DIGIT | IN_WORD;
            ASCII_KIND[c - ('a' - 'A')] = LETTER_OR_DIGIT | IN_WORD | CAPITAL;
        }
        for (char c = '0'; c <= '9'; c++) ASCII_KIND[c] = LETTER_OR_DIGIT | IN_WORD;
        for (char c : "'-%.,".toCharArray()) ASCII_KIND[c] = IN_WORD;
        for (char c : "aeiouy".toCharArray()) VOWEL[c] = 1;
    }

    /** The letter a to z a character beyond ASCII is in lower case, or 0 (Character.toLowerCase: the Kelvin sign is k). */
    private static char lowerLetter(char c) {
        char lower = Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'z' ? lower : 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean isVowelOrL(char c) {
        return isVowel(c) || c == 'l';
    }

    /**
     * Words and syllables of a sentence, counted in one pass with no regular expressions (it runs for every
     * sentence), and whether two capitals stand together (a short form such as "HR" may need spelling out).
     */
    public record Counts(int words, int syllables, boolean twoCapitalsInARow) {
    }

    public static Counts count(String sentence) {
        int words = 0;
        int syllables = 0;
        boolean twoCapitals = false;
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            while (i < n && !isLetterOrDigit(sentence.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            boolean capital = false; // two capitals in a row are letters, so always in one word
            while (i < n) {
                char c = sentence.charAt(i);
                boolean upper;
                if (c < 128) {
                    int kind = ASCII_KIND[c];
                    if ((kind & IN_WORD) == 0) break;
                    upper = (kind & CAPITAL) != 0;
                } else {
                    if (!Character.isLetterOrDigit(c) && c != '\u2019' && c != '\u00a3') break;
                    upper = Character.isUpperCase(c);
                }
                twoCapitals |= upper & capital;
                capital = upper;
                i++;
            }
            words++;
            syllables += syllables(sentence, start, i);
        }
        return new Counts(words, syllables, twoCapitals);
    }

    /** Character.isLetterOrDigit, from a table for ASCII (it runs for every character of every page). */
    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII_KIND[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    /** Flesch reading ease from totals. */
    public static double fleschReadingEase(int sentences, int words, int syllables) {
        if (sentences == 0 || words == 0) return 100;
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** Flesch reading ease of a text; higher is easier (80+ is easy read, 60+ plain English). */
    public static double fleschReadingEase(String text) {
        List<String> sentences = sentences(text);
        List<String> words = words(text);
        if (sentences.isEmpty() || words.isEmpty()) return 100;
        int syllables = words.stream().mapToInt(TextStatistics::syllables).sum();
        return 206.835 - 1.015 * ((double) words.size() / sentences.size()) - 84.6 * ((double) syllables / words.size());
    }
}
