package org.dueregard.pipeline;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sample site builds byte for byte the same whatever the machine's language, country and time zone: charts,
 * tables and dates follow the page, never the JVM's defaults (Turkish dotless i, German decimal comma).
 */
class LocaleDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void theSampleSiteIsByteIdenticalUnderTurkishAndGermanLocalesAndAnyTimeZone() throws IOException {
        Path site = temp.resolve("sample");
        for (String part : new String[] {"content", "dueregard.yml", "glossary.yml"}) {
            org.apache.commons.io.FileUtils.copyToDirectory(Path.of(part).toFile(), site.toFile());
        }
        Map<String, byte[]> reference = buildWith(site, Locale.UK, TimeZone.getTimeZone("Europe/London"), "uk");
        for (Locale locale : new Locale[] {new Locale("tr", "TR"), Locale.GERMANY}) {
            Map<String, byte[]> other = buildWith(site, locale, TimeZone.getTimeZone("Pacific/Kiritimati"), locale.toLanguageTag());
            assertEquals(reference.keySet(), other.keySet(), locale.toString());
            for (String file : reference.keySet()) assertArrayEquals(reference.get(file), other.get(file), file + " under " + locale);
        }
    }

    private static Map<String, byte[]> buildWith(Path site, Locale locale, TimeZone zone, String name) throws IOException {
        Locale locale0 = Locale.getDefault();
        TimeZone zone0 = TimeZone.getDefault();
        org.apache.commons.io.FileUtils.deleteDirectory(site.resolve(".dueregard").toFile()); // charts drawn afresh
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            Path output = site.resolve("out-" + name);
            MiniSite.Run run = MiniSite.run("build", "--source", site.toString(), "--output", output.toString());
            assertEquals(0, run.exitCode(), run.toString());
            return snapshot(output);
        } finally {
            Locale.setDefault(locale0);
            TimeZone.setDefault(zone0);
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
        }
        return files;
    }
}
