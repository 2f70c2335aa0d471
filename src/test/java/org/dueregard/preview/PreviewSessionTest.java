package org.dueregard.preview;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The author's preview: live reload, the error page in the browser, ports, and output equal to a clean build. */
class PreviewSessionTest {

    @TempDir
    Path folder;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private MiniSite site() throws IOException {
        return MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to [the report](report.md).
                -- content/report.md --
                ---
                title: Report
                ---
                ## Results
                """);
    }

    private PreviewSession session(MiniSite site) throws Exception {
        return new PreviewSession(site.root(), freePort(), false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void pagesGetTheReloadScriptButFilesOnDiskDoNot() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            PreviewSession.Rebuild first = session.rebuild();
            assertTrue(first.ok(), first.problems().toString());
            String served = get(session.address());
            assertTrue(served.contains("<script src=\"/__dueregard/reload.js?v="), served);
            assertTrue(served.contains("<a href=\"/report/\">the report</a>"), "links use the preview's own address");
            String onDisk = Files.readString(session.output().resolve("index.html"));
            assertFalse(onDisk.contains("__dueregard"), "the script is never written to a file");
            assertFalse(Files.exists(site.root().resolve("site")), "the preview does not touch site/");
        }
    }

    @Test
    void aBrokenFileShowsItsProblemInTheBrowserUntilItIsFixed() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            assertTrue(session.rebuild().ok());
            site.writeFile("content/report.md", "---\ntitle: Report\n---\nSee [nowhere](missing.md).\n");
            PreviewSession.Rebuild broken = session.rebuild();
            assertFalse(broken.ok());
            String page = get(session.address() + "report/");
            assertTrue(page.contains("<h1>The site could not be built</h1>"), page);
            assertTrue(page.contains("content/report.md:4"), page);
            assertTrue(page.contains(broken.problems().get(0).message().replace("'", "&#39;")) || page.contains(broken.problems().get(0).message()), page);
            assertTrue(page.contains("How to fix it:"), page);
            assertTrue(page.contains("/__dueregard/reload.js"), "the error page reloads itself when the file is fixed");
            assertTrue(Files.readString(session.output().resolve("report/index.html")).contains("Results"), "the last good page stays on disk");

            site.writeFile("content/report.md", "---\ntitle: Report\n---\n## Fixed\n");
            assertTrue(session.rebuild().ok());
            assertTrue(get(session.address() + "report/").contains("Fixed"));
        }
    }

    /** The version a served page carries in its script tag: the build it shows. */
    private static String versionIn(String page) {
        int at = page.indexOf("/__dueregard/reload.js?v=") + "/__dueregard/reload.js?v=".length();
        return page.substring(at, page.indexOf('"', at));
    }

    /** Reads the events stream and returns its first {@code count} messages. */
    private static CompletableFuture<java.util.List<String>> events(PreviewSession session, int count) {
        return CompletableFuture.supplyAsync(() -> {
            java.util.List<String> messages = new java.util.ArrayList<>();
            try {
                var response = HTTP.send(HttpRequest.newBuilder(URI.create(session.address() + "__dueregard/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null && messages.size() < count; line = reader.readLine()) {
                    if (line.startsWith("data: ")) messages.add(line.substring("data: ".length()));
                }
                response.body().close();
            } catch (IOException | InterruptedException e) {
                messages.add(e.toString());
            }
            return messages;
        });
    }

    @Test
    void openPagesAreToldToReloadAfterEachBuild() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            session.rebuild();
            String shown = versionIn(get(session.address()));
            CompletableFuture<java.util.List<String>> messages = events(session, 2);
            Thread.sleep(300);
            session.rebuild();
            java.util.List<String> received = messages.get(5, TimeUnit.SECONDS);
            assertEquals(shown, received.get(0), "on connecting, a page hears the version it shows: no reload");
            assertFalse(received.get(1).equals(shown), "after a build, a new version: the page reloads");
        }
    }

    /** A build that finishes between a page loading and its script connecting used to leave the page stale. */
    @Test
    void aPageThatMissedTheBuildIsToldOnConnecting() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            session.rebuild();
            String shown = versionIn(get(session.address()));
            session.rebuild();
            assertFalse(events(session, 1).get(5, TimeUnit.SECONDS).get(0).equals(shown));
        }
    }

    @Test
    void theReloadScriptIsAFileSoASiteCspAllowsIt() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            HttpResponse<String> script = HTTP.send(HttpRequest.newBuilder(URI.create(session.address() + "__dueregard/reload.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, script.statusCode());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
            assertTrue(script.body().contains("new EventSource('/__dueregard/events')"), script.body());
        }
    }

    /** The last session's pages are still on disk when serve starts: they must not be shown as if current. */
    @Test
    void beforeTheFirstBuildPagesSayBuildingAndNothingOldIsServed() throws Exception {
        MiniSite site = site();
        site.writeFile(".dueregard/preview/index.html", "<html><body>Text from the last session</body></html>");
        site.writeFile(".dueregard/preview/assets/site.css", "body{}");
        site.writeFile(".dueregard/preview/.dueregard-site", "This folder was built by dueregard and is replaced by each build.\n");
        try (PreviewSession session = session(site)) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(session.address())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("<h1>Building the site</h1>"), page.body());
            assertTrue(page.body().contains("/__dueregard/reload.js?v="), "it reloads by itself when the build is done");
            assertFalse(page.body().contains("last session"));
            HttpResponse<String> style = HTTP.send(HttpRequest.newBuilder(URI.create(session.address() + "assets/site.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, style.statusCode());
            assertTrue(session.rebuild().ok());
            assertTrue(get(session.address()).contains("Welcome to"));
        }
    }

    @Test
    void aFirstBuildThatFailsShowsItsProblemsNotTheLastSessionsPages() throws Exception {
        MiniSite site = site();
        site.writeFile(".dueregard/preview/index.html", "<html><body>Text from the last session</body></html>");
        site.writeFile("content/index.md", "---\ntitle: Home\n---\nSee [nowhere](missing.md).\n");
        try (PreviewSession session = session(site)) {
            assertFalse(session.rebuild().ok());
            String page = get(session.address());
            assertTrue(page.contains("<h1>The site could not be built</h1>"), page);
            assertFalse(page.contains("last session"));
        }
    }

    /**
     * Issue 10: "edit, wait until shown, then break something" lost the edit. A build that fails writes nothing,
     * so the pages it rendered must not be remembered as being on disk.
     */
    @Test
    void anEditSavedWithABreakElsewhereIsShownOnceTheBreakIsFixed() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            assertTrue(session.rebuild().ok());
            site.writeFile("content/report.md", "---\ntitle: Report\n---\n## Results\n\nThe edited text.\n");
            site.writeFile("content/index.md", "---\ntitle: Home\n---\nWelcome to [the report](report.md#no-such-heading).\n");
            assertFalse(session.rebuild().ok());
            site.writeFile("content/index.md", "---\ntitle: Home\n---\nWelcome to [the report](report.md#results).\n");
            assertTrue(session.rebuild().ok());
            assertTrue(get(session.address() + "report/").contains("The edited text."), "the edit survives the failed build");
            assertEqualsCleanBuild(site, session);
        }
    }

    @Test
    void aTakenPortMovesToTheNextFreeOne() throws Exception {
        MiniSite site = site();
        int port = freePort();
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
             PreviewSession session = new PreviewSession(site.root(), port, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            assertTrue(session.port() > port && session.port() < port + 20, "moved from " + port + " to " + session.port());
        }
    }

    /**
     * Every kind of edit, one rebuild each, and after each one the preview must equal a clean build byte for byte:
     * page text, page metadata that other pages show, datasets, content files, a template override, easy-read pairs,
     * and deletions. Only changed pages are rendered again.
     */
    @Test
    void incrementalRebuildsAlwaysEqualACleanBuild() throws Exception {
        incrementalRebuilds(false);
    }

    /**
     * The same edits as under serve, where each build is told which files changed and trusts everything else it
     * kept (front matter, datasets, the site model, the layout check) without looking at the disk.
     */
    @Test
    void incrementalRebuildsToldOfEachChangeEqualACleanBuild() throws Exception {
        incrementalRebuilds(true);
    }

    private record Edit(String file, Runnable change) {
    }

    private void incrementalRebuilds(boolean told) throws Exception {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to [the report](reports/annual.md).
                -- content/reports/annual.md --
                ---
                title: Annual report ({{ staff.women.count }} women)
                ---
                ## Results

                {{ staff.women.count }} women. Pay gap: {{ gpg.mean-hourly-pay.gap }}.

                ```table
                data: staff
                ```
                -- content/reports/other.md --
                ---
                title: Other
                ---
                Other page.
                -- content/data/staff.yml --
                title: Staff
                source: Payroll
                columns: [{id: group}, {id: count, type: count}]
                rows:
                  - [Women, 51]
                  - [Men, 10]
                -- content/data/gpg.yml --
                kind: pay-gap
                title: Pay gap
                source: Payroll
                records: records.csv
                -- content/data/records.csv --
                sex,hourly_pay,bonus
                M,12.00,0
                F,10.00,0
                """);
        try (PreviewSession session = session(site)) {
            assertTrue(session.rebuild().ok());
            assertEqualsCleanBuild(site, session);
            String staff = "title: Staff\nsource: Payroll\ncolumns: [{id: group}, {id: count, type: count}]\nrows:\n  - [Women, %d]\n  - [Men, 10]\n";
            java.util.List<Edit> edits = java.util.List.of(
                    new Edit("content/reports/other.md", () -> write(site, "content/reports/other.md", "---\ntitle: Other\n---\nOther page, edited.\n")),
                    new Edit("content/reports/other.md", () -> write(site, "content/reports/other.md", "---\ntitle: Other, renamed\nweight: -1\n---\nOther page.\n")),
                    new Edit("content/data/staff.yml", () -> write(site, "content/data/staff.yml", staff.formatted(52))),
                    new Edit("content/reports/annual.md", () -> write(site, "content/reports/annual.md",
                            "---\ntitle: Annual report ({{ staff.women.count }} women)\n---\n## Results\n\nShorter.\n")),
                    new Edit("content/data/staff.yml", () -> write(site, "content/data/staff.yml", staff.formatted(53))),
                    new Edit("content/reports/annual.md", () -> write(site, "content/reports/annual.md",
                            "---\ntitle: Annual report ({{ staff.women.count }} women)\nlayout: reprot\n---\nA mistyped layout.\n")),
                    new Edit("content/reports/annual.md", () -> write(site, "content/reports/annual.md",
                            "---\ntitle: Annual report ({{ staff.women.count }} women)\n---\nThe layout mended.\n")),
                    new Edit("content/data/records.csv", () -> write(site, "content/data/records.csv", "sex,hourly_pay,bonus\nM,12.00,0\nF,11.00,0\n")),
                    new Edit("content/reports/chart.svg", () -> write(site, "content/reports/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"></svg>\n")),
                    new Edit("templates/partials/footer.peb", () -> write(site, "templates/partials/footer.peb", "<footer class=\"footer\"><p>Footer for {{ site.organisation }}</p></footer>\n")),
                    new Edit("content/reports/other.easy-read.md", () -> write(site, "content/reports/other.easy-read.md", "---\ntitle: Other, easy read\n---\n- ![](picture:people) Hello.\n")),
                    new Edit("content/reports/other.easy-read.md", () -> delete(site, "content/reports/other.easy-read.md")),
                    new Edit("templates/partials/footer.peb", () -> delete(site, "templates/partials/footer.peb")));
            for (Edit edit : edits) {
                Thread.sleep(15); // a new modification time
                edit.change().run();
                PreviewSession.Rebuild rebuild = told ? session.rebuildAfter(java.util.Set.of(edit.file())) : session.rebuild();
                if (Files.readString(site.root().resolve("content/reports/annual.md")).contains("reprot")) {
                    assertFalse(rebuild.ok(), "a mistyped layout stops the build, kept or not");
                    assertTrue(rebuild.problems().toString().contains("There is no layout called 'reprot'"), rebuild.problems().toString());
                    continue;
                }
                assertTrue(rebuild.ok(), rebuild.problems().toString());
                assertEqualsCleanBuild(site, session);
            }
            assertTrue(Files.readString(session.output().resolve("reports/annual/index.html")).contains("Annual report (53 women)"),
                    "a figure in a title follows its dataset");
            write(site, "content/reports/other.md", "---\ntitle: Other, renamed\nweight: -1\n---\nOnly this page changes.\n");
            if (told) session.rebuildAfter(java.util.Set.of("content/reports/other.md"));
            else session.rebuild();
            assertEquals(1, session.renderedPages(), "a one-page text edit renders one page");
        }
    }

    /**
     * Under serve a saved report's PDFs are made after the page is shown, and a page saved meanwhile is built with
     * the report. Whatever the timing, the preview ends as a clean build: both pages' new text, the report's new PDFs.
     */
    @Test
    void aSaveWhileAReportsDocumentsAreMadeEndsAsACleanBuild() throws Exception {
        MiniSite site = MiniSite.write(folder, org.dueregard.testing.Fixtures.REPORT_WITH_PDF);
        java.util.List<java.util.Set<String>> builds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewSession session = session(site)) {
            Thread running = new Thread(() -> {
                try {
                    session.run((changed, result) -> builds.add(changed));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    // the test is over
                }
            });
            running.start();
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (builds.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(20);
                write(site, "content/report.md", "---\ntitle: Pay gap report\npdf: true\n---\nThe gap fell again, by more than before.\n");
                Thread.sleep(150); // while the report is built, or its PDFs made
                write(site, "content/index.md", "---\ntitle: Home\n---\nWelcome back.\n");
                Throwable last = null;
                do {
                    Thread.sleep(200);
                    try {
                        assertEqualsCleanBuild(site, session);
                        last = null;
                    } catch (AssertionError | IOException e) {
                        last = e; // not there yet (or a file replaced while it was read)
                    }
                } while (last != null && System.currentTimeMillis() < deadline);
                if (last != null) throw new AssertionError("the preview never matched a clean build; builds: " + builds, last);
                assertTrue(Files.readString(session.output().resolve("index.html")).contains("Welcome back."));
                assertTrue(Files.readString(session.output().resolve("report/index.html")).contains("by more than before"));
            } finally {
                running.interrupt();
                running.join(10_000);
            }
        }
    }

