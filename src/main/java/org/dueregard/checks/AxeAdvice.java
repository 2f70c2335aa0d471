package org.dueregard.checks;

import java.util.Map;

/**
 * Plain-English messages and fixes for the axe-core rules authors meet most, written for comms officers rather than
 * developers. Other rules fall back to axe's own help text.
 */
final class AxeAdvice {

    record Advice(String message, String fix) {
    }

    private static final Map<String, Advice> ADVICE = Map.ofEntries(
            Map.entry("image-alt", new Advice("An image has no alt text.",
                    "Describe what the image shows between the square brackets: ![What it shows](file.png)")),
            Map.entry("color-contrast", new Advice("Some text does not stand out enough from its background.",
                    "Use darker text or a lighter background: text needs a contrast ratio of at least 4.5:1 (3:1 for large text).")),
            Map.entry("heading-order", new Advice("A heading skips a level.",
                    "Go down one level at a time: ## then ###, never ## then ####.")),
            Map.entry("empty-heading", new Advice("A heading is empty.", "Write the heading text, or remove the heading.")),
            Map.entry("page-has-heading-one", new Advice("The page has no level 1 heading.", "Give the page a title in its front matter.")),
            Map.entry("link-name", new Advice("A link has no text, so screen readers cannot say where it goes.",
                    "Put words in the link that say where it goes.")),
            Map.entry("html-has-lang", new Advice("The page does not say what language it is in.",
                    "Set language: in dueregard.yml, or lang: in the page's front matter.")),
            Map.entry("html-lang-valid", new Advice("The page's language code is not valid.", "Use a code such as en-GB, cy or pl.")),
            Map.entry("label", new Advice("A form field has no label, so people do not know what to type in it.",
                    "Give the field a visible <label> tied to it with for= and id=.")),
            Map.entry("aria-hidden-focus", new Advice("Something people can tab to is hidden from screen readers.",
                    "Either show it to screen readers (remove aria-hidden) or take it out of the tab order.")),
            Map.entry("target-size", new Advice("A link or button is too small to tap easily.",
                    "Make it at least 24 by 24 CSS pixels, or leave at least 24 pixels of space around it.")),
            Map.entry("region", new Advice("Some content is outside the page's landmarks (header, navigation, main, footer).",
                    "Move it inside the main content or another landmark.")),
            Map.entry("landmark-one-main", new Advice("The page does not have exactly one main content area.",
                    "Use the theme's layouts, which have one <main>.")),
            Map.entry("landmark-unique", new Advice("Two landmarks of the same kind have the same name (or none).",
                    "Give each navigation or region its own aria-label.")),
            Map.entry("document-title", new Advice("The page has no title for the browser tab.", "Give the page a title: in its front matter.")),
            Map.entry("duplicate-id", new Advice("An id is used more than once on the page.", "Make every id unique.")),
            Map.entry("list", new Advice("A list contains something that is not a list item.", "Only put list items directly in a list.")),
            Map.entry("listitem", new Advice("A list item is outside a list.", "Put list items inside a list.")),
            Map.entry("scrollable-region-focusable", new Advice("An area that scrolls cannot be reached with the keyboard.",
                    "Give the scrolling area tabindex=\"0\" and a label.")),
            Map.entry("link-in-text-block", new Advice("A link in a sentence is told apart from the text by colour alone.",
                    "Keep links underlined.")),
            Map.entry("frame-title", new Advice("An embedded frame has no title.", "Give the frame a title that says what it holds.")),
            Map.entry("svg-img-alt", new Advice("A chart or picture drawn in SVG has no text alternative.",
                    "Give it role=\"img\" and a <title>.")),
            Map.entry("td-headers-attr", new Advice("A table cell points at header cells that do not exist.", "Check the table's headers.")),
            Map.entry("th-has-data-cells", new Advice("A table header has no data cells under or beside it.", "Remove the empty header or add data.")),
            Map.entry("meta-viewport", new Advice("The page stops people zooming.", "Do not set maximum-scale or user-scalable=no.")),
            Map.entry("button-name", new Advice("A button has no text.", "Put words on the button that say what it does.")),
            Map.entry("nested-interactive", new Advice("A control is inside another control.", "Keep links and buttons separate.")));

    private AxeAdvice() {
    }

    /** Our advice for a rule, else axe's own help and summary. */
    static Advice forRule(String rule, String axeHelp, String failureSummary) {
        Advice advice = ADVICE.get(rule);
        if (advice != null) return advice;
        String fix = failureSummary == null ? "" : failureSummary.replaceAll("\\s+", " ").strip();
        return new Advice(axeHelp.endsWith(".") ? axeHelp : axeHelp + ".", fix.isEmpty() ? "See the rule's help page." : fix);
    }
}
