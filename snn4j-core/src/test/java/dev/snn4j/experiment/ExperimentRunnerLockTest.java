/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.RunLockHolder;
import dev.snn4j.train.TrainingListener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes sharing an experiment folder never write the same run: the second one stops at the claim. */
class ExperimentRunnerLockTest {

    @Test
    void aRunHeldByAnotherProcessIsNotTouched(@TempDir Path dir) throws Exception {
        List<ExperimentGrid.Run> runs = ExperimentGrid.expand(Json.mapper().readTree(
                "{\"methods\": [\"trt\"], \"seeds\": [0], \"epochs\": 1, \"train_limit\": 64, \"test_limit\": 32}"), "grid.yaml");
        Path runDir = ExperimentRunner.runDir(dir, runs.get(0));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(), "hold", runDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("claimed", line);
            Snn4jException e = assertThrows(Snn4jException.class,
                    () -> new ExperimentRunner(dir, System.getenv(), r -> TrainingListener.NONE).runAll(runs));
            assertTrue(e.getMessage().startsWith(runDir + ": run is being written by pid " + holder.pid() + " on "), e.getMessage());
            assertFalse(Files.exists(new RunFolder(runDir).config()), "nothing written");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
