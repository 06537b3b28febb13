/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snn4j writes only into folders it claimed: the data-loss cases of issue 12, each refused in one line. */
class RunFolderSafetyTest {

    /** A user's folder with files named like a run's: refused, and every byte (and the listing) is unchanged. */
    @Test
    void aFolderThatIsNoRunIsNeverTouched(@TempDir Path tmp) throws Exception {
        Path dir = userFolder(tmp.resolve("mine"));
        Map<String, String> before = snapshot(dir);
        Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(dir));
        assertEquals("out " + dir + ": expected an empty folder or a snn4j run folder (snn4j-run.json), found 5 entries"
                + " (.model-x, .x.tmp, config.json, ...) that snn4j did not write; nothing was changed: choose another folder",
                e.getMessage());
        assertThrows(Snn4jException.class, () -> RunFolder.resume(dir));
        assertThrows(Snn4jException.class, () -> RunFolder.claimExisting(dir));
        assertThrows(Snn4jException.class, () -> RunFolder.claim(dir, java.time.Duration.ZERO));
        assertEquals(before, snapshot(dir), "no file added, removed or changed");
    }

    @Test
    void anEmptyPathIsRefused() {
        Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(Path.of("")));
        assertEquals("out: expected a folder, found an empty path", e.getMessage());
    }

    @Test
    void aNewRunWritesItsMarkerFirst(@TempDir Path tmp) throws Exception {
        for (Path dir : List.of(tmp.resolve("absent/run"), Files.createDirectory(tmp.resolve("empty")))) {
            try (RunFolder run = RunFolder.create(dir)) {
                assertEquals(List.of(RunMarker.FILE, RunLock.FILE), names(dir), "the marker, and the lock held");
                assertFalse(run.isFinished());
                RunMarker marker = RunMarker.read(dir);
                assertEquals("running", marker.status());
                assertEquals(RunMarker.FORMAT_VERSION, marker.formatVersion());
                assertEquals(36, marker.runId().length(), "a UUID");
                run.writeConfig(Json.mapper().createObjectNode());
                run.writeMetrics("baseline", Map.of(), List.of(), Json.mapper().createObjectNode());
                run.markFinished();
                assertTrue(run.isFinished());
                assertEquals(marker.runId(), RunMarker.read(dir).runId(), "the same run, finished");
            }
        }
    }

    /** A killed run (marker running) is replaced by a new one: its files go, the identity is new. */
    @Test
    void anUnfinishedRunIsReplaced(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        String first;
        try (RunFolder run = RunFolder.create(dir)) {
            run.writeConfig(Json.mapper().createObjectNode());
            Files.writeString(dir.resolve(Checkpoint.FILE), "old checkpoint");
            Files.writeString(dir.resolve(".config.json.123.tmp"), "half");
            first = RunMarker.read(dir).runId();
        }
        try (RunFolder run = RunFolder.create(dir)) {
            assertEquals(List.of(RunMarker.FILE, RunLock.FILE), names(dir));
            assertFalse(first.equals(RunMarker.read(dir).runId()));
        }
    }

    /** Finished is the marker's word: a damaged metrics.json does not make a finished run look unfinished. */
    @Test
    void aFinishedRunWithDamagedMetricsIsNotOverwritten(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(dir)) {
            run.writeConfig(Json.mapper().createObjectNode());
            run.writeMetrics("baseline", Map.of(), List.of(), Json.mapper().createObjectNode());
            run.markFinished();
        }
        Files.writeString(dir.resolve(RunFolder.METRICS), "{\"schema_version\": 1, \"epo");
        Map<String, String> before = snapshot(dir);
        Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(dir));
        assertTrue(e.getMessage().endsWith("found a finished run (it is never overwritten)"), e.getMessage());
        assertTrue(new RunFolder(dir).isFinished());
        assertEquals(before, snapshot(dir));
    }

    /** A damaged marker is reported as damaged, and the folder is left alone. */
    @Test
    void aDamagedMarkerIsReportedNotOverwritten(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(dir)) {
            run.writeConfig(Json.mapper().createObjectNode());
        }
        for (String damage : List.of("{\"format_version\": 1, \"run_i", "[]", "{}",
                "{\"format_version\":1,\"run_id\":\"x\",\"created\":\"t\",\"snn4j_version\":\"v\",\"status\":\"done\"}",
                "{\"format_version\":9,\"run_id\":\"x\",\"created\":\"t\",\"snn4j_version\":\"v\",\"status\":\"running\"}")) {
            Files.writeString(dir.resolve(RunMarker.FILE), damage);
            Map<String, String> before = snapshot(dir);
            Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(dir), damage);
            assertTrue(e.getMessage().contains("found a damaged one (" + dir.resolve(RunMarker.FILE) + ": "), e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'));
            assertFalse(new RunFolder(dir).isFinished());
            assertEquals(before, snapshot(dir), damage);
        }
    }

    /** Run folders from before the marker: recognised by complete config.json and metrics.json. */
    @Test
    void earlierRunsAreRecognisedWithoutAMarker(@TempDir Path tmp) throws Exception {
        Path finished = OldRunFoldersTest.copy(OldRunFoldersTest.fixture("cnn3-baseline"), tmp.resolve("finished"));
        assertTrue(new RunFolder(finished).isFinished());
        Map<String, String> before = snapshot(finished);
        Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(finished));
        assertTrue(e.getMessage().endsWith("found a finished run (it is never overwritten)"), e.getMessage());
        assertEquals(before, snapshot(finished));

        Path killed = OldRunFoldersTest.copy(OldRunFoldersTest.fixture("cnn3-baseline"), tmp.resolve("killed"));
        ObjectNode metrics = (ObjectNode) Json.mapper().readTree(killed.resolve(RunFolder.METRICS).toFile());
        metrics.remove("final");
        Files.writeString(killed.resolve(RunFolder.METRICS), metrics.toString());
        assertFalse(new RunFolder(killed).isFinished());
        e = assertThrows(Snn4jException.class, () -> RunFolder.create(killed));
        assertTrue(e.getMessage().endsWith("found an unfinished run of an earlier snn4j (no snn4j-run.json): continue it with `resume`,"
                + " or choose another folder"), e.getMessage());
        try (RunFolder resumed = RunFolder.resume(killed)) {
            assertEquals("running", RunMarker.read(killed).status(), "claimed from now on");
        }
        // a damaged metrics.json of an earlier run: damaged, not unfinished
        Files.writeString(killed.resolve(RunFolder.METRICS), "{\"schema_version\": 1, \"epo");
        Files.delete(killed.resolve(RunMarker.FILE));
        e = assertThrows(Snn4jException.class, () -> RunFolder.resume(killed));
        assertTrue(e.getMessage().contains("found a damaged one (" + killed.resolve(RunFolder.METRICS) + ": cannot read JSON"),
                e.getMessage());
    }

    /** Final results that claim success hold numbers only: a NaN is refused and nothing is marked finished. */
    @Test
    void finalResultsWithNanAreNotRecorded(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        try (RunFolder run = RunFolder.create(dir)) {
            ObjectNode fin = Json.mapper().createObjectNode().put("test_accuracy", 0.5);
            fin.putObject("energy").put("asfr", Double.NaN);
            Snn4jException e = assertThrows(Snn4jException.class, () -> run.writeMetrics("baseline", Map.of(), List.of(), fin));
            assertEquals(dir.resolve(RunFolder.METRICS) + ": expected finite results of a finished run, found final.energy.asfr"
                    + " = NaN; the run is not marked finished", e.getMessage());
            assertFalse(Files.exists(dir.resolve(RunFolder.METRICS)));
            assertFalse(run.isFinished());
        }
    }

    /** A second writer, in another process, is refused in one line that names the holder's PID. */
    @Test
    void aSecondWriterIsRefusedWithTheHoldersPid(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(), "hold", dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("claimed", reader.readLine());
            Snn4jException e = assertThrows(Snn4jException.class, () -> RunFolder.create(dir));
            assertTrue(e.getMessage().startsWith(dir + ": run is being written by pid " + holder.pid() + " on "), e.getMessage());
            assertEquals(List.of(RunLock.FILE), names(dir), "no marker written");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (RunFolder run = RunFolder.create(dir)) {
            assertTrue(Files.isRegularFile(dir.resolve(RunMarker.FILE)));
        }
    }

    /** The files a careless {@code --out} might name, as a user's own: a config, metrics, parameters, temporary files. */
    static Path userFolder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".model-x"));
        Files.writeString(dir.resolve("config.json"), "{\"my\": \"own config\"}");
        Files.writeString(dir.resolve("metrics.json"), "{\"schema_version\": 1, \"epochs\": []}");
        Files.write(dir.resolve("model-0000.params"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve(".x.tmp"), "my temporary notes");
        Files.writeString(dir.resolve(".model-x/inside"), "mine too");
        return dir;
    }

    /** Every path under {@code dir} with the SHA-256 of its content ("dir" for folders). */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                String name = dir.relativize(p).toString();
                out.put(name, Files.isDirectory(p) ? "dir"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }
}
