/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.neuron.Surrogate;
import org.junit.jupiter.api.Test;

class TrainConfigTest {

    @Test
    void jsonUsesSnakeCaseKeysAndUserFacingNames() {
        ObjectNode json = TrainConfig.defaults().toJson();
        assertEquals("fashion-mnist", json.get("dataset").asText());
        assertEquals("cnn3", json.get("model").asText());
        assertEquals(64, json.get("batch_size").asInt());
        assertEquals("sigmoid:4", json.get("surrogate").asText());
        assertEquals("auto", json.get("trt_reverse").asText());
        assertEquals(1.0, json.get("v_threshold").asDouble());
        assertEquals(TrainConfig.defaults(), TrainConfig.fromJson(json, "test"));
    }

    @Test
    void fileKeysOverrideDefaults() throws Exception {
        JsonNode node = Json.mapper().readTree("{\"epochs\": 7, \"method\": \"trt\", \"surrogate\": \"atan:2\", \"dataset\": \"mnist\"}");
        TrainConfig c = TrainConfig.fromJson(node, "exp.json");
        assertEquals(7, c.run().epochs());
        assertEquals(TrainingMethod.TRT, c.run().method());
        assertEquals(Surrogate.ATAN, c.neuron().surrogate().function());
        assertEquals(DatasetId.MNIST, c.data().dataset());
        assertEquals(64, c.run().batchSize());
    }

    @Test
    void invalidValuesNameTheSourceAndTheFlag() throws Exception {
        assertMessage("exp.json: epochs: expected an integer >= 1, found 0", "{\"epochs\": 0}");
        assertMessage("exp.json: unknown key 'epoch' (expected one of", "{\"epoch\": 3}");
        assertMessage("exp.json: method: expected one of baseline, trt, found 'tr'", "{\"method\": \"tr\"}");
        assertMessage("exp.json: epochs: expected an integer, found", "{\"epochs\": \"three\"}");
        assertMessage("exp.json: tau: expected a finite number > 1, found 0.5", "{\"tau\": 0.5}");
        assertMessage("exp.json: augment: expected", "{\"augment\": \"spin\"}");
        assertMessage("exp.json: batch_size: expected an integer >= 1, found -3", "{\"batch_size\": -3}");
    }

    private static void assertMessage(String expectedStart, String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json);
        Snn4jException e = assertThrows(Snn4jException.class, () -> TrainConfig.fromJson(node, "exp.json"));
        if (!e.getMessage().startsWith(expectedStart)) {
            throw new AssertionError("expected a message starting with '" + expectedStart + "', found '" + e.getMessage() + "'");
        }
        assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
    }

    @Test
    void softResetMeansNoResetPotential() {
        assertNull(TrainConfig.defaults().with("soft_reset", true).neuronSpec().vReset());
        assertEquals(0.0, TrainConfig.defaults().neuronSpec().vReset());
    }

    @Test
    void withRejectsUnknownKeys() {
        Snn4jException e = assertThrows(Snn4jException.class, () -> TrainConfig.defaults().with("epoch", 2));
        assertEquals("unknown setting 'epoch'", e.getMessage());
    }

    /** Run folders written before --normalize existed were trained with the dataset's mean and std. */
    @Test
    void savedConfigsWithoutNormalizeMeanTheDatasetNormalisation() throws Exception {
        ObjectNode old = TrainConfig.defaults().with("normalize", "none").toJson();
        old.remove("normalize");
        assertEquals(PixelNormalization.DATASET, TrainConfig.fromSavedJson(old, "config.json").data().normalize());
        ObjectNode recorded = TrainConfig.defaults().with("normalize", "none").toJson();
        assertEquals(PixelNormalization.NONE, TrainConfig.fromSavedJson(recorded, "config.json").data().normalize());
        assertMessage("exp.json: normalize: expected one of auto, dataset, none, found 'mean'", "{\"normalize\": \"mean\"}");
    }

    /** Run folders written before the star readings existed used r ⊙ r̂ of the rates and the shared head. */
    @Test
    void savedConfigsWithoutStarReadingsMeanTheDefaultReading() {
        ObjectNode recorded = TrainConfig.defaults().with("trt_star_at", "steps").with("trt_star_head", "auxiliary")
                .with("trt_star_scale", "sqrt").toJson();
        dev.snn4j.trt.TrtSettings kept = TrainConfig.fromSavedJson(recorded, "config.json").trt();
        assertEquals(java.util.List.of("steps", "auxiliary", "sqrt"),
                java.util.List.of(kept.starAt().cliName(), kept.starHead().cliName(), kept.starScale().cliName()));
        ObjectNode old = recorded.deepCopy();
        old.remove(java.util.List.of("trt_star_at", "trt_star_head", "trt_star_scale"));
        assertEquals(dev.snn4j.trt.TrtSettings.DEFAULTS, TrainConfig.fromSavedJson(old, "config.json").trt());
    }
}
