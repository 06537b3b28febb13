/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * A claim on a run folder, so that two processes (two shards, two attempts of one Spark task)
 * never write the same run at once: an advisory lock ({@link FileChannel#tryLock()}, an
 * {@code fcntl} lock on Linux) on {@value #FILE} inside the run folder, held until {@link #close}.
 * The operating system drops the lock when its process dies, however it dies, so a killed run
 * leaves no stale claim behind.
 *
 * <p>While held, the file names its holder ("pid 1234 on node7 since 2026-01-01T12:00:00Z"), and
 * a second claimant fails with one line that quotes it. The file itself stays (deleting a lock
 * file lets a third process lock a file that is no longer there); it is emptied on release. It is
 * the one file snn4j writes in place rather than by rename: a lock belongs to the file it was
 * taken on, and the text in it is only a note for the user.
 *
 * <p>Within a process a claim belongs to its thread: the same thread may claim a run it already
 * holds (an experiment claims a run, then the training it starts claims it again), and the run is
 * let go when the outermost claim closes; any other thread is refused as another process is.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file's name inside the run folder. */
    public static final String FILE = "run.lock";

    private static final Duration POLL = Duration.ofMillis(500);

    /**
     * The lock files this process holds. Closing any channel on a file drops every fcntl lock the
     * process has on it, so a second claim in this process must fail (or nest) before it opens the
     * file. Guarded by itself.
     */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private static final String HOLDER_UNKNOWN = "another process (it has not written its name yet)";

    /** One fcntl lock of this process, shared by the nested claims of its thread. */
    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        final Thread owner = Thread.currentThread();
        int claims = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path file;
    private final Path key;
    private final Held held;
    private boolean closed;

    private RunLock(Path file, Path key, Held held) {
        this.file = file;
        this.key = key;
        this.held = held;
    }

    /**
     * Claims the run folder {@code dir} (created if missing), failing at once when another process
     * or another thread of this process holds it.
     *
     * @throws Snn4jException with one line naming the folder and the holder
     */
    public static RunLock claim(Path dir) {
        return claim(dir, Duration.ZERO);
    }

    /**
     * Claims the run folder {@code dir}, waiting up to {@code wait} for a holder to let go: a
     * process that died on a network file system can keep its lock until the server notices (an
     * NFSv4 lease, 90 s by default).
     *
     * @throws Snn4jException with one line naming the folder and the holder when it is still held
     *     after {@code wait}
     */
    public static RunLock claim(Path dir, Duration wait) {
        Path file = dir.resolve(FILE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            Files.createDirectories(dir);
            Path key = dir.toRealPath().resolve(FILE);
            while (true) {
                String heldBy = "another thread of this process (pid " + ProcessHandle.current().pid() + ")";
                synchronized (HELD) {
                    Held mine = HELD.get(key);
                    if (mine != null && mine.owner == Thread.currentThread()) {
                        mine.claims++;
                        return new RunLock(file, key, mine);
                    }
                    if (mine == null) {
                        Attempt attempt = tryClaim(file);
                        if (attempt.held() != null) {
                            HELD.put(key, attempt.held());
                            return new RunLock(file, key, attempt.held());
                        }
                        heldBy = attempt.holder();
                    }
                }
                if (System.nanoTime() >= deadline) {
                    throw new Snn4jException(dir + ": run is being written by " + heldBy + " (lock " + FILE
                            + "); wait for it to end, or stop it" + (wait.isZero() ? "" : " (waited " + wait.toSeconds() + " s)"));
                }
                sleep();
            }
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot take the run's lock: " + dev.snn4j.IoErrors.reason(e), e);
        }
    }

    /**
     * Fails, as {@link #claim} would, when another process or thread holds {@code dir}'s claim;
     * writes nothing and creates nothing (a free run is not claimed either).
     */
    public static void requireFree(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Path key = dir.toRealPath().resolve(FILE);
            synchronized (HELD) {
                Held mine = HELD.get(key);
                if (mine != null) {
                    if (mine.owner == Thread.currentThread()) {
                        return;
                    }
                    throw new Snn4jException(dir + ": run is being written by another thread of this process (pid "
                            + ProcessHandle.current().pid() + ") (lock " + FILE + "); wait for it to end, or stop it");
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
                    if (shared == null) {
                        throw new Snn4jException(dir + ": run is being written by " + holder(channel) + " (lock " + FILE
                                + "); wait for it to end, or stop it");
                    }
                    shared.release();
                }
            }
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot check the run's lock: " + dev.snn4j.IoErrors.reason(e), e);
        }
    }

    /** A claim, or (held null) what the lock file says of the process that holds it. */
    private record Attempt(Held held, String holder) {}

    /** One try; the caller holds HELD's monitor, so no other thread has the file open meanwhile. */
    private static Attempt tryClaim(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                return new Attempt(null, holder);
            }
            writeHolder(channel);
            return new Attempt(new Held(channel, lock), null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The file this claim holds. */
    public Path file() {
        return file;
    }

    /** Lets go of this claim; the outermost claim of the thread empties the file and lets go of the run. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            if (--held.claims > 0) {
                return;
            }
            HELD.remove(key);
            try (FileChannel channel = held.channel) {
                channel.truncate(0);
                held.lock.release();
            } catch (IOException e) {
                throw new Snn4jException(file + ": cannot release the run's lock: " + dev.snn4j.IoErrors.reason(e), e);
            }
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String text = "pid " + ProcessHandle.current().pid() + " on " + hostName() + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? HOLDER_UNKNOWN : text.lines().findFirst().orElse(HOLDER_UNKNOWN);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "an unnamed host" : env;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Snn4jException("interrupted while waiting for a run's lock");
        }
    }
}
