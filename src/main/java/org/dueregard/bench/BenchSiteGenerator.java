package org.dueregard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Writes a realistic site of many report pages for benchmarks: front matter, 6 to 10 headings, paragraphs of about
 * 40 words, lists, a captioned 6x5 table, links to other pages and their headings, and an image; about 8 KB of
 * Markdown a page. The same seed always writes the same site; {@link HugoBenchSite} writes the same pages as a Hugo
 * site, so the two tools can be timed on one corpus.
 */
public final class BenchSiteGenerator {

    private static final String[] WORDS = ("equality staff survey disability ethnicity women men pay gap median mean quarter "
            + "workforce patients services access maternity outcomes objectives board committee network training "
            + "recruitment progression community language deprivation census population health inequality report "
            + "published measure action plan target baseline review evidence engagement feedback carers residents "
            + "council trust integrated care partnership commissioning procurement assessment impact digital inclusion").split(" ");
    private static final String[] SECTIONS = {"Introduction", "Our workforce", "Gender pay gap", "Staff survey results",
            "Patient access", "Maternity outcomes", "Our objectives", "Engagement", "Training and development",
            "What we will do next"};
    /** A 1x1 PNG: the benchmark measures the pipeline, not image sizes. */
    private static final byte[] PIXEL = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static final int PAGES_PER_SECTION = 100;

    private BenchSiteGenerator() {
    }

    public static void generate(Path root, int pages, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("dueregard.yml"), """
                title: Benchmark site
                organisation: Example Health Trust
                base_url: https://bench.example.org/
                contact:
                  email: equality@example.org
                  phone: 0300 123 4567
                """);
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Benchmark site\n---\nA generated site of " + pages + " reports.\n");
        int sections = (pages + PAGES_PER_SECTION - 1) / PAGES_PER_SECTION;
        for (int s = 0; s < sections; s++) {
            Path folder = root.resolve("content/section-" + s);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("index.md"), "---\ntitle: Reports, part " + (s + 1) + "\nweight: " + s + "\n---\nReports in part " + (s + 1) + ".\n");
            Files.write(folder.resolve("chart.png"), PIXEL);
        }
        for (int i = 0; i < pages; i++) {
            Path file = root.resolve("content/section-" + (i / PAGES_PER_SECTION) + "/report-" + i + ".md");
            Files.writeString(file, page(i, pages, random), StandardCharsets.UTF_8);
        }
    }

    /** One report page's Markdown, front matter included. */
    public static String page(int index, int total, Random random) {
        StringBuilder md = new StringBuilder(9000);
        md.append("---\ntitle: Equality report ").append(index).append("\nsummary: ").append(sentence(random, 14))
                .append("\ndate: 2025-0").append(1 + index % 9).append("-1").append(index % 10)
                .append("\nweight: ").append(index).append("\ntags: [workforce, pay gap]\n---\n\n");
        int headings = 6 + random.nextInt(5);
        for (int h = 0; h < headings; h++) {
            md.append("## ").append(SECTIONS[h]).append("\n\n");
            md.append(paragraph(random)).append("\n\n");
            if (h == 1) table(md, random);
            if (h == 2) {
                for (int item = 0; item < 4; item++) md.append("- ").append(sentence(random, 9)).append('\n');
                md.append('\n');
            }
            if (h == 3) {
                int other = (index + 1 + random.nextInt(Math.max(1, total - 1))) % total;
                String link = other / PAGES_PER_SECTION == index / PAGES_PER_SECTION
                        ? "report-" + other + ".md" : "../section-" + (other / PAGES_PER_SECTION) + "/report-" + other + ".md";
                md.append("See the [gender pay gap in report ").append(other).append("](").append(link)
                        .append("#gender-pay-gap) and [the introduction](#introduction).\n\n");
                md.append("![Bar chart of staff by pay band, showing more women in lower bands](chart.png)\n\n");
            }
            md.append(paragraph(random)).append("\n\n");
            if (h % 2 == 0) {
                md.append("### ").append("Detail for ").append(SECTIONS[h].toLowerCase()).append("\n\n").append(paragraph(random)).append("\n\n");
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Random random) {
        md.append("| Group | 2021 | 2022 | 2023 | 2024 |\n|---|---:|---:|---:|---:|\n");
        for (String group : new String[] {"White", "Asian", "Black", "Mixed", "Other", "Not stated"}) {
            md.append("| ").append(group);
            for (int c = 0; c < 4; c++) md.append(" | ").append(10 + random.nextInt(900));
            md.append(" |\n");
        }
        md.append("[Staff by ethnic group, 2021 to 2024]\n\n");
    }

    /** Three sentences of 10 to 17 words: with 6 to 10 headings that makes about 8 KB of Markdown a page. */
    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < 3; s++) p.append(sentence(random, 10 + random.nextInt(8))).append(' ');
        return p.toString().strip();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
        }
        return s.toString();
    }
}
