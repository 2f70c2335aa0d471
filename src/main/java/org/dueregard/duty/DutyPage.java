package org.dueregard.duty;

import org.dueregard.data.Characteristics;

import java.util.List;

/**
 * The duty's calendar as a page for the team (not part of the published site): a table of the publications the duty
 * asks for, with when each was last published and when it is due, the pages past their review date and the
 * protected characteristics the datasets cover. Plain, self-contained HTML that opens from a file or an intranet.
 */
public final class DutyPage {

    private DutyPage() {
    }

    public static String html(DutyReport report) {
        StringBuilder html = new StringBuilder();
        String heading = "The equality duty for " + report.organisation();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n")
                .append("<style>body{font-family:Arial,Helvetica,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#0b0c0c}"
                        + "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #b1b4b6}"
                        + ".overdue,.missing{font-weight:bold}</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(escape(heading)).append("</h1>\n")
                .append("<p>").append(escape(report.duty().kind())).append(" in England, ").append(report.duty().employees())
                .append(" employees. Worked out on ").append(DutyReport.words(report.asOf())).append(" by dueregard from the site's pages and datasets.</p>\n");

        html.append("<h2>What the duty asks us to publish</h2>\n<table>\n<caption>Publications, when each was last published and when it is due</caption>\n")
                .append("<thead><tr><th scope=\"col\">Publication</th><th scope=\"col\">Status</th><th scope=\"col\">Last published</th>")
                .append("<th scope=\"col\">Due by</th><th scope=\"col\">Page</th></tr></thead>\n<tbody>\n");
        for (DutyReport.Item item : report.items()) {
            String status = status(item.status());
            html.append("<tr><th scope=\"row\">").append(escape(capital(item.publication().words()))).append("</th>")
                    .append("<td class=\"").append(status.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).append("\">").append(status).append("</td>")
                    .append("<td>").append(item.last().map(DutyReport::words).orElse("Never")).append("</td>")
                    .append("<td>").append(item.due().map(DutyReport::words).orElse("Now")).append("</td>")
                    .append("<td>").append(item.file().isEmpty() ? "None" : "<code>" + escape(item.file()) + "</code>").append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (report.duty().employees() < 150) {
            html.append("<p>With fewer than 150 employees, information about staff is not required, but about the people our work affects is.</p>\n");
        }
        if (report.duty().employees() < 250) html.append("<p>With fewer than 250 employees, the gender pay gap is not required.</p>\n");

        html.append("<h2>Pages past their review date</h2>\n");
        if (report.reviews().isEmpty()) {
            html.append("<p>None: every page with a review date is in date.</p>\n");
        } else {
            html.append("<ul>\n");
            for (DutyReport.Review review : report.reviews()) {
                html.append("<li>").append(escape(review.title())).append(" (<code>").append(escape(review.file())).append("</code>): due for review on ")
                        .append(DutyReport.words(review.reviewBy())).append("</li>\n");
            }
            html.append("</ul>\n");
        }

        html.append("<h2>Protected characteristics</h2>\n");
        html.append("<p>Described by the published datasets: ").append(report.covered().isEmpty()
                ? "none yet (add <code>characteristics:</code> to each dataset)" : escape(String.join(", ", report.covered()))).append(".</p>\n");
        List<String> missing = report.notCovered();
        if (!report.covered().isEmpty() && !missing.isEmpty()) {
            html.append("<p>Not described by any dataset: ").append(escape(String.join(", ", missing)))
                    .append(". Say why where you publish your equality information, or add the figures.</p>\n");
        }
        html.append("<p>The nine protected characteristics are ").append(escape(String.join(", ", Characteristics.ALL))).append(".</p>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String status(DutyReport.Status status) {
        return switch (status) {
            case IN_DATE -> "In date";
            case DUE_SOON -> "Due soon";
            case OVERDUE -> "Overdue";
            case NEVER -> "Missing";
        };
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
