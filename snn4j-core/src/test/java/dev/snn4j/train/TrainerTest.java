/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.TrainResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small end-to-end runs: run folder contract and reproducibility. */
public class TrainerTest {

    /** metrics.json without what differs between identical runs (timings, memory, the final summary). */
    public static JsonNode withoutTimings(JsonNode metrics) {
        ObjectNode copy = metrics.deepCopy();
        copy.remove("final");
        for (JsonNode epoch : (com.fasterxml.jackson.databind.node.ArrayNode) copy.get("epochs")) {
            for (String key : List.of("seconds", "eval_seconds", "samples_per_second", "peak_memory_mb")) {
                ((ObjectNode) epoch).remove(key);
            }
        }
        return copy;
    }

    public static TrainConfig tiny(Path out, String method) {
        return TrainConfig.defaults()
                .with("method", method)
                .with("train_limit", 192)
                .with("test_limit", 96)
                .with("epochs", 2)
                .with("batch_size", 32)
                .with("timesteps", 2)
                .with("out", out.toString());
    }

    @Test
    void runFolderHoldsConfigMetricsAndModel(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        TrainResult result = new Trainer(tiny(out, "trt"), System.getenv(), TrainingListener.NONE).run();
        RunFolder run = RunFolder.open(out);

        JsonNode config = run.readConfig();
        assertEquals("trt", config.get("config").get("method").asText());
        assertEquals(2, config.get("config").get("timesteps").asInt());
        assertEquals("cnn3", config.get("model_spec").get("architecture").asText());
        assertEquals(10, config.get("model_spec").get("num_classes").asInt());
        assertEquals(192, config.get("data").get("train_samples").asInt());
        JsonNode provenance = config.get("provenance");
        for (String key : List.of("snn4j_version", "djl_version", "engine_version", "java_version", "os", "git_commit")) {
            assertTrue(provenance.hasNonNull(key), key);
        }

        JsonNode metrics = run.readMetrics();
        assertEquals(RunFolder.METRICS_SCHEMA, metrics.get("schema_version").asInt());
        assertEquals(2, metrics.get("epochs").size());
        JsonNode epoch = metrics.get("epochs").get(1);
        for (String key : List.of("epoch", "train_loss", "ce", "reversed_ce", "consistency_kl", "star_ce", "train_accuracy",
                "test_accuracy", "asfr", "firing_rates", "seconds", "learning_rate", "peak_memory_mb", "samples_per_second")) {
            assertTrue(epoch.has(key), "metrics.json epoch has " + key);
        }
        assertEquals(3, epoch.get("firing_rates").size());
        double mean = 0;
        for (JsonNode r : epoch.get("firing_rates")) {
            assertTrue(r.asDouble() >= 0 && r.asDouble() <= 1, "a firing rate is a fraction");
            mean += r.asDouble() / 3;
        }
        // after so few steps batch norm's running statistics can silence deep layers at test time,
        // but the stem's layer sees normalised input and must fire
        assertTrue(epoch.get("firing_rates").get("stem.sn1").asDouble() > 0);
        assertEquals(mean, epoch.get("asfr").asDouble(), 1e-12, "ASFR is the mean of the layer rates");
        assertEquals(result.testAccuracy(), metrics.get("final").get("test_accuracy").asDouble());
        double weighted = epoch.get("ce").asDouble() + epoch.get("reversed_ce").asDouble()
                + epoch.get("consistency_kl").asDouble() + epoch.get("star_ce").asDouble();
        assertEquals(weighted, epoch.get("train_loss").asDouble(), 1e-4, "train_loss = sum of the default-weighted terms");

        assertTrue(Files.size(run.params()) > 90_000 * 4, "parameters saved");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("config.json", "metrics.json", "model-0000.params", "run.lock", "snn4j-run.json"), names,
                    "no temporary files left; the checkpoint of a finished run is removed");
        }
        assertEquals("", Files.readString(out.resolve("run.lock")), "the lock let go");
        assertTrue(Files.readString(out.resolve("snn4j-run.json")).contains("\"status\" : \"finished\""));
    }

    @Test
    void sameSeedGivesTheSameMetrics(@TempDir Path dir) throws IOException {
        List<JsonNode> runs = new java.util.ArrayList<>();
        for (String name : List.of("a", "b")) {
            Path out = dir.resolve(name);
            new Trainer(tiny(out, "baseline").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();
            ObjectNode epoch = (ObjectNode) RunFolder.open(out).readMetrics().get("epochs").get(0);
            for (String timing : List.of("seconds", "eval_seconds", "samples_per_second", "peak_memory_mb")) {
                epoch.remove(timing);
            }
            runs.add(epoch);
        }
        assertEquals(runs.get(0), runs.get(1));
    }

    /** A killed run leaves complete files of its last epoch; the same command reruns it without cleanup. */
    @Test
    void unfinishedRunIsReplacedByARerun(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run");
        TrainConfig config = tiny(out, "baseline").with("epochs", 1);
        new Trainer(config, System.getenv(), TrainingListener.NONE).run();
        RunFolder run = RunFolder.open(out);
        // make it look killed after its first epoch: marker running, no final results, a temporary file left over
        Path marker = out.resolve("snn4j-run.json");
        Files.writeString(marker, Files.readString(marker).replace("\"finished\"", "\"running\""));
        ObjectNode metrics = (ObjectNode) run.readMetrics();
        metrics.remove("final");
        Files.writeString(run.metrics(), metrics.toString());
        Files.writeString(out.resolve(".metrics.json.123.tmp"), "{\"partial");
        assertTrue(!run.isFinished());

        TrainResult again = new Trainer(config, System.getenv(), TrainingListener.NONE).run();
        assertTrue(run.isFinished());
        assertTrue(Files.notExists(out.resolve(".metrics.json.123.tmp")));
        assertEquals(again.testAccuracy(), run.readMetrics().get("final").get("test_accuracy").asDouble());
    }
}
