package org.dueregard.output;

import org.dueregard.ProblemsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;

/**
 * For the preview's incremental rebuilds: changes are held until the build succeeds, then only files whose bytes
 * differ are written, and files the site no longer has are deleted. A failed build writes nothing, so the last
 * good pages stay on disk. Never used for published builds, which swap a whole staging folder in.
 *
 * <p>The folder is the preview's own, so after its first commit it trusts its memory of what it wrote (a hash of
 * each file) instead of reading the folder again: a save on a 10,000-page site writes one page and reads nothing
 * else. A page is written to a temporary file and renamed over the old one, so the browser never gets half a page.
 */
public final class InPlaceOutput implements SiteOutput {

    private final Path folder;
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
    private final Map<String, Path> copies = new ConcurrentHashMap<>();
    /** Files kept as they are; at the commit, with those written and copied, the list of what the site has. */
    private volatile Set<String> kept = ConcurrentHashMap.newKeySet();
    /** What each file on disk holds (a hash), as this session wrote it; empty until the first commit has looked. */
    private final Map<String, String> onDisk = new HashMap<>();
    /** Each copied file's source stamp when it was copied: an unchanged source is not read again. */
    private final Map<String, String> copiedStamps = new HashMap<>();
    private static final String UNKNOWN = "";
    private boolean looked;
    private Set<String> lastProduced = Set.of();
    private int written;

    private InPlaceOutput(Path folder) {
        this.folder = folder;
    }

    /** The same safety checks as a staging folder: never the site folder, never inside content, never a stranger's. */
    public static InPlaceOutput open(Path output, Path siteRoot, Path contentFolder) throws ProblemsException, IOException {
        Path out = OutputFolderGuard.checkSafe(output, siteRoot, contentFolder, KeptFiles.DEFAULT);
        Files.createDirectories(out);
        return new InPlaceOutput(out);
    }

    @Override
    public void writeText(String relativePath, String text) {
        writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeBytes(String relativePath, byte[] bytes) {
        pending.put(checked(relativePath), bytes);
    }

    @Override
    public void copy(Path source, String relativePath) {
        copies.put(checked(relativePath), source);
    }

    /** A kept file is not written, so a plain relative path (no "..", no leading or double slash) is taken as it is. */
    @Override
    public void keep(String relativePath) {
        boolean plain = !relativePath.isEmpty() && relativePath.charAt(0) != '/' && !relativePath.contains("..")
                && !relativePath.contains("//") && relativePath.indexOf('\\') < 0;
        kept.add(plain ? relativePath : checked(relativePath));
    }

    @Override
    public Path path() {
        return folder;
    }

    /** How many files the last commit actually wrote (unchanged bytes are not rewritten). */
    public int written() {
        return written;
    }

    @Override
    public synchronized void commit() throws IOException {
        if (!looked) lookAtFolder();
        written = 0;
        Set<String> produced = kept; // not copied: 10,000 pages were 2 ms of each save; discard() starts a new set
        produced.addAll(pending.keySet());
        produced.addAll(copies.keySet());
        produced.add(StagingFolder.MARKER);
        boolean sameList = sameFiles(produced, lastProduced);
        if (!sameList) { // the marker lists every file: made again only when the list changes
            pending.put(StagingFolder.MARKER, OutputFolderGuard.markerText(produced).getBytes(StandardCharsets.UTF_8));
        }
        // Pages first: the author's browser waits for the page just saved, not for the search index (9 MB at 10,000 pages).
        for (boolean pages : new boolean[] {true, false}) {
            for (Map.Entry<String, byte[]> file : pending.entrySet()) {
                if (file.getKey().endsWith(".html") == pages) writeIfChanged(file.getKey(), file.getValue());
            }
        }
        for (Map.Entry<String, Path> file : copies.entrySet()) copyIfChanged(file.getKey(), file.getValue());
        // After a commit the folder holds only what that commit produced: the same list again leaves nothing stale.
        for (String stale : sameList ? List.<String>of() : List.copyOf(onDisk.keySet())) {
            if (produced.contains(stale) || KeptFiles.DEFAULT.matches(stale)) continue;
            Files.deleteIfExists(folder.resolve(stale));
            onDisk.remove(stale);
            copiedStamps.remove(stale);
        }
        lastProduced = produced;
        discard();
    }

    /** One pass, where a concurrent set's equals() makes two: 10,000 lookups each on every save of a large site. */
    private static boolean sameFiles(Set<String> produced, Set<String> before) {
        if (produced.size() != before.size()) return false;
        for (String file : produced) if (!before.contains(file)) return false;
        return true;
    }

    /**
     * Writes one file at once, outside a commit: for a file the last commit kept as part of the site without writing
     * it (the preview's search index, written after the pages are shown).
     */
    public synchronized void writeNow(String relativePath, byte[] bytes) throws IOException {
        String path = checked(relativePath);
        if (!lastProduced.contains(path)) throw new IllegalStateException(path + " is not part of the site the last commit made");
        writeIfChanged(path, bytes);
    }

    /**
     * The first commit lists what the folder holds (left by an earlier session), so files the site no longer has go;
     * their contents are compared when the session first writes them.
     */
    private void lookAtFolder() throws IOException {
        for (String file : OutputFolderGuard.filesIn(folder)) onDisk.put(file, UNKNOWN);
        looked = true;
    }

    private void writeIfChanged(String relativePath, byte[] bytes) throws IOException {
        String hash = hash(bytes);
        String before = onDisk.get(relativePath);
        if (hash.equals(before)) return;
        Path target = folder.resolve(relativePath);
        if (UNKNOWN.equals(before) && Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            onDisk.put(relativePath, hash);
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".writing");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        onDisk.put(relativePath, hash);
        written++;
    }

    private void copyIfChanged(String relativePath, Path source) throws IOException {
        String stamp = Files.getLastModifiedTime(source).toMillis() + "/" + Files.size(source);
        if (stamp.equals(copiedStamps.get(relativePath)) && onDisk.containsKey(relativePath)) return;
        writeIfChanged(relativePath, Files.readAllBytes(source));
        copiedStamps.put(relativePath, stamp);
    }

    @Override
    public synchronized void discard() {
        pending.clear();
        copies.clear();
        kept = ConcurrentHashMap.newKeySet(lastProduced.size() + 16); // the last list may be the old set: a new one
    }

    private String checked(String relativePath) {
        Path target = folder.resolve(relativePath).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IllegalArgumentException("Refusing to write outside the output folder: " + relativePath);
        }
        return folder.relativize(target).toString().replace('\\', '/');
    }

    /**
     * Length and two checksums: enough to tell whether the preview's own output changed (nobody crafts collisions
     * against it), and fast on a feed of several megabytes, which every save would otherwise hash.
     */
    private static String hash(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return bytes.length + ":" + crc.getValue() + ":" + adler.getValue();
    }
}