    /** A workbook a dataset reads its rows from is a file the preview watches: saving it rebuilds the page. */
    @Test
    void savingTheWorkbookOfADatasetRebuildsItsPage() throws Exception {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                There are {{ bands.band-2.staff }} staff in band 2.
                -- content/data/bands.yml --
                title: Staff by band
                source: HR
                columns: [{id: band}, {id: staff, type: count}]
                rows_from: bands.xlsx
                """);
        site.writeBytes("content/data/bands.xlsx", org.dueregard.testing.Workbooks.create()
                .sheet("Bands", java.util.List.of(java.util.List.of("Band", "Staff"), java.util.List.of("Band 2", 12))).bytes());
        try (PreviewSession session = session(site)) {
            assertTrue(session.rebuild().ok());
            assertTrue(Files.readString(session.output().resolve("index.html")).contains("There are 12 staff"));
            Thread.sleep(15); // a new modification time
            site.writeBytes("content/data/bands.xlsx", org.dueregard.testing.Workbooks.create()
                    .sheet("Bands", java.util.List.of(java.util.List.of("Band", "Staff"), java.util.List.of("Band 2", 13))).bytes());
            assertTrue(session.rebuild().ok());
            assertTrue(Files.readString(session.output().resolve("index.html")).contains("There are 13 staff"));
            assertEqualsCleanBuild(site, session);
        }
    }

    private static void write(MiniSite site, String path, String text) {
        try {
            site.writeFile(path, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(MiniSite site, String path) {
        try {
            Files.delete(site.root().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertEqualsCleanBuild(MiniSite site, PreviewSession session) throws IOException {
        Path clean = folder.resolve("clean-" + System.nanoTime());
        MiniSite.Run run = MiniSite.run("build", "--source", site.root().toString(), "--output", clean.toString(), "--base-url", session.address());
        assertEquals(0, run.exitCode(), run.toString());
        java.util.Set<String> expected = new java.util.TreeSet<>();
        try (var files = Files.walk(clean)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = clean.relativize(file).toString();
                expected.add(relative);
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(session.output().resolve(relative)), relative);
            }
        }
        java.util.Set<String> actual = new java.util.TreeSet<>();
        try (var files = Files.walk(session.output())) {
            files.filter(Files::isRegularFile).forEach(f -> actual.add(session.output().relativize(f).toString()));
        }
        assertEquals(expected, actual, "the same files, no more and no fewer");
    }

    /** After a series of edits, what the preview has on disk is what a clean build of the same sources makes. */
    @Test
    void afterEditsThePreviewEqualsACleanBuild() throws Exception {
        MiniSite site = site();
        try (PreviewSession session = session(site)) {
            session.rebuild();
            site.writeFile("content/report.md", "---\ntitle: Report, revised\ndate: 2025-05-01\n---\n## Results\n\nMore.\n");
            session.rebuild();
            site.writeFile("content/new-page.md", "---\ntitle: New page\n---\nNew.\n");
            session.rebuild();
            Files.delete(site.root().resolve("content/new-page.md"));
            site.writeFile("content/index.md", "---\ntitle: Home\n---\nWelcome back to [the report](report.md#results).\n");
            assertTrue(session.rebuild().ok());
            MiniSite.Run clean = MiniSite.run("build", "--source", site.root().toString(), "--output", folder.resolve("clean").toString(),
                    "--base-url", session.address());
            assertEquals(0, clean.exitCode(), clean.toString());
            try (var files = Files.walk(folder.resolve("clean"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = folder.resolve("clean").relativize(file);
                    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(session.output().resolve(relative)), relative.toString());
                }
            }
            assertFalse(Files.exists(session.output().resolve("new-page/index.html")), "a deleted page is gone from the preview");
        }
    }
}
