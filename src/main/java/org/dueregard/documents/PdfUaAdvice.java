package org.dueregard.documents;

import org.dueregard.Problem;

/**
 * Says what a broken PDF/UA-1 rule means for the people who publish the page, and what to do. veraPDF names the
 * clause of ISO 14289-1; the first part of it says what kind of thing is wrong.
 */
public final class PdfUaAdvice {

    private static final String REPORT = " If the web page looks right, the print template or dueregard is at fault: report it with this message.";

    private PdfUaAdvice() {
    }

    /** The failure as a problem of the page the document was made from. */
    public static Problem problem(String pageFile, String pdfPath, PdfUaCheck.Failure failure) {
        String[] advice = advice(failure.clause());
        String times = failure.count() == 1 ? "" : ", " + failure.count() + " times";
        return Problem.error(pageFile, 0, "The PDF made from this page (" + pdfPath + ") is not accessible: " + advice[0]
                        + " (PDF/UA-1 rule " + failure.clause() + times + ": " + failure.message().strip() + ")",
                advice[1]);
    }

    /** What is wrong, in plain words, and the fix. */
    static String[] advice(String clause) {
        if (clause.startsWith("7.2-") || clause.startsWith("7.2.")) {
            return new String[] {"a screen reader cannot tell which language some of its text is in.",
                    "Check the page's lang: in its front matter (a code such as en-GB or cy)." + REPORT};
        }
        if (clause.startsWith("7.3")) {
            return new String[] {"a picture or chart has no text description.",
                    "Give every image on the page alt text: ![what the picture shows](picture.png)." + REPORT};
        }
        if (clause.startsWith("7.4")) {
            return new String[] {"its headings are not in order, so its outline is broken.",
                    "Start the page's headings at ## and do not skip a level (## then ####)." + REPORT};
        }
        if (clause.startsWith("7.5")) {
            return new String[] {"a table's header cells are not marked, so a screen reader cannot say what a cell is about.",
                    "Check each table on the page has a header row." + REPORT};
        }
        if (clause.startsWith("7.18")) {
            return new String[] {"a link has no description.", "Give every link on the page text that says where it goes." + REPORT};
        }
        if (clause.startsWith("7.21")) {
            return new String[] {"some characters are in a font that is not embedded, so they may show wrongly or be read wrongly.",
                    "Look for unusual characters on the page (symbols, emoji) and write them as words." + REPORT};
        }
        if (clause.startsWith("file")) {
            return new String[] {"the file cannot be read as a PDF.", "Build again; if it happens again, report it with this message."};
        }
        return new String[] {"it breaks a rule of the PDF/UA standard for accessible PDFs.",
                "The page's content is probably fine: the print template (templates/document.peb) or dueregard is at fault. "
                        + "Report it with this message."};
    }
}
