/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import dev.snn4j.config.ConfigFiles;
import dev.snn4j.config.TrainingMethod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentGridTest {

    private static List<ExperimentGrid.Run> expand(String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json);
        return ExperimentGrid.expand(node, "exp.yaml");
    }

    @Test
    void crossProductOfListsMethodsAndSeeds() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"timesteps\": [2, 4], \"epochs\": 1, \"methods\": [\"baseline\", \"trt\"], \"seeds\": [0, 1, 2]}");
        assertEquals(2 * 2 * 3, runs.size());
        ExperimentGrid.Run first = runs.get(0);
        assertEquals("timesteps=2", first.group());
        assertEquals("baseline-seed0", first.name());
        assertEquals(2, first.config().model().timesteps());
        assertEquals(1, first.config().run().epochs());
        assertEquals(TrainingMethod.BASELINE, first.config().run().method());
        ExperimentGrid.Run last = runs.get(runs.size() - 1);
        assertEquals("timesteps=4", last.group());
        assertEquals("trt-seed2", last.name());
        assertEquals(TrainingMethod.TRT, last.config().run().method());
        assertEquals(2, last.config().run().seed());
    }

    @Test
    void baselineIsSharedAcrossTrtSettings() throws Exception {
        List<ExperimentGrid.Run> runs = expand("{\"trt_alpha\": [0, 1], \"trt_beta\": [0, 1], \"seeds\": [0, 1]}");
        long baselines = runs.stream().filter(r -> r.config().run().method() == TrainingMethod.BASELINE).count();
        long trt = runs.stream().filter(r -> r.config().run().method() == TrainingMethod.TRT).count();
        assertEquals(2, baselines, "one baseline per seed, not one per TRT setting");
        assertEquals(4 * 2, trt);
        assertTrue(runs.stream().filter(r -> r.config().run().method() == TrainingMethod.BASELINE).allMatch(r -> r.group().equals("default")));
        assertTrue(runs.stream().anyMatch(r -> r.group().equals("trt_alpha=0,trt_beta=1")));
    }

    @Test
    void shippedExamplesExpand() {
        List<ExperimentGrid.Run> target = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/fashion-mnist-cnn3.yaml")), "target");
        assertEquals(6, target.size());
        assertTrue(target.stream().allMatch(r -> r.config().run().epochs() == 3 && r.config().model().timesteps() == 4 && r.config().data().trainLimit() == 0));
        List<ExperimentGrid.Run> ablation = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-ablation.yaml")), "ablation");
        assertEquals(3 + 4 * 3, ablation.size(), "a shared baseline and four TRT variants, three seeds each");
    }

    /** Issue 16's grids: star readings (TRT only, a shared baseline) and the loss (baseline and TRT alike). */
    @Test
    void starReadingsAndLossesSweep() {
        List<ExperimentGrid.Run> study = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings.yaml")), "study");
        assertEquals(2 * (1 + 12) * 3, study.size(), "per loss: one baseline and 2 x 2 x 3 readings, three seeds");
        assertEquals(12 * 2 * 3, study.stream().filter(r -> r.config().run().method() == TrainingMethod.TRT).map(r -> r.config().trt()
                .starAt() + "/" + r.config().trt().starHead() + "/" + r.config().trt().starScale() + "/" + r.config().run().loss() + "/"
                + r.config().run().seed()).distinct().count());
        assertTrue(study.stream().anyMatch(r -> r.config().run().method() == TrainingMethod.BASELINE
                && r.config().run().loss() == dev.snn4j.trt.OutputLoss.TET && r.group().equals("loss=tet")));
        List<ExperimentGrid.Run> events = ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings-nfmnist.yaml")), "events");
        assertTrue(events.stream().anyMatch(r -> r.config().augmentations().equals(dev.snn4j.data.Augmentation.NDA)));
        assertEquals(2 + 6 * 2, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/trt-star-readings-tiny.yaml")), "tiny").size());
        assertEquals(8, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/tet-vs-ce-tiny.yaml")), "tet").size());
        assertEquals(8, ExperimentGrid.expand(ConfigFiles.readTree(Path.of("../examples/nda-tiny.yaml")), "nda").size());
    }

    @Test
    void badFilesAreNamed() {
        Snn4jException e = assertThrows(Snn4jException.class, () -> expand("{\"epochs\": 0}"));
        assertEquals("exp.yaml: epochs: expected an integer >= 1, found 0", e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"seed\": 3}"));
        assertTrue(e.getMessage().startsWith("exp.yaml: seed: expected it in 'methods'/'seeds'"), e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"timesteps\": []}"));
        assertEquals("exp.yaml: timesteps: expected at least one value, found an empty list", e.getMessage());
        e = assertThrows(Snn4jException.class, () -> expand("{\"seeds\": [\"x\"]}"));
        assertEquals("exp.yaml: seeds: expected integers, found 'x'", e.getMessage());
        assertThrows(Snn4jException.class, () -> expand("{\"no_such_setting\": 1}"));
        assertThrows(Snn4jException.class, () -> expand("[1, 2]"));
    }
}
