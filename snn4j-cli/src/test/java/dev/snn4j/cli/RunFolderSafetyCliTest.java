/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never writes into a folder it has not claimed, and never next to another writer. */
class RunFolderSafetyCliTest {

    private static final String[] TINY = {"--train-limit", "64", "--test-limit", "32", "--epochs", "1", "--batch-size", "32",
        "--timesteps", "2"};

    /** Issue 12's data loss: `train --out` on a user's folder with run-like file names deleted them. */
    @Test
    void trainRefusesAUsersFolderAndChangesNothing(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir.resolve(".model-x"));
        Files.writeString(dir.resolve("config.json"), "{\"my\": \"own config\"}");
        Files.writeString(dir.resolve("metrics.json"), "{\"final\": {}}");
        Files.write(dir.resolve("model-0000.params"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve(".x.tmp"), "notes");
        Files.writeString(dir.resolve(".model-x/inside"), "mine too");
        Map<String, String> before = snapshot(tmp);
        CliRun r = run(args("train", "--out", dir.toString()));
        assertEquals(1, r.code(), r.err());
        assertEquals("error: --out " + dir + ": expected an empty folder or a snn4j run folder (snn4j-run.json), found 5 entries"
                + " (.model-x, .x.tmp, config.json, ...) that snn4j did not write; nothing was changed: choose another folder",
                r.err().strip());
        assertEquals(before, snapshot(tmp), "every byte as it was, nothing added");
        CliRun resume = run("train", "--resume", dir.toString());
        assertEquals(1, resume.code());
        assertEquals(1, resume.err().strip().lines().count(), resume.err());
        assertEquals(before, snapshot(tmp));
    }

    @Test
    void anEmptyOutIsAUsageError() {
        CliRun r = run("train", "--out", "");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("--out: expected a folder name, found an empty name"), r.err());
    }

    /** Two writers of one run: the second is refused in one line naming the first's PID, and writes nothing. */
    @Test
    void aSecondWriterIsRefusedWithTheHoldersPid(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Process holder = hold("new", dir);
        try {
            Map<String, String> before = snapshot(tmp);
            CliRun r = run(args("train", "--out", dir.toString()));
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("error: " + dir + ": run is being written by pid " + holder.pid() + " on "), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals(before, snapshot(tmp));
        } finally {
            release(holder);
        }
        // once it let go, the (unfinished) run is replaced by a new one; attack and eval --timesteps then claim it too
        CliRun trained = run(args("train", "--out", dir.toString()));
        assertEquals(0, trained.code(), trained.err());
        Process attackHolder = hold("existing", dir);
        try {
            CliRun attack = run("attack", "--run", dir.toString(), "--test-limit", "32");
            assertEquals(1, attack.code());
            assertTrue(attack.err().startsWith("error: " + dir + ": run is being written by pid " + attackHolder.pid()),
                    attack.err());
            assertTrue(Files.notExists(dir.resolve("attacks.json")));
            CliRun latency = run("eval", "--run", dir.toString(), "--timesteps", "1", "--test-limit", "32");
            assertEquals(1, latency.code());
            assertTrue(latency.err().startsWith("error: " + dir + ": run is being written by pid " + attackHolder.pid()),
                    latency.err());
            assertTrue(Files.notExists(dir.resolve("timesteps.json")));
            assertEquals(0, run("eval", "--run", dir.toString(), "--test-limit", "32").code(), "a plain eval writes nothing: no claim");
        } finally {
            release(attackHolder);
        }
    }

    private static String[] args(String... head) {
        String[] all = new String[head.length + TINY.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(TINY, 0, all, head.length, TINY.length);
        return all;
    }

    private static Process hold(String mode, Path dir) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunClaimHolder.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("claimed", line);
        return p;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }

    /** Every path under {@code dir} with the SHA-256 of its content. */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                out.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir" : !Files.isRegularFile(p) ? "special"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
