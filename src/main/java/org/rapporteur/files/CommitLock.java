package org.rapporteur.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One commit at a time into an output folder, across threads and processes, so two builds never mix one's files
 * with the other's manifest. Threads of this JVM queue on an in-JVM lock; processes on an operating-system lock
 * ({@link FileChannel#lock}) on the hidden file {@value #FILE} inside the output folder. That file exists only
 * while a commit runs: its holder deletes it before letting go, so a finished build, good or failed, leaves nothing
 * behind. A waiter that wakes on a deleted file would hold a lock nobody else sees, so every holder writes a token
 * of its own into the file it locked and reads it back through the path: only when the path shows its token does
 * it hold the lock on the file everyone else opens. A build killed outright during a commit leaves the file; the
 * next commit takes it over (the operating system released the dead process's lock).
 */
final class CommitLock implements AutoCloseable {

    static final String FILE = ".rapporteur-commit.lock";
    /** How long a commit waits for another build's commit into the same folder before giving up. */
    static final long WAIT_SECONDS = 120;
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private CommitLock(Path file, ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.file = file;
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits (up to {@value #WAIT_SECONDS} s) until no other commit into {@code dir} runs, then holds it. */
    static CommitLock acquire(Path dir) throws IOException {
        Path real = dir.toRealPath();
        ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(real, k -> new ReentrantLock());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try {
            if (!threads.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy(dir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to write into " + dir, e);
        }
        try {
            Path file = real.resolve(FILE);
            byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n")
                    .getBytes(StandardCharsets.US_ASCII);
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                try {
                    FileLock lock = waitFor(channel, deadline, dir);
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(token), 0);
                    if (showsToken(file, token)) {
                        return new CommitLock(file, threads, channel, lock);
                    }
                    lock.release(); // the file was deleted or replaced while we waited: take the new one
                    channel.close();
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            threads.unlock();
            throw e;
        }
    }

    private static FileLock waitFor(FileChannel channel, long deadline, Path dir) throws IOException {
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw busy(dir);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to write into " + dir, e);
            }
        }
    }

    /** Whether the file the path names now holds {@code token} (read without following a link, bounded). */
    private static boolean showsToken(Path file, byte[] token) throws IOException {
        ByteBuffer seen = ByteBuffer.allocate(token.length + 1);
        try (var in = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            while (seen.hasRemaining() && in.read(seen) > 0) {
                // read up to one byte more than the token
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return seen.position() == token.length && java.util.Arrays.equals(seen.array(), 0, token.length, token, 0,
                token.length);
    }

    private static IOException busy(Path dir) {
        return new IOException("another build has been writing into " + dir + " for over " + WAIT_SECONDS
                + " seconds; try again when it has finished");
    }

    /** The lock file, so a shutdown hook can remove it with the temporary files. */
    Path file() {
        return file;
    }

    /** Deletes the lock file and lets the next commit in. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                threads.unlock();
            }
        }
    }
}
