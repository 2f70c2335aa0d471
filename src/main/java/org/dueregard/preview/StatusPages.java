package org.dueregard.preview;

import org.dueregard.Problem;

import java.util.List;

/**
 * The preview's own pages and script: "building" until the session's first build is done, the problems of a failed
 * build (the same words as the terminal, in order), and the live-reload script every served page gets. The script is
 * a file rather than inline, so a site whose Content-Security-Policy allows only its own scripts still reloads.
 */
final class StatusPages {

    static final String SCRIPT_PATH = "/__dueregard/reload.js";
    static final String EVENTS_PATH = "/__dueregard/events";
    static final String SCRIPT = "(function(){var v=new URL(document.currentScript.src).searchParams.get('v');"
            + "var s=new EventSource('" + EVENTS_PATH + "');"
            + "s.onmessage=function(e){if(e.data!==v){s.close();location.reload();}};})();\n";

    private StatusPages() {
    }

    /** The tag that loads the reload script; the page reloads when the preview's version is no longer this one. */
    static String scriptTag(String version) {
        return "<script src=\"" + SCRIPT_PATH + "?v=" + version + "\"></script>";
    }

    /** The page with the reload script added before {@code </body>} (never written to disk, so never published). */
    static String withReloadScript(String html, String version) {
        int end = html.lastIndexOf("</body>");
        String tag = scriptTag(version);
        return end < 0 ? html + tag : html.substring(0, end) + tag + "\n" + html.substring(end);
    }

    static String building(String version) {
        return frame("Building the site", "<h1>Building the site</h1>\n<p role=\"status\">dueregard is building the preview. "
                + "This page shows the site by itself when it is ready.</p>\n", version);
    }

    static String problems(List<Problem> problems, String version) {
        StringBuilder html = new StringBuilder("<h1>The site could not be built</h1>\n")
                .append("<p>Fix the problems below and save the file: this page reloads by itself.</p>\n");
        for (Problem problem : problems) {
            html.append("<div class=\"problem").append(problem.isError() ? "" : " warning").append("\">\n<h2>")
                    .append(problem.isError() ? "Error" : "Warning")
                    .append(problem.location().isEmpty() ? "" : " in <code>" + escape(problem.location()) + "</code>")
                    .append("</h2>\n<p>").append(escape(problem.message())).append("</p>\n");
            if (!problem.fix().isEmpty()) html.append("<p><strong>How to fix it:</strong> ").append(escape(problem.fix())).append("</p>\n");
            html.append("</div>\n");
        }
        return frame("The site could not be built", html.toString(), version);
    }

    private static String frame(String title, String main, String version) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " - dueregard preview</title>\n<style>\n"
                + "body{font-family:system-ui,Arial,sans-serif;font-size:1.1rem;line-height:1.5;color:#0b0c0c;max-width:50rem;margin:0 auto;padding:1rem}\n"
                + ".problem{border-left:6px solid #d4351c;padding:.5rem 1rem;margin:1rem 0}.warning{border-left-color:#505a5f}\n"
                + "code{background:#f3f2f1;padding:0 .2em;overflow-wrap:anywhere}\n</style>\n</head>\n<body>\n<main>\n"
                + main + "</main>\n" + scriptTag(version) + "\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
