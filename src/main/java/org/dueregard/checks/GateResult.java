package org.dueregard.checks;

import java.util.List;

/**
 * What a run of the accessibility gate found and how long it took.
 *
 * @param pagesInBrowser pages opened in Chromium this run
 * @param pagesFromCache pages whose unchanged HTML was not checked again
 * @param pageMillis     time per page checked in the browser, in check order
 */
public record GateResult(List<Finding> findings, int pages, int pagesInBrowser, int pagesFromCache,
                         long browserStartMillis, List<Long> pageMillis, long totalMillis) {

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long medianPageMillis() {
        if (pageMillis.isEmpty()) return 0;
        List<Long> sorted = pageMillis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
