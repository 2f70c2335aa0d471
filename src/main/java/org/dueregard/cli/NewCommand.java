package org.dueregard.cli;

import org.dueregard.content.SitePaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dueregard new}: writes correctly structured starting files, with every key explained, and says what to do
 * next. It never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new report, easy read page, dataset or site from a template with everything explained.",
        subcommands = {NewCommand.Report.class, NewCommand.EasyRead.class, NewCommand.Dataset.class, NewCommand.Site.class})
public final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String template(String name, Map<String, String> values) {
        try (InputStream in = NewCommand.class.getResourceAsStream("/dueregard/scaffold/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LocalDate today = LocalDate.now();
            text = text.replace("{{today}}", today.toString()).replace("{{next_year}}", today.plusYears(1).toString());
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{{yaml:" + value.getKey() + "}}", yamlScalar(value.getValue()))
                        .replace("{{md:" + value.getKey() + "}}", markdownText(value.getValue()))
                        .replace("{{" + value.getKey() + "}}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern PLAIN_YAML = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{N} ,.'()/&-]*[\\p{L}\\p{N}.)]|\\p{L}");
    private static final java.util.Set<String> YAML_WORDS = java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    /** A value as a YAML scalar: plain when that reads back the same, otherwise in double quotes with \\ and " escaped. */
    static String yamlScalar(String value) {
        if (PLAIN_YAML.matcher(value).matches() && !YAML_WORDS.contains(value.toLowerCase(Locale.ROOT))) return value;
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A value as Markdown text: characters that would start a link, markup or emphasis are escaped. */
    static String markdownText(String value) {
        return value.replaceAll("([\\\\`*_\\[\\]<>|~&])", "\\\\$1");
    }

    /**
     * The problem with a value typed on the command line for a new file, if any: it must have words and no line breaks or
     * other control characters (they would break the YAML or the page), and be short enough to be a title.
     */
    static java.util.Optional<String> problemWithText(String what, String value) {
        if (value == null || value.isBlank()) return java.util.Optional.of("The " + what + " is empty. Give it in quotes, such as \"Equality report 2025/26\".");
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            return java.util.Optional.of("The " + what + " has a line break or another control character. Give it on one line, in quotes.");
        }
        if (value.strip().length() > 150) return java.util.Optional.of("The " + what + " is " + value.strip().length() + " characters long. Keep it under 150.");
        if (!value.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return java.util.Optional.of("The " + what + " has no letters or digits. Give it in words, such as \"Equality report 2025/26\".");
        }
        return java.util.Optional.empty();
    }

    /** Writes new files, or none at all if any already exists. */
    static int write(Map<Path, String> files, PrintWriter out, PrintWriter err, String next) throws IOException {
        for (Path file : files.keySet()) {
            if (Files.exists(file)) {
                err.println(file + " already exists, so nothing was written. Choose another name, or delete the file first.");
                return ExitCode.PROBLEMS;
            }
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            Files.createDirectories(file.getKey().toAbsolutePath().getParent());
            Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            out.println("Wrote " + file.getKey());
        }
        out.println();
        out.println(next);
        return ExitCode.OK;
    }

    static String slug(String title) {
        return SitePaths.pageUrlPath(title.toLowerCase(Locale.ROOT).replace('/', '-') + ".md").replaceAll("/$", "")
                .replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("(^-|-$)", "");
    }

    abstract static class Part implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
        Path source = Path.of(".");

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** " --source DIR" when the site is not the current folder, so the printed command works as typed. */
        String sourceOption() {
            return source.normalize().toString().isEmpty() || source.equals(Path.of(".")) ? "" : " --source " + Launcher.quoted(source.toString());
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Start an equality report, as a draft, with the sections the equality duty asks for.")
    static final class Report extends Part {
        @Parameters(paramLabel = "TITLE", description = "The report's title, in quotes: \"Equality report 2025/26\"")
        String title;

        @Option(names = "--folder", description = "The folder under content/ (default: ${DEFAULT-VALUE}).")
        String folder = "reports";

        @Override
        public Integer call() throws IOException {
            java.util.Optional<String> problem = problemWithText("title", title);
            if (problem.isEmpty() && slug(title).isEmpty()) problem = java.util.Optional.of("The title has no letters from a to z or digits to name the page's file by. Start it with words in English, such as \"Equality report 2025/26\".");
            if (problem.isPresent()) {
                err().println(problem.get());
                return ExitCode.USAGE;
            }
            title = title.strip();
            Path file = source.resolve("content").resolve(folder).resolve(slug(title) + ".md");
            return write(Map.of(file, template("report.md", Map.of("title", title))), out(), err(),
                    "Next:\n  1. Open " + file + " and replace the guidance in each section with your own words.\n"
                            + "  2. Preview it as you write: " + Launcher.command() + " serve --drafts" + sourceOption() + "\n"
                            + "  3. When it is ready, delete the line 'draft: true' and publish it through a pull request.");
        }
    }

    @Command(name = "easy-read", mixinStandardHelpOptions = true, description = "Start the easy read version of a page.")
    static final class EasyRead extends Part {
        @Parameters(paramLabel = "PAGE", description = "The standard page's file, such as content/reports/annual-report.md")
        Path page;

        @Override
        public Integer call() throws IOException {
            Path standard = page.isAbsolute() || Files.exists(page) ? page : source.resolve(page);
            if (!Files.isRegularFile(standard) || !standard.toString().endsWith(".md") || standard.toString().endsWith(".easy-read.md")) {
                err().println(page + " is not a standard page's Markdown file. Give the file the easy read page goes with, such as content/reports/annual-report.md");
                return ExitCode.USAGE;
            }
            String title = titleOf(standard);
            String name = standard.getFileName().toString();
            Path file = standard.resolveSibling(name.substring(0, name.length() - 3) + ".easy-read.md");
            Map<String, String> values = Map.of("easy_title", title + " - easy read", "easy_summary", "An easy read version of " + title + ".");
            return write(Map.of(file, template("easy-read.md", values)), out(), err(),
                    "Next:\n  1. Write each idea as a point with a picture: - ![](picture:money) Short sentence.\n"
                            + "  2. Run " + Launcher.command() + " serve --drafts" + sourceOption()
                            + ": the build tells you, line by line, where the text breaks the easy read rules.\n"
                            + "  3. Delete the line 'draft: true' to publish it. Both pages will link to each other.");
        }
    }

    /** The standard page's title, read as YAML (so a quoted title loses its quotes); "this page" when it has none. */
    private static String titleOf(Path standard) throws IOException {
        java.util.Optional<String> line = Files.readString(standard, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("title:")).findFirst();
        if (line.isEmpty()) return "this page";
        try {
            org.dueregard.config.YamlNode node = org.dueregard.config.YamlParser.parse(line.get() + "\n", standard.toString(), 1);
            if (node instanceof org.dueregard.config.YamlNode.Mapping mapping && mapping.entries().get("title") != null
                    && mapping.entries().get("title").value() instanceof org.dueregard.config.YamlNode.Scalar scalar
                    && scalar.text() != null && problemWithText("title", scalar.text()).isEmpty()) {
                return scalar.text().strip();
            }
        } catch (org.dueregard.ProblemsException e) {
            // a title the build will complain about anyway: the easy read page starts with a neutral one
        }
        return "this page";
    }

    @Command(name = "dataset", mixinStandardHelpOptions = true, description = "Start a dataset: figures for tables, charts and sentences.")
    static final class Dataset extends Part {
        @Parameters(paramLabel = "NAME", description = "A short name with hyphens, such as staff-by-pay-band-2026")
        String name;

        @Option(names = "--folder", description = "The folder under content/ (default: ${DEFAULT-VALUE}).")
        String folder = "data";

        @Override
        public Integer call() throws IOException {
            String clean = slug(name == null ? "" : name);
            if (clean.isEmpty()) {
                err().println("The name '" + name + "' has no letters from a to z or digits. Give a short name with hyphens, such as staff-by-pay-band-2026.");
                return ExitCode.USAGE;
            }
            Path file = source.resolve("content").resolve(folder).resolve(clean + ".yml");
            String title = Character.toUpperCase(clean.charAt(0)) + clean.substring(1).replace('-', ' ');
            return write(Map.of(file, template("dataset.yml", Map.of("name", clean, "title", title))), out(), err(),
                    "Next:\n  1. Replace the example columns and rows in " + file + " with your figures.\n"
                            + "  2. Show it on a page with a block:\n     ```chart\n     data: " + clean + "\n     title: What the chart shows\n     ```\n"
                            + "  3. Quote a figure in a sentence: {{ " + clean + ".first-group.women }}");
        }
    }

    @Command(name = "site", mixinStandardHelpOptions = true, description = "Start a new site in an empty folder.")
    static final class Site extends Part {
        @Parameters(paramLabel = "DIR", description = "The new site's folder")
        Path folder;

        @Option(names = "--organisation", description = "Your organisation's name (default: ${DEFAULT-VALUE}).")
        String organisation = "Anytown Council";

        @Override
        public Integer call() throws IOException {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        err().println(folder + " is not empty. Give a new or empty folder for the site.");
                        return ExitCode.PROBLEMS;
                    }
                }
            }
            java.util.Optional<String> problem = problemWithText("organisation's name", organisation);
            if (problem.isPresent()) {
                err().println(problem.get());
                return ExitCode.USAGE;
            }
            organisation = organisation.strip();
            Map<String, String> values = Map.of("organisation", organisation,
                    "home_summary", "How " + organisation + " meets the Public Sector Equality Duty.");
            Map<Path, String> files = new LinkedHashMap<>();
            files.put(folder.resolve("dueregard.yml"), template("dueregard.yml", values));
            files.put(folder.resolve("glossary.yml"), template("glossary.yml", values));
            files.put(folder.resolve(".gitignore"), template("gitignore", values));
            files.put(folder.resolve("content/index.md"), template("index.md", values));
            files.put(folder.resolve("content/reports/index.md"), template("reports-index.md", values));
            files.put(folder.resolve("content/accessibility.md"), template("accessibility.md", values));
            String dueregard = Launcher.command();
            return write(files, out(), err(), "Next:\n  1. cd " + Launcher.quoted(folder.toString()) + "\n  2. Put your details in dueregard.yml.\n"
                    + "  3. Start your first report: " + dueregard + " new report \"Equality report 2025/26\"\n"
                    + "  4. Preview the site: " + dueregard + " serve\n"
                    + "To type just 'dueregard' instead, add its folder to your PATH"
                    + (dueregard.startsWith("java ") || dueregard.equals("dueregard") ? "." : ": export PATH=\"" + Path.of(dueregard.replace("\"", "")).getParent() + ":$PATH\""));
        }
    }
}
