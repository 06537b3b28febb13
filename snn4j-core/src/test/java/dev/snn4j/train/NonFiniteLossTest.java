/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Scalars;
import dev.snn4j.config.OptimizerSettings;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.model.TinyModels;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.RunFolder;
import dev.snn4j.trt.BaselineObjective;
import dev.snn4j.trt.LossTerm;
import dev.snn4j.trt.TrainingObjective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NaN or infinite loss stops the run at once, in one line, and the last good epoch stays (issue 12). */
class NonFiniteLossTest {

    /** The baseline objective, whose cross-entropy turns NaN from step {@code from} on (counting from 1). */
    private static final class PoisonedAfter implements TrainingObjective {
        private final BaselineObjective inner = new BaselineObjective();
        private final int from;
        private int steps;

        PoisonedAfter(int from) {
            this.from = from;
        }

        @Override
        public Result compute(SpikingModel model, ParameterStore ps, NDArray input, NDArray labels, boolean training) {
            Result r = inner.compute(model, ps, input, labels, training);
            if (!training || ++steps < from) {
                return r;
            }
            NDArray ce = Scalars.mul(r.terms().get(0).value(), Float.NaN);
            return new Result(ce, r.logits(), List.of(new LossTerm(r.terms().get(0).name(), 1.0, ce)));
        }

        @Override
        public String name() {
            return inner.name();
        }
    }

    @Test
    void aNanLossStopsTheRunAndKeepsTheLastGoodEpoch(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        // 48 samples in batches of 16: 3 steps per epoch; step 5 is step 2 of epoch 2
        NonFiniteLossException e;
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(2, 3));
            SnnTraining training = SnnTraining.builder().setModel(model)
                    .setData(SnnTrainingTest.data(48, 1), SnnTrainingTest.data(16, 2))
                    .optObjective(new PoisonedAfter(5)).optEpochs(3).optBatchSize(16).optRunFolder(dir).build();
            e = assertThrows(NonFiniteLossException.class, training::fit);
        }
        assertEquals("training stopped at step 2 of epoch 2: the loss is NaN (ce = NaN); the parameters of the last finished"
                + " epoch are kept; a smaller `lr` usually helps", e.getMessage());
        JsonNode metrics = RunFolder.open(dir).readMetrics();
        assertEquals(1, metrics.get("epochs").size(), "epoch 1 recorded");
        assertFalse(metrics.has("final"), "no success claimed");
        assertFalse(new RunFolder(dir).isFinished());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                assertFalse(Files.readString(f).contains("NaN"), f + " holds no NaN");
            }
        }
        // the checkpoint of epoch 1 is intact: the run resumes from it (and fails again at the same step)
        assertTrue(Files.isRegularFile(dir.resolve(Checkpoint.FILE)));
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(2, 3));
            SnnTraining resumed = SnnTraining.builder().setModel(model)
                    .setData(SnnTrainingTest.data(48, 1), SnnTrainingTest.data(16, 2))
                    .optObjective(new PoisonedAfter(2)).optEpochs(3).optBatchSize(16).optRunFolder(dir).optResume(true).build();
            e = assertThrows(NonFiniteLossException.class, resumed::fit);
        }
        assertTrue(e.getMessage().startsWith("training stopped at step 2 of epoch 2: "), e.getMessage());
    }

    /** A learning rate of 1e30 (the case) stops in the first epoch, before any metrics are written. */
    @Test
    void anAbsurdLearningRateStopsInTheFirstEpoch(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(2, 3));
            SnnTraining training = SnnTraining.builder().setModel(model)
                    .setData(SnnTrainingTest.data(96, 1), SnnTrainingTest.data(16, 2))
                    .optOptimizer(OptimizerSettings.DEFAULTS.toBuilder().lr(1e30).build()).optEpochs(2).optBatchSize(16)
                    .optRunFolder(dir).build();
            NonFiniteLossException e = assertThrows(NonFiniteLossException.class, training::fit);
            assertTrue(e.getMessage().matches("training stopped at step [2-6] of epoch 1: the loss is (NaN|Infinity) .*"),
                    e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve(RunFolder.METRICS)), "no epoch finished, none recorded");
        assertFalse(new RunFolder(dir).isFinished());
        assertTrue(Json.mapper().readTree(dir.resolve("snn4j-run.json").toFile()).get("status").asText().equals("running"));
    }
}
