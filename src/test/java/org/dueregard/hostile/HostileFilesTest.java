package org.dueregard.hostile;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Hostile files that a .site case cannot write: links out of the site folder, pipes, unreadable files. Each is built
 * over a good site by {@link HostileInputTest#check}, with the same promises (exit code, message, old site intact,
 * nothing unsafe published).
 */
class HostileFilesTest {

    private static final Path OUTSIDE = Path.of("/etc/passwd");

    private static void check(String expectations, HostileInputTest.Breakage breakage) throws IOException {
        HostileInputTest.check(HostileCase.parse(expectations, "inline"), breakage);
    }

    private static void link(MiniSite site, String path, Path target) throws IOException {
        Path file = site.root().resolve(path);
        Files.createDirectories(file.getParent());
        Files.createSymbolicLink(file, target);
    }

    @Test
    void aLinkToAFileOutsideTheSiteIsRefusedAsADocument() throws IOException {
        check("""
                # content/notes.txt links to /etc/passwd
                exit: 1
                says: content/notes.txt: error: The file is a link to /etc/passwd, which is outside the site folder
                """, site -> link(site, "content/notes.txt", OUTSIDE));
    }

    @Test
    void aLinkToAFileOutsideTheSiteIsRefusedAsAnImageAPageUses() throws IOException {
        check("""
                # a page shows chart.png, which links to /etc/passwd
                exit: 1
                says: content/chart.png: error: The file is a link to /etc/passwd
                """, site -> {
            link(site, "content/chart.png", OUTSIDE);
            site.writeFile("content/index.md", "---\ntitle: Home\n---\n![Bar chart of staff](chart.png)\n");
        });
    }

    @Test
    void aLinkToAFileOutsideTheSiteIsRefusedAsAPage() throws IOException {
        check("""
                # content/secret.md links to /etc/passwd
                exit: 1
                says: content/secret.md: error: The file is a link to /etc/passwd
                """, site -> link(site, "content/secret.md", OUTSIDE));
    }

    @Test
    void aLinkToAFolderOutsideTheSiteIsRefused() throws IOException {
        check("""
                # content/etc links to /etc
                exit: 1
                says: content/etc: error: The file is a link to /etc, which is outside the site folder
                """, site -> link(site, "content/etc", Path.of("/etc")));
    }

    @Test
    void aLinkToAFolderInsideTheSiteIsSkippedWithAWarning() throws IOException {
        check("""
                # content/again links to content/reports, inside the site
                exit: 0
                says: content/again: warning: The folder is a link; dueregard does not follow links to folders
                lacks-file: again/report/index.html
                has-file: reports/report/index.html
                """, site -> {
            site.writeFile("content/reports/report.md", "---\ntitle: Report\n---\nText.\n");
            link(site, "content/again", site.root().resolve("content/reports"));
        });
    }

