package org.dueregard.data;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suppression of tables of shares: the source's own rule (percent_below), shares of a known number of people (base:
 * 240), and a hidden share that its whole would give back. Planted hidden shares appear in no output file: not the
 * HTML, the CSV, the chart, its alt text or summary.
 */
class PercentSuppressionTest {

    @TempDir
    Path folder;

    private MiniSite site(String dataset) throws IOException {
        return MiniSite.write(folder, dataset + """
                -- content/index.md --
                ---
                title: Home
                ---
                ```table
                data: bands
                ```

                ```chart
                data: bands
                type: bar
                title: Most staff in the cluster are White
                ```
                """);
    }

    private void assertNowhere(MiniSite site, String... hidden) throws IOException {
        try (Stream<Path> walk = Files.walk(site.output())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String value : hidden) assertFalse(text.contains(value), value + " is in " + file);
            }
        }
    }

    @Test
    void sharesUnderTheSourcesRuleShowAsItsBoundAndASingleOneIsProtectedFromTheWhole() throws IOException {
        MiniSite site = site("""
                -- content/bands.yml --
                title: Staff by ethnic group in bands 8a to 8d
                source: ESR
                suppression: {percent_below: 5}
                columns:
                  - {id: group, label: Ethnic group}
                  - {id: share, label: Share, type: percent, unit: "% of the cluster", whole: true}
                rows:
                  - [White, 85.32]
                  - [Asian, 11.75]
                  - [Black, 2.93]
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String html = site.read("index.html");
        assertTrue(html.contains("<td class=\"numeric\">&lt;5%</td>"), "the hidden share shows as the source's bound");
        assertTrue(html.contains("<td class=\"numeric\">[c]</td>"), "the smallest other share is hidden too, or 100 - 85.32 - 11.75 gives it back");
        assertTrue(html.contains("Percentages under 5% are shown as &lt;5%."), html);
        assertNowhere(site, "2.93", "2.9%", "11.75", "11.8%", "11.7%");
    }

    @Test
    void sharesOfAKnownNumberOfPeopleAreHiddenWhenThePeopleAreFew() throws IOException {
        MiniSite site = site("""
                -- content/bands.yml --
                title: Staff by ethnic group in bands 8a to 8d
                source: ESR
                suppression: {threshold: 10}
                columns:
                  - {id: group, label: Ethnic group}
                  - {id: share, label: Share, type: percent, unit: "% of the cluster", whole: true, base: 240}
                rows:
                  - [White, 91.37]
                  - [Asian, 6.21]
                  - [Black, 2.42]
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String csv = site.read("bands.csv");
        assertTrue(csv.contains("White,91.37"), csv);
        assertTrue(csv.contains("Asian,[c]") && csv.contains("Black,[c]"), "2.42% of 240 is 6 people; then 6.21% goes too: " + csv);
        assertNowhere(site, "2.42", "2.4%", "6.21", "6.2%");
    }

    @Test
    void aSurveyResultGoesWithItsGroupsRespondents() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/survey.yml --
                title: Staff survey
                source: NHS Staff Survey
                suppression: {threshold: 10, secondary: none, survey: true}
                columns:
                  - {id: group, label: Group}
                  - {id: respondents, label: Respondents, type: count}
                  - {id: q15, label: Fair career progression, type: percent, base: respondents}
                rows:
                  - [All staff, 244, 59.1]
                  - [Small team, 7, 42.86]
                  - [Ethnic minority staff, 21, 23.8]
                -- content/index.md --
                ---
                title: Home
                ---
                {{ survey.ethnic-minority-staff.q15 }} of ethnic minority staff agreed.

                ```table
                data: survey
                ```
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(site.read("index.html").contains("23.80% of ethnic minority staff agreed."), "21 people asked: shown, as the survey does");
        assertNowhere(site, "42.86", "42.9%");
    }
}
