/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which run folders the arguments name, and the one-line errors for bad arguments and broken run files. */
class ReportInputsTest {

    @TempDir
    Path tmp;

    @Test
    void findsRunsInRunAndExperimentFolders() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        assertEquals(9, RunDiscovery.discover(List.of(exp)).size(), "run folders and one level deeper");
        assertEquals(1, RunDiscovery.discover(List.of(exp.resolve("trt-seed0"))).size());
        assertEquals(2, RunDiscovery.discover(List.of(exp.resolve("ablation"))).size());
        assertEquals(9, RunDiscovery.discover(List.of(exp, exp.resolve("trt-seed0"))).size(), "each run once");
        Files.writeString(exp.resolve("notes.json"), ""); // files beside runs are ignored
        Files.createDirectories(exp.resolve("a/b/c"));
        RunFixtures.write(exp.resolve("a/b/c/too-deep"), RunFixtures.spec());
        assertEquals(9, RunDiscovery.discover(List.of(exp)).size(), "two levels below the argument at most");
        assertEquals(List.of("trt-alpha0.5-seed0", "trt-alpha0.5-seed1"), names(exp.resolve("ablation")));
        assertTrue(names(exp).contains("ablation/trt-alpha0.5-seed1"));
        assertEquals(List.of("trt-seed0"), names(exp.resolve("trt-seed0")));
        Path other = RunFixtures.write(tmp.resolve("other/runs/trt-seed0"), RunFixtures.spec().method("trt"));
        assertEquals(List.of("ablation/trt-alpha0.5-seed0", "ablation/trt-alpha0.5-seed1", "runs/trt-seed0"),
                names(exp.resolve("ablation"), tmp.resolve("other/runs")), "several arguments: prefixed by the argument");
        assertEquals(List.of("exp/trt-seed0", "other/runs/trt-seed0"), names(exp.resolve("trt-seed0"), other),
                "equal names: paths below the common parent");
    }

    private static List<String> names(Path... arguments) {
        List<Path> args = List.of(arguments);
        return List.copyOf(RunDiscovery.names(args, RunDiscovery.discover(args)).values());
    }

    @Test
    void badArgumentsAreOneLineErrorsNamingThem() throws Exception {
        Path missing = tmp.resolve("missing");
        assertEquals(missing + ": no such folder", error(missing));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals(file + ": not a folder", error(file));
        Path empty = Files.createDirectories(tmp.resolve("empty/sub"));
        assertEquals(tmp.resolve("empty") + ": no run folders (expected config.json in it, in its subfolders or in theirs)",
                error(tmp.resolve("empty")));
        assertNotNull(empty);

        Path run = RunFixtures.write(tmp.resolve("run"), RunFixtures.spec());
        Snn4jException into = assertThrows(Snn4jException.class, () -> Report.write(List.of(run), run, null));
        assertEquals(run + ": is a run folder; write the report to another folder", into.getMessage());
    }

    @Test
    void brokenRunFilesNameTheFile() throws Exception {
        Path run = RunFixtures.write(tmp.resolve("run"), RunFixtures.spec());
        Files.writeString(run.resolve("metrics.json"), "{\"epochs\": [");
        String m = error(run);
        assertTrue(m.startsWith(run.resolve("metrics.json") + ": cannot read JSON: "), m);
        assertEquals(1, m.lines().count());

        RunFixtures.write(run, RunFixtures.spec());
        Files.writeString(run.resolve("attacks.json"), "{\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": 0.1}]}");
        assertEquals(run.resolve("attacks.json") + ": attacks[0]: attacked_accuracy: missing", error(run));
        Files.writeString(run.resolve("attacks.json"),
                "{\"attacks\": [{\"epsilon\": 0.1, \"attacked_accuracy\": 0.5}, {\"epsilon\": \"big\", \"attacked_accuracy\": 0.5}]}");
        assertEquals(run.resolve("attacks.json") + ": attacks[1]: epsilon: expected a number, found \"big\"", error(run));
        Files.writeString(run.resolve("attacks.json"), "{\"attacks\": 3}");
        assertEquals(run.resolve("attacks.json") + ": expected {\"attacks\": [...]}, found {\"attacks\":3}", error(run));
        Files.delete(run.resolve("attacks.json"));

        Files.writeString(run.resolve("config.json"), "{\"settings\": {}}");
        assertEquals(run.resolve("config.json") + ": expected an object 'config' with the run's settings", error(run));
    }

    private String error(Path argument) {
        return assertThrows(Snn4jException.class, () -> Report.write(List.of(argument), tmp.resolve("out"), null)).getMessage();
    }
}
