package org.dueregard.checks;

import java.util.Set;

/**
 * Thresholds for the easy-read linter and the plain-English warnings, with the defaults from the easy-read
 * guidance (DH, Mencap, NHS England) and GOV.UK, and the site's glossary of explained words.
 *
 * @param glossary words the site's glossary explains (lower case), which easy-read pages may use
 */
public record ReadabilityRules(
        int easyReadSentenceError,
        int easyReadSentenceWarning,
        int easyReadPageWords,
        double easyReadFlesch,
        int standardSentenceWords,
        int standardParagraphSentences,
        double standardFlesch,
        Set<String> glossary) {

    public static final ReadabilityRules DEFAULTS = new ReadabilityRules(15, 10, 1000, 80, 25, 5, 60, Set.of());

    /** The site's own thresholds (from dueregard.yml's readability: settings), by name. */
    public static ReadabilityRules from(java.util.Map<String, Double> settings, Set<String> glossary) {
        return new ReadabilityRules(settings.get("easy_read_sentence_error").intValue(), settings.get("easy_read_sentence_warning").intValue(),
                settings.get("easy_read_page_words").intValue(), settings.get("easy_read_flesch"), settings.get("sentence_words").intValue(),
                settings.get("paragraph_sentences").intValue(), settings.get("flesch"), glossary);
    }

    public ReadabilityRules withGlossary(Set<String> words) {
        return new ReadabilityRules(easyReadSentenceError, easyReadSentenceWarning, easyReadPageWords, easyReadFlesch,
                standardSentenceWords, standardParagraphSentences, standardFlesch, words);
    }
}
