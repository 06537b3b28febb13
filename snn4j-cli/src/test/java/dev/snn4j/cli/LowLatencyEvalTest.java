/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --timesteps}: a saved run at T' = T is its plain evaluation; T' = 1 is recorded beside it. */
class LowLatencyEvalTest {

    @Test
    void staticRunAtOneAndAtTrainedTimesteps(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        CliRun train = run("train", "--train-limit", "128", "--test-limit", "64", "--epochs", "1", "--batch-size", "32",
                "--timesteps", "2", "--lr", "0.02", "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        CliRun plain = run("eval", "--run", runDir.toString(), "--json");
        CliRun atT = run("eval", "--run", runDir.toString(), "--timesteps", "2", "--json");
        CliRun one = run("eval", "--run", runDir.toString(), "--timesteps", "1", "--json");
        assertEquals(0, atT.code(), atT.err());
        assertEquals(0, one.code(), one.err());
        assertEquals(plain.json().get("test_accuracy").asDouble(), atT.json().get("test_accuracy").asDouble(), 0.0);
        assertEquals(plain.json().get("asfr").asDouble(), atT.json().get("asfr").asDouble(), 0.0);
        assertEquals(plain.json().get("energy"), atT.json().get("energy"));
        assertEquals(1, one.json().get("timesteps").asInt());
        assertEquals(atT.json().get("energy").get("macs_per_sample"), one.json().get("energy").get("macs_per_sample"),
                "the stem's convolution of the image runs once at any T'");

        JsonNode log = Json.mapper().readTree(runDir.resolve("timesteps.json").toFile()).get("evaluations");
        assertEquals(2, log.size());
        assertEquals(2, log.get(0).get("timesteps").asInt());
        assertEquals(1, log.get(1).get("timesteps").asInt());
        assertEquals(2, log.get(1).get("trained_timesteps").asInt());
        assertEquals(one.json().get("test_accuracy").asDouble(), log.get(1).get("test_accuracy").asDouble(), 0.0);

        CliRun bad = run("eval", "--run", runDir.toString(), "--timesteps", "0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--timesteps: expected an integer >= 1, found 0"), bad.err());
    }

    @Test
    void eventFramesAreReintegratedForFewerSteps(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("events");
        CliRun train = run("train", "--dataset", "shapes-dvs", "--train-limit", "80", "--test-limit", "40", "--epochs", "1",
                "--batch-size", "16", "--timesteps", "4", "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        CliRun two = run("eval", "--run", runDir.toString(), "--timesteps", "2", "--json");
        assertEquals(0, two.code(), two.err());
        assertEquals(2, two.json().get("timesteps").asInt());
        assertEquals(40, two.json().get("samples").asInt());
        CliRun four = run("eval", "--run", runDir.toString(), "--timesteps", "4", "--json");
        assertEquals(train.json().get("test_accuracy").asDouble(), four.json().get("test_accuracy").asDouble(), 0.0);
    }
}
