package org.dueregard.checks;

/**
 * Where a built page came from, so findings can name the file and line an author should open.
 *
 * @param page          the page's address ("/reports/2024/")
 * @param outputPath    the HTML file below the output folder ("reports/2024/index.html")
 * @param file          the Markdown file ("content/reports/2024.md"), or "" for a page the build made up
 * @param markdown      the Markdown body, or "" when there is none
 * @param bodyFirstLine the line of the file on which the body starts
 * @param template      the layout template that framed the page, as a path to show people
 */
public record PageSource(String page, String outputPath, String file, String markdown, int bodyFirstLine, String template) {

    /** The file to blame for an element: the Markdown when the element is in the page text, else the template. */
    public String fileFor(boolean inPageText) {
        return inPageText && !file.isEmpty() ? file : template;
    }
}
