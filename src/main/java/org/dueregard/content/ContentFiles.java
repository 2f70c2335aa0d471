package org.dueregard.content;

import java.util.List;
import java.util.Set;

/**
 * What is under {@code content/}, sorted by path: the pages, the files published beside them, and the data
 * files that must never be published.
 *
 * @param pages  Markdown files, as paths relative to the content folder with forward slashes
 * @param assets files copied to the site as they are (images, documents)
 * @param folders every folder that holds a page or asset, "" for the content folder itself
 * @param datasets YAML data files, which pages use but the site never publishes as they are
 * @param records  CSV files and workbooks (pay records, rows_from:), which datasets read but the site never publishes
 * @param problems links that leave the site folder, pipes, unreadable files: refused or skipped, and said so
 */
public record ContentFiles(List<String> pages, Set<String> assets, Set<String> folders, List<String> datasets, List<String> records,
                           List<org.dueregard.Problem> problems) {

    /** Extensions copied to the site. Anything else (YAML, CSV, spreadsheets) stays private. */
    public static final Set<String> PUBLISHED_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "pdf", "docx", "odt", "txt", "mp3", "mp4", "vtt");

    /** Files datasets read their rows or records from ({@code .xls} too, so that rows_from can say to save it as .xlsx). */
    public static final Set<String> RECORD_EXTENSIONS = Set.of("csv", "xlsx", "xlsm", "xls");

    public boolean isEmpty() {
        return pages.isEmpty();
    }
}
