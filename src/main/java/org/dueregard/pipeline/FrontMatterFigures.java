package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.charts.DataEmbeds;
import org.dueregard.content.FigureReferences;
import org.dueregard.content.FrontMatter;
import org.dueregard.site.Page;

import java.util.ArrayList;
import java.util.List;

/** A title or summary may quote figures too ("Our gender pay gap is {{ gpg-2024.median-hourly-pay.gap }}"). */
final class FrontMatterFigures {

    private FrontMatterFigures() {
    }

    static List<Page> apply(List<Page> pages, DataEmbeds embeds, Problems problems) {
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            FrontMatter fm = page.frontMatter();
            if (!fm.title().contains("{{") && !fm.summary().contains("{{")) {
                out.add(page);
                continue;
            }
            List<Problem> found = new ArrayList<>();
            String title = FigureReferences.replaceInValue(fm.title(), page.file(), page.sourcePath(), fm.titleLine(), embeds, found);
            String summary = FigureReferences.replaceInValue(fm.summary(), page.file(), page.sourcePath(), fm.summaryLine(), embeds, found);
            problems.addAll(found);
            out.add(new Page(page.sourcePath(), page.urlPath(), page.folder(), page.kind(), page.generated(), fm.withText(title, summary),
                    page.bodyFirstLine(), page.generatedBody()));
        }
        return out;
    }
}
