package org.dueregard.output;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per output folder: a lock on a file beside it ({@code .site.lock} for {@code site/}). The
 * system lets go of it when the process ends, however it ends, so a killed build never leaves the site locked.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or stops with a problem saying another build is writing there. */
    public static OutputLock take(Path output) throws ProblemsException, IOException {
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) throw new ProblemsException(Problem.error("", 0, "The output folder cannot be the root of the disk.", "Choose a folder such as --output site"));
        Files.createDirectories(parent);
        Path file = parent.resolve("." + out.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this same program is already building there
        }
        if (lock == null) {
            channel.close();
            throw new ProblemsException(Problem.error("", 0, "Another dueregard build or preview is writing to " + out + " right now.",
                    "Wait for it to finish (or stop it), then build again."));
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
