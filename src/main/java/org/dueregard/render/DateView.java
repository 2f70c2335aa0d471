package org.dueregard.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as templates show it: machine-readable for {@code <time datetime>}, and in words for people. */
public record DateView(String iso, String display) {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static DateView of(LocalDate date) {
        return new DateView(date.toString(), DISPLAY.format(date));
    }

    /** The date in words of a page's language ("21 Ionawr 2026" in Welsh); British English for English. */
    public static DateView of(LocalDate date, String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()) return of(date);
        return new DateView(date.toString(), DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date));
    }
}
