package org.dueregard.documents;

import org.dueregard.config.SiteConfig;
import org.dueregard.site.Page;

/** Which pages documents are made from, and where each document is published. */
public final class DocumentChoice {

    private DocumentChoice() {
    }

    /**
     * Whether a PDF is made from the page: its front matter's pdf: when given, else the site's pdf: setting (reports:
     * pages with layout: report; all: every ordinary page; none). Easy read pages get their print version unless the
     * site says none: easy read is often handed out on paper. Home and section pages only when they ask.
     */
    public static boolean wantsPdf(Page page, SiteConfig.PdfPages sitePdf) {
        if (page.generated()) return false;
        if (page.frontMatter().pdf().isPresent()) return page.frontMatter().pdf().get();
        if (page.easyRead()) return sitePdf != SiteConfig.PdfPages.NONE;
        if (page.kind() != Page.Kind.PAGE) return false;
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

    /** The plain text version's path: "reports/pay-gap/pay-gap.txt". */
    public static String textPath(Page page) {
        return page.urlPath() + name(page) + ".txt";
    }

    /** The large print PDF's path: "reports/pay-gap/pay-gap-large-print.pdf". */
    public static String largePrintPath(Page page) {
        return page.urlPath() + name(page) + "-large-print.pdf";
    }

    /** The page's last folder ("pay-gap"); for an easy read page, its standard page's and "-easy-read" ("pay-gap-easy-read"). */
    private static String name(Page page) {
        String folder = page.urlPath();
        String trimmed = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        String[] parts = trimmed.split("/");
        if (page.easyRead() && parts.length >= 2 && parts[parts.length - 1].equals("easy-read")) return parts[parts.length - 2] + "-easy-read";
        return trimmed.isEmpty() ? "home" : parts[parts.length - 1];
    }
}
