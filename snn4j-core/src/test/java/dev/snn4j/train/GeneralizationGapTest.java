/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.Model;
import ai.djl.training.ParameterStore;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.model.TinyModels;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.run.TrainResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generalisation gap is the plain evaluation of the first N training samples: recomputing it
 * from the trained model gives the recorded numbers, and train − test is their difference.
 */
class GeneralizationGapTest {

    @Test
    void gapIsMeasuredOnTheFirstTrainingSamplesAfterTheLastEpochOrEveryEpoch() {
        ArraySamples train = SnnTrainingTest.data(96, 1);
        ArraySamples test = SnnTrainingTest.data(48, 2);
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(3, 3));
            TrainResult result = SnnTraining.builder().setModel(model).setData(train, test).optEpochs(2).optBatchSize(16)
                    .optTrainEvaluation(40, false).build().fit();
            assertNull(result.history().get(0).generalization(), "only after the last epoch");
            Map<String, Object> gap = result.history().get(1).generalization();
            SpikingModel net = (SpikingModel) model.getBlock();
            Evaluation.Result again = Evaluation.run(net, new ParameterStore(model.getNDManager(), false),
                    model.getNDManager(), train.limit(40), 7, s -> {});
            assertEquals(40, gap.get("samples"));
            assertEquals(again.accuracy(), (double) gap.get("train_accuracy"), 0.0);
            assertEquals(again.loss(), (double) gap.get("train_loss"), 1e-6);
            assertEquals(again.accuracy() - result.testAccuracy(), (double) gap.get("accuracy_gap"), 1e-12);
            assertEquals((double) gap.get("test_loss") - again.loss(), (double) gap.get("loss_gap"), 1e-6);
            assertEquals(gap.get("accuracy_gap"), result.toFinalJson().get("generalization").get("accuracy_gap").asDouble());
        }
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(3, 3));
            TrainResult result = SnnTraining.builder().setModel(model).setData(train, test).optEpochs(2).optBatchSize(16)
                    .optTrainEvaluation(500, true).build().fit();
            for (EpochMetrics epoch : result.history()) {
                assertEquals(96, epoch.generalization().get("samples"), "capped at the training set's size");
            }
        }
    }
}
