/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.eval.AttackLog;
import dev.snn4j.eval.LatencyLog;
import dev.snn4j.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment's {@code evaluate}: every finished run is evaluated at the T' and under the
 * attacks asked for, once; a rerun adds only what is missing.
 */
class ExperimentEvaluationsTest {

    private static final String GRID = "{\"methods\": [\"trt\"], \"seeds\": [0], \"epochs\": 1, \"timesteps\": 2, \"train_limit\": 128, "
            + "\"test_limit\": 64, \"batch_size\": 32, \"lr\": 0.02, \"evaluate\": {\"timesteps\": [1, 2], \"batch_size\": 16, "
            + "\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": \"8/255\"}]}}";

    @Test
    void everyRunIsEvaluatedOnceAndARerunAddsOnlyWhatIsMissing(@TempDir Path dir) throws Exception {
        List<ExperimentGrid.Run> runs = ExperimentGrid.expand(Json.mapper().readTree(GRID), "grid.yaml");
        ExperimentRunner runner = new ExperimentRunner(dir, System.getenv(), r -> TrainingListener.NONE);
        ExperimentRunner.Done done = runner.runAll(runs).get(0);
        assertEquals(ExperimentRunner.Outcome.TRAINED, done.outcome());
        assertEquals(3, done.evaluated().size(), done.evaluated().toString());

        JsonNode last = Json.mapper().readTree(done.dir().resolve("metrics.json").toFile()).get("epochs").get(0);
        JsonNode latency = Json.mapper().readTree(done.dir().resolve(LatencyLog.FILE).toFile()).get("evaluations");
        assertEquals(2, latency.size());
        assertEquals(1, latency.get(0).get("timesteps").asInt());
        JsonNode atT = latency.get(1);
        assertEquals(2, atT.get("timesteps").asInt());
        assertEquals(64, atT.get("samples").asInt());
        // at the trained T (and another batch size) the evaluation is the run's own
        assertEquals(last.get("test_accuracy").asDouble(), atT.get("test_accuracy").asDouble(), 0.0);
        assertEquals(last.get("asfr").asDouble(), atT.get("asfr").asDouble(), 1e-6);
        JsonNode attack = Json.mapper().readTree(done.dir().resolve(AttackLog.FILE).toFile()).get("attacks").get(0);
        assertEquals("fgsm", attack.get("method").asText());
        assertEquals(last.get("test_accuracy").asDouble(), attack.get("clean_accuracy").asDouble(), 0.0);
        assertTrue(attack.get("attacked_accuracy").asDouble() <= attack.get("clean_accuracy").asDouble() + 1e-9);

        byte[] latencyBytes = Files.readAllBytes(done.dir().resolve(LatencyLog.FILE));
        ExperimentRunner.Done again = runner.runAll(runs).get(0);
        assertEquals(ExperimentRunner.Outcome.SKIPPED, again.outcome());
        assertEquals(List.of(), again.evaluated(), "recorded evaluations are not repeated");
        assertEquals(new String(latencyBytes), Files.readString(done.dir().resolve(LatencyLog.FILE)));

        List<ExperimentGrid.Run> more = ExperimentGrid.expand(Json.mapper().readTree(GRID.replace("[1, 2]", "[1, 2, 3]")), "grid.yaml");
        ExperimentRunner.Done third = runner.runAll(more).get(0);
        assertEquals(List.of("T'=3"), third.evaluated().stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        assertEquals(3, Json.mapper().readTree(done.dir().resolve(LatencyLog.FILE).toFile()).get("evaluations").size());
    }
}
