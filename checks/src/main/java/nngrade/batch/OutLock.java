package nngrade.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One `grade` run at a time per OUT: a lock on OUT/.nngrade.lock held for the whole run. The
 * operating system releases it when the process ends, however it ends, so a killed run never
 * leaves OUT locked.
 */
final class OutLock implements AutoCloseable {

    static final String FILE = ".nngrade.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param out the output folder; created if missing
     * @throws BatchRefused if another run holds the lock
     */
    static OutLock acquire(Path out) throws IOException, BatchRefused {
        Files.createDirectories(out);
        FileChannel channel = FileChannel.open(out.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this very JVM
        }
        if (lock == null) {
            channel.close();
            throw new BatchRefused("another nngrade grade is writing to " + out + " (it holds " + FILE
                    + "): wait for it to finish, or give another --out.");
        }
        return new OutLock(channel, lock);
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
