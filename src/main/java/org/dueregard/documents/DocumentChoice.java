package org.dueregard.documents;

import org.dueregard.config.SiteConfig;
import org.dueregard.site.Page;

/** Which pages documents are made from, and where each document is published. */
public final class DocumentChoice {

    private DocumentChoice() {
    }

    /**
     * Whether a PDF is made from the page: its front matter's pdf: when given, else the site's pdf: setting (reports:
     * pages with layout: report; all: every ordinary page; none). Home, section and easy-read pages only when they ask.
     */
    public static boolean wantsPdf(Page page, SiteConfig.PdfPages sitePdf) {
        if (page.generated()) return false;
        if (page.frontMatter().pdf().isPresent()) return page.frontMatter().pdf().get();
        if (page.kind() != Page.Kind.PAGE || page.easyRead()) return false;
        return switch (sitePdf) {
            case REPORTS -> page.layout().equals("report");
            case ALL -> true;
            case NONE -> false;
        };
    }

    /** The PDF's path below the output folder: beside the page, named after it ("reports/pay-gap/pay-gap.pdf"). */
    public static String pdfPath(Page page) {
        return page.urlPath() + name(page) + ".pdf";
    }

    /** The large print PDF's path: "reports/pay-gap/pay-gap-large-print.pdf". */
    public static String largePrintPath(Page page) {
        return page.urlPath() + name(page) + "-large-print.pdf";
    }

    private static String name(Page page) {
        String folder = page.urlPath();
        String trimmed = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        return trimmed.isEmpty() ? "home" : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