    @Test
    void aLinkToAFileInsideTheSiteIsPublished() throws IOException {
        check("""
                # content/logo.png links to images/logo.png in the site folder, outside content/
                exit: 0
                has-file: logo.png
                """, site -> {
            site.writeBytes("images/logo.png", java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
            link(site, "content/logo.png", site.root().resolve("images/logo.png"));
        });
    }

    @Test
    void aBrokenLinkIsNamed() throws IOException {
        check("""
                # content/gone.md links to a file that does not exist
                exit: 1
                says: content/gone.md: error: The file is a link to something that does not exist.
                """, site -> link(site, "content/gone.md", site.root().resolve("nowhere.md")));
    }

    @Test
    void aLinkInTheSitesOwnAssetsThatLeavesTheSiteIsRefused() throws IOException {
        check("""
                # assets/css/extra.css (a theme override, published) links to /etc/passwd
                exit: 1
                says: assets/css/extra.css: error: The file is a link to /etc/passwd
                """, site -> link(site, "assets/css/extra.css", OUTSIDE));
    }

    @Test
    void aLinkInTheSitesOwnTemplatesThatLeavesTheSiteIsRefused() throws IOException {
        check("""
                # templates/partials/footer.peb links to /etc/passwd
                exit: 1
                says: templates/partials/footer.peb: error: The file is a link to /etc/passwd
                """, site -> link(site, "templates/partials/footer.peb", OUTSIDE));
    }

    @Test
    void payRecordsLinkedFromOutsideAreNotRead() throws IOException {
        check("""
                # a pay-gap dataset reads records.csv, which links to /etc/passwd
                exit: 1
                says: content/records.csv: error: The file is a link to /etc/passwd
                """, site -> {
            link(site, "content/records.csv", OUTSIDE);
            site.writeFile("content/pay.yml", "title: Pay\nkind: pay-gap\nrecords: records.csv\nsource: HR\nperiod: 2024\n");
        });
    }

    @Test
    void aPipeNamedLikeAPageIsSkippedWithAWarning() throws IOException, InterruptedException {
        check("""
                # content/page.md is a named pipe: reading it would wait for ever
                exit: 0
                says: content/page.md: warning: The file is not an ordinary file (it is a pipe, socket or device), so it was skipped.
                lacks-file: page/index.html
                """, site -> {
            Process mkfifo = new ProcessBuilder("mkfifo", site.root().resolve("content/page.md").toString()).start();
            try {
                if (mkfifo.waitFor() != 0) throw new IOException("mkfifo failed");
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
        });
    }

    @Test
    void aDatasetLinkedFromOutsideIsRefused() throws IOException {
        check("""
                # content/data/staff.yml links to a YAML file outside the site
                exit: 1
                says: content/data/staff.yml: error: The file is a link to
                """, site -> {
            Path outside = Files.createTempFile("outside-", ".yml");
            Files.writeString(outside, "title: Outside\n");
            outside.toFile().deleteOnExit();
            link(site, "content/data/staff.yml", outside);
        });
    }

    @Test
    void anUnreadablePageIsNamed() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file, so permissions cannot be tested as root");
        check("""
                # content/locked.md has no read permission
                exit: 1
                says: content/locked.md: error: The file cannot be read: this user has no permission to read it.
                """, site -> {
            site.writeFile("content/locked.md", "---\ntitle: Locked\n---\nText.\n");
            site.root().resolve("content/locked.md").toFile().setReadable(false, false);
        });
    }

    @Test
    void aLinkToTheSitesGitFolderIsRefused() throws IOException {
        check("""
                # content/history.txt links to .git/config, inside the site folder but never published
                exit: 1
                says: content/history.txt: error: The file is a link to .git, which is never published
                lacks: repositoryformatversion
                """, site -> {
            site.writeFile(".git/config", "[core]\n\trepositoryformatversion = 0\n");
            link(site, "content/history.txt", site.root().resolve(".git/config"));
        });
    }

    @Test
    void aLinkToTheSiteSettingsIsRefused() throws IOException {
        check("""
                # content/settings.txt links to dueregard.yml
                exit: 1
                says: content/settings.txt: error: The file is a link to dueregard.yml, which is never published
                """, site -> link(site, "content/settings.txt", site.root().resolve("dueregard.yml")));
    }

    @Test
    void aHardLinkIsRefused() throws IOException {
        check("""
                # content/notes.txt is a hard link to a file outside the site folder
                exit: 1
                says: content/notes.txt: error: The file is a hard link
                lacks: outside secret
                """, site -> {
            Path outside = Files.createTempFile("outside-", ".txt");
            Files.writeString(outside, "outside secret\n");
            outside.toFile().deleteOnExit();
            Files.createLink(site.root().resolve("content/notes.txt"), outside);
        });
    }

    @Test
    void settingsLinkedFromOutsideAreNotRead() throws IOException {
        check("""
                # dueregard.yml links to a settings file outside the site folder
                exit: 1
                says: dueregard.yml: error: The file is a link to
                """, site -> {
            Path outside = Files.createTempFile("outside-", ".yml");
            Files.copy(site.root().resolve("dueregard.yml"), outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            outside.toFile().deleteOnExit();
            Files.delete(site.root().resolve("dueregard.yml"));
            link(site, "dueregard.yml", outside);
        });
    }

    @Test
    void aGlossaryLinkedFromOutsideIsNotRead() throws IOException {
        check("""
                # glossary.yml links to /etc/passwd
                exit: 1
                says: glossary.yml: error: The file is a link to /etc/passwd
                """, site -> {
            Files.deleteIfExists(site.root().resolve("glossary.yml"));
            link(site, "glossary.yml", OUTSIDE);
        });
    }
}
