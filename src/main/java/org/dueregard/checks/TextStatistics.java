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

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(]*[A-Z0-9\u00a3])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.,%\u00a3-]*");

    private TextStatistics() {
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!words(sentence).isEmpty()) out.add(sentence.strip());
        }
        return out;
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().replaceAll("[.,]+$", ""));
        return out;
    }

    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) return 1; // a number or symbol reads as about one syllable
        if (w.length() <= 3) return 1;
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int count = 0;
        while (m.find()) count++;
        return Math.max(1, count);
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
