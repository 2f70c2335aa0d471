package org.dueregard.docs;

import org.dueregard.testing.DocExamples;
import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example in the README's authoring guide builds, and does what the README says it does. */
class ReadmeExamplesTest {

    @TempDir
    Path folder;

    private static List<DocExamples.Example> examples() throws IOException {
        return DocExamples.in(Path.of("README.md"));
    }

    @Test
    void everyExampleBuildsInOneSite() throws IOException {
        List<DocExamples.Example> examples = examples();
        assertTrue(examples.size() >= 11, "README examples found: " + examples.size());
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                -- content/reports/index.md --
                ---
                title: Our reports
                ---
                -- content/accessibility.md --
                ---
                title: Accessibility statement
                ---
                -- content/objectives.md --
                ---
                title: Objectives
                ---
                ## Our objectives
                -- content/governance.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"></svg>
                """);
        int page = 0;
        StringBuilder config = new StringBuilder();
        for (DocExamples.Example example : examples) {
            if (example.language().equals("yaml") && example.text().startsWith("# content/")) {
                // A dataset: its first line names the file it belongs in.
                site.writeFile(example.text().lines().findFirst().orElseThrow().substring(2).strip(), example.text());
            } else if (example.language().equals("yaml")) {
                // The full settings example first; fragments (such as accessibility_exceptions) are added to it.
                config.append(example.text()).append('\n');
                site.writeFile("dueregard.yml", config.toString());
            } else {
                String text = example.text().startsWith("---") ? example.text() : "---\ntitle: Example " + page + "\n---\n" + example.text();
                String name = text.contains("picture:") ? "example-" + page++ + ".easy-read.md" : "example-" + page++ + ".md";
                if (name.endsWith(".easy-read.md")) site.writeFile("content/" + name.replace(".easy-read", ""), "---\ntitle: Standard\n---\nText.\n");
                site.writeFile("content/" + name, text);
            }
        }
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("hourly-pay.yml:11: warning: The figure first published for 2024 in 'median_gap' (19.46) is not what the data gives (19.47)"),
                run.err());

        Document settings = Jsoup.parse(site.read("index.html"));
        assertEquals(List.of("Home", "Our reports"), settings.select(".navigation a").eachText());
        assertTrue(settings.selectFirst(".alternative-formats").text().contains("equality@anytown.gov.uk"));

        Document frontMatter = Jsoup.parse(site.read("example-0/index.html"));
        assertEquals("Gender pay gap report 2024", frontMatter.selectFirst("h1").text());
        assertEquals(List.of("What the gap is"), frontMatter.select(".contents-list a").eachText());

        Document table = Jsoup.parse(site.read("example-1/index.html"));
        assertEquals("Staff in each pay quarter, 31 March 2023", table.selectFirst("caption").text());
        assertEquals(List.of("Lower", "Lower middle"), table.select("tbody th[scope=row]").eachText());

        Document links = Jsoup.parse(site.read("example-2/index.html"));
        assertEquals(List.of("/objectives/", "/objectives/#our-objectives",
                        "https://www.gov.uk/government/publications/public-sector-equality-duty"),
                links.select("main .prose a").eachAttr("href"));

        Document image = Jsoup.parse(site.read("example-3/index.html"));
        assertEquals("/governance.svg", image.selectFirst("main img").attr("src"));
        assertTrue(image.selectFirst("main img").attr("alt").startsWith("Diagram: evidence feeds"));

        Document callouts = Jsoup.parse(site.read("example-4/index.html"));
        assertEquals("This report uses figures from 31 March 2024.", callouts.selectFirst(".inset-text").text());
        assertEquals("Warning: These figures are provisional and may change.", callouts.selectFirst(".warning-text__text").text());
        assertEquals("From 27.0% in 2023 to 19.5% in 2024. Back to the text for note 1", callouts.selectFirst(".footnotes li").text());
        assertEquals("Due regard", callouts.selectFirst("dt").text());

        Document figures = Jsoup.parse(site.read("example-5/index.html"));
        assertEquals("In 2024, 57.5% of the highest paid quarter were women.", figures.selectFirst(".prose > p").text());
        assertEquals("Women are most of the staff in every pay quarter, but fewer in the highest paid",
                figures.selectFirst(".chart-title").text());
        assertEquals(List.of("Pay quarter", "Women (people)", "Men (people)"), figures.select(".data-figure thead th").eachText());

        Document easyRead = Jsoup.parse(site.read("example-6/easy-read/index.html"));
        assertEquals(2, easyRead.select("li.easy-read-point .easy-read-picture img").size());
        assertTrue(run.err().lines().noneMatch(line -> line.contains("example-6.easy-read.md") && line.contains("error")), run.err());
    }

    @Test
    void theErrorExampleIsWhatTheBuildReallyPrints() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/report.md --
                ---
                title: Report
                sumary: Oops.
                ---
                text
                """);
        Files.write(folder.resolve("content/chart.png"), MiniSite.PNG);
        String body = "---\ntitle: Report\nsumary: Oops.\n---\n" + "line\n".repeat(9) + "![](chart.png)\n";
        site.writeFile("content/report.md", body);
        MiniSite.Run run = site.build();
        String readme = Files.readString(Path.of("README.md"));
        for (String line : run.err().split("\n")) {
            if (line.startsWith("The build stopped")) continue;
            assertTrue(readme.contains(line), "README should show: " + line);
        }
    }
}
