package org.dueregard.checks;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table of text (objectives and their actions) in a real browser: a table with headers on a wide screen, labelled
 * cards that fit a 320 px screen on a phone, and a table to a screen reader at both widths.
 */
class TextTableLayoutIT {

    @TempDir
    static Path folder;

    static MiniSite site;

    @BeforeAll
    static void build() throws IOException {
        org.dueregard.testing.Browsers.required();
        site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                ```table
                data: objectives
                ```
                -- content/objectives.yml --
                title: Our equality objectives
                source: Equality team
                columns:
                  - {id: objective, label: Objective}
                  - {id: actions, label: Actions, type: text}
                  - {id: progress, label: Progress so far, type: text}
                rows:
                  - objective: Publish information about patients by protected characteristic
                    actions:
                      - Improve how we collect information about patients
                      - Publish it on our website by protected characteristic
                    progress: The annual report shows births by the ethnic group of the mother.
                  - objective: Agree and carry out a new equality action plan
                    actions: [Agree a revised plan, Carry it out]
                    progress: Not yet reported
                -- content/plan.md --
                ---
                title: Action plan
                ---
                ```table
                data: plan
                ```
                -- content/plan.yml --
                title: Our equality action plan
                source: Equality team
                columns:
                  - {id: action, label: Action}
                  - {id: why, label: Why we do it, type: text}
                  - {id: steps, label: Steps, type: text}
                  - {id: lead, label: Lead, type: text}
                  - {id: due, label: Due, type: text}
                  - {id: progress, label: Progress so far, type: text}
                rows:
                  - action: Record the language of every mother
                    why: In 2023 a third of mothers had no language recorded, so we cannot plan interpreters.
                    steps: [Add the question to the booking form, Train midwives to ask it, Check the records each quarter]
                    lead: Director of Nursing
                    due: 31 March 2027
                    progress: The question is on the booking form. Training starts in June.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
    }

    private static final String MEASURE = """
            const label = document.querySelector('.text-table .cell-label');
            const cells = [...document.querySelectorAll('.text-table td')].map(td => td.getBoundingClientRect());
            return {labelShown: getComputedStyle(label).display !== 'none',
                    cellsStacked: cells[0].left === cells[1].left && cells[1].top > cells[0].top,
                    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
            """;

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(ints = {1280, 320})
    void aTableOfSixColumnsOfTextIsCardsOnEveryScreenAndATableToScreenReaders(int width) throws IOException, BrowserNotFoundException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        try (LocalSiteServer server = new LocalSiteServer(site.output(), "/"); BrowserSession browser = BrowserSession.start(paths)) {
            Map<String, Object> m = (Map<String, Object>) browser.evaluate(server.url("/plan/"), width, MEASURE);
            assertEquals(true, m.get("labelShown"), "each cell labelled with its heading at " + width);
            assertEquals(true, m.get("cellsStacked"), "cells stacked in a card at " + width);
            assertEquals(0L, ((Number) m.get("overflow")).longValue(), "no sideways scrolling at " + width);
            List<String> roles = browser.accessibleRoles(server.url("/plan/"), width);
            assertEquals(6, roles.stream().filter("columnheader"::equals).count(), "column headers at " + width + ": " + roles);
            assertEquals(1, roles.stream().filter("rowheader"::equals).count(), "row headers at " + width + ": " + roles);
        }
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(ints = {1280, 320})
    void aTableOnAWideScreenCardsOnAPhoneATableToScreenReadersAlways(int width) throws IOException, BrowserNotFoundException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        try (LocalSiteServer server = new LocalSiteServer(site.output(), "/"); BrowserSession browser = BrowserSession.start(paths)) {
            Map<String, Object> m = (Map<String, Object>) browser.evaluate(server.url("/"), width, MEASURE);
            boolean phone = width < 640;
            assertEquals(phone, m.get("labelShown"), "each cell labelled with its heading only on a phone, at " + width);
            assertEquals(phone, m.get("cellsStacked"), "cells stacked in cards only on a phone, at " + width);
            assertEquals(0L, ((Number) m.get("overflow")).longValue(), "no sideways scrolling at " + width);
            List<String> roles = browser.accessibleRoles(server.url("/"), width);
            assertTrue(roles.contains("table"), "a table to a screen reader at " + width + ": " + roles);
            assertEquals(3, roles.stream().filter("columnheader"::equals).count(), "column headers at " + width + ": " + roles);
            assertEquals(2, roles.stream().filter("rowheader"::equals).count(), "row headers at " + width + ": " + roles);
            assertEquals(4, roles.stream().filter("cell"::equals).count(), "cells at " + width + ": " + roles);
        }
    }
}
