package org.dueregard.testing;

/** Inputs more than one test class needs, written once. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * A dataset whose stillbirth counts (8, 7, 5) are all under the threshold, with shares carrying unique sentinel
     * values (41.37, 36.19, 22.43): none of them may reach any output. Its file is content/births.yml.
     */
    public static final String SUPPRESSED_BIRTHS = """
            -- content/births.yml --
            title: Stillbirths by ethnic group
            source: Maternity records
            columns:
              - id: group
              - id: births
                type: count
              - id: stillbirths
                type: count
              - id: share
                type: percent
                base: stillbirths
            rows:
              - [White, 6173, 8, 41.37]
              - [Asian, 2917, 7, 36.19]
              - [Black, 4183, 5, 22.43]
            suppression:
              threshold: 10
            """;

    /** A home page and one report with PDFs (content/report.md, published at report/), for the preview's documents. */
    public static final String REPORT_WITH_PDF = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome.
            -- content/report.md --
            ---
            title: Pay gap report
            pdf: true
            ---
            The gap fell this year.
            """;
}
