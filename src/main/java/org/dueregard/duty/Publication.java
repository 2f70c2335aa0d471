package org.dueregard.duty;

import org.dueregard.site.Page;

/** What the equality duty asks a body to publish, as a page says it is one (front matter duty:). */
public enum Publication {
    EQUALITY_INFORMATION("equality-information", "equality information"),
    EQUALITY_OBJECTIVES("equality-objectives", "equality objectives"),
    GENDER_PAY_GAP("gender-pay-gap", "gender pay gap report"),
    ACCESSIBILITY_STATEMENT("accessibility-statement", "accessibility statement");

    private final String id;
    private final String words;

    Publication(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** The name in front matter ("gender-pay-gap"). */
    public String id() {
        return id;
    }

    /** The name in a sentence ("gender pay gap report"). */
    public String words() {
        return words;
    }

    /** Whether a page is this publication: it says so, or (for the statement) it uses the statement layout. */
    boolean isMadeBy(Page page) {
        if (page.frontMatter().duty().contains(id)) return true;
        return this == ACCESSIBILITY_STATEMENT && page.layout().equals("statement");
    }
}
