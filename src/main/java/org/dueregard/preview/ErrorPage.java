package org.dueregard.preview;

import org.dueregard.Problem;

import java.util.List;

/** The page the preview shows while the site cannot be built: the same problems as the terminal, in order. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(List<Problem> problems) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>The site could not be built - dueregard preview</title>\n<style>\n")
                .append("body{font-family:system-ui,Arial,sans-serif;font-size:1.1rem;line-height:1.5;color:#0b0c0c;max-width:50rem;margin:0 auto;padding:1rem}\n")
                .append(".problem{border-left:6px solid #d4351c;padding:.5rem 1rem;margin:1rem 0}.warning{border-left-color:#505a5f}\n")
                .append("code{background:#f3f2f1;padding:0 .2em;overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>The site could not be built</h1>\n<p>Fix the problems below and save the file: this page reloads by itself.</p>\n");
        for (Problem problem : problems) {
            html.append("<div class=\"problem").append(problem.isError() ? "" : " warning").append("\">\n<h2>")
                    .append(problem.isError() ? "Error" : "Warning")
                    .append(problem.location().isEmpty() ? "" : " in <code>" + escape(problem.location()) + "</code>")
                    .append("</h2>\n<p>").append(escape(problem.message())).append("</p>\n");
            if (!problem.fix().isEmpty()) html.append("<p><strong>How to fix it:</strong> ").append(escape(problem.fix())).append("</p>\n");
            html.append("</div>\n");
        }
        return html.append("</main>\n").append(PreviewServer.RELOAD_SCRIPT).append("\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
