/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run folder's lock against real other processes, as two shards or two task attempts meet it. */
class RunLockTest {

    @Test
    void anotherProcessHoldingTheRunIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("default/trt-seed0");
        Process holder = start("hold", run);
        try {
            assertEquals("claimed", firstLine(holder));
            Snn4jException e = assertThrows(Snn4jException.class, () -> RunLock.claim(run));
            assertTrue(e.getMessage().startsWith(run + ": run is being written by pid " + holder.pid() + " on "), e.getMessage());
            assertTrue(e.getMessage().contains("(lock run.lock); wait for it to end, or stop it"), e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'));
        } finally {
            holder.getOutputStream().close(); // lets go
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (RunLock lock = RunLock.claim(run)) {
            assertTrue(Files.readString(lock.file()).startsWith("pid " + ProcessHandle.current().pid() + " on "));
        }
        assertEquals("", Files.readString(run.resolve(RunLock.FILE)), "emptied on release, and kept");
    }

    @Test
    void aKilledHolderLeavesNoClaimBehind(@TempDir Path dir) throws Exception {
        Process holder = start("hold", dir);
        assertEquals("claimed", firstLine(holder));
        holder.destroyForcibly().waitFor(); // SIGKILL: no close, no cleanup
        try (RunLock lock = RunLock.claim(dir)) {
            assertTrue(Files.isRegularFile(lock.file()));
        }
    }

    @Test
    void aClaimWaitsForTheHolderToLetGo(@TempDir Path dir) throws Exception {
        Process holder = start("hold", dir);
        assertEquals("claimed", firstLine(holder));
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(1_000);
                holder.getOutputStream().close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        long start = System.nanoTime();
        try (RunLock lock = RunLock.claim(dir, Duration.ofSeconds(60))) {
            assertTrue(System.nanoTime() - start >= 900_000_000L, "it waited for the holder");
        } finally {
            release.join();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * A claim from another thread of the same process fails, and failing does not drop the first
     * claim: closing any channel on a file drops every fcntl lock of the process on it, so the
     * second claim must not open the file at all.
     */
    @Test
    void aSecondClaimFromAnotherThreadFailsAndKeepsTheFirst(@TempDir Path dir) throws Exception {
        try (RunLock first = RunLock.claim(dir)) {
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread other = new Thread(() -> failure.set(assertThrows(Snn4jException.class, () -> RunLock.claim(dir))));
            other.start();
            other.join();
            assertTrue(failure.get().getMessage().contains(
                    "run is being written by another thread of this process (pid " + ProcessHandle.current().pid() + ")"),
                    failure.get().getMessage());
            Process process = start("try", dir);
            String line = firstLine(process);
            assertEquals(3, waitFor(process), "still held after the failed second claim: " + line);
            assertTrue(line.contains("run is being written by pid " + ProcessHandle.current().pid() + " on "), line);
        }
        Process other = start("try", dir);
        assertEquals("claimed", firstLine(other));
        assertEquals(0, waitFor(other));
    }

    /** The same thread may claim a run it holds (an experiment, then its training); the outermost close lets go. */
    @Test
    void nestedClaimsOfOneThreadLetGoWithTheOutermost(@TempDir Path dir) throws Exception {
        try (RunLock outer = RunLock.claim(dir)) {
            try (RunLock inner = RunLock.claim(dir)) {
                assertEquals(outer.file(), inner.file());
            }
            Process process = start("try", dir);
            String line = firstLine(process);
            assertEquals(3, waitFor(process), "still held after the inner claim closed: " + line);
        }
        Process other = start("try", dir);
        assertEquals("claimed", firstLine(other));
        assertEquals(0, waitFor(other));
    }

    private static Process start(String mode, Path dir) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "(no output)" : line;
    }

    private static int waitFor(Process process) throws Exception {
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the other process ended");
        return process.exitValue();
    }
}
