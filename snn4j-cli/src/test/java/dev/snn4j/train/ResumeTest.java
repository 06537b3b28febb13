/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.TrainResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real training process is killed (SIGKILL) in the middle of an epoch; {@code --resume} then
 * finishes the run, which ends exactly as an uninterrupted run with the same settings.
 */
class ResumeTest {

    private static final String[] SETTINGS = {"--train-limit", "384", "--test-limit", "32", "--epochs", "3",
            "--batch-size", "16", "--timesteps", "2", "--method", "trt", "--seed", "3"};

    @Test
    void killedRunResumesToTheSameResult(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.snn4j.cli.Main", "train", "--out", killed.toString()));
        command.addAll(List.of(SETTINGS));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            waitForEpochs(killed, 1, process);
            Thread.sleep(400); // into epoch 2 (24 steps of ~50 ms)
        } finally {
            process.destroyForcibly().waitFor();
        }
        RunFolder run = RunFolder.open(killed);
        assertFalse(run.isFinished(), "killed before the end");
        JsonNode partial = run.readMetrics(); // complete, valid JSON despite the kill
        assertTrue(partial.get("epochs").size() >= 1 && partial.get("epochs").size() < 3);
        assertTrue(Files.isRegularFile(killed.resolve(Checkpoint.FILE)));

        TrainResult resumed = Trainer.resume(killed, System.getenv(), TrainingListener.NONE).run();
        assertTrue(run.isFinished());
        assertEquals(3, resumed.history().size());

        Path straight = dir.resolve("straight");
        TrainConfig config = TrainConfig.fromJson(run.readConfig().get("config"), "test").with("out", straight.toString());
        TrainResult reference = new Trainer(config, System.getenv(), TrainingListener.NONE).run();
        assertEquals(TrainerTest.withoutTimings(RunFolder.open(straight).readMetrics()), TrainerTest.withoutTimings(run.readMetrics()),
                "resumed run = uninterrupted run");
        assertEquals(reference.testAccuracy(), resumed.testAccuracy());

        assertThrows(Snn4jException.class, () -> Trainer.resume(killed, System.getenv(), TrainingListener.NONE),
                "a finished run is not resumed");
    }

    @Test
    void corruptCheckpointIsOneLineError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        TrainConfig config = TrainerTest.tiny(out, "baseline");
        new Trainer(config, System.getenv(), TrainingListener.NONE).run();
        ObjectNode metrics = (ObjectNode) RunFolder.open(out).readMetrics();
        metrics.remove("final");
        Files.writeString(out.resolve("metrics.json"), metrics.toString());
        Path marker = out.resolve("snn4j-run.json"); // as a killed run left it: still running
        Files.writeString(marker, Files.readString(marker).replace("\"finished\"", "\"running\""));
        Files.write(out.resolve(Checkpoint.FILE), "SNN4JCKP garbage".getBytes());
        Snn4jException e = assertThrows(Snn4jException.class,
                () -> Trainer.resume(out, System.getenv(), TrainingListener.NONE).run());
        assertTrue(e.getMessage().startsWith(out.resolve(Checkpoint.FILE).toString()), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    private static void waitForEpochs(Path run, int epochs, Process process) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        Path metrics = run.resolve("metrics.json");
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the training process ended early: see child.err");
            if (Files.isRegularFile(metrics) && Json.mapper().readTree(metrics.toFile()).get("epochs").size() >= epochs) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no epoch finished in 180 s");
    }
}
