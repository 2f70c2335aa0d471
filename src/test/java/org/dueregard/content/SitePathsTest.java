package org.dueregard.content;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitePathsTest {

    @Test
    void pagesGetPrettyUrls() {
        assertEquals("", SitePaths.pageUrlPath("index.md"));
        assertEquals("reports/", SitePaths.pageUrlPath("reports/index.md"));
        assertEquals("reports/2024-25/", SitePaths.pageUrlPath("reports/2024-25.md"));
        assertEquals("pay-gap/report-2024/", SitePaths.pageUrlPath("Pay Gap/Report 2024.md"));
    }

    @Test
    void referencesResolveAgainstThePageFolder() {
        assertEquals(Optional.of("objectives.md"), SitePaths.resolve("reports/annual.md", "../objectives.md"));
        assertEquals(Optional.of("reports/chart.png"), SitePaths.resolve("reports/annual.md", "./chart.png"));
        assertEquals(Optional.of("reports/x.md"), SitePaths.resolve("reports/annual.md", "/reports/x.md"));
        assertEquals(Optional.empty(), SitePaths.resolve("annual.md", "../../etc/passwd"));
    }

    @Test
    void headingIdsFollowGitHub() {
        Set<String> taken = new HashSet<>();
        assertEquals("gender-pay-gap-gpg-report", HeadingIds.uniqueId("Gender Pay Gap (GPG) Report", taken));
        assertEquals("gender-pay-gap-gpg-report-1", HeadingIds.uniqueId("Gender Pay Gap (GPG) Report", taken));
        assertEquals("2024-results", HeadingIds.uniqueId("2024 results", taken));
        assertEquals("section", HeadingIds.uniqueId("!!!", taken));
    }
}
