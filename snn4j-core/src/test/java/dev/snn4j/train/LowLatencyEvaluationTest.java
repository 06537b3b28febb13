/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.training.ParameterStore;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.model.TinyModels;
import dev.snn4j.run.SavedModel;
import dev.snn4j.run.TrainResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained at T = 3, reloaded at T' = 3 (the same model) and at T' = 1 (fewer spikes, the same encoding). */
class LowLatencyEvaluationTest {

    private static Evaluation.Result evaluate(Path dir, int timesteps, ArraySamples test) {
        try (SavedModel saved = SavedModel.load(dir, "cpu", spec -> TinyModels.cnn(spec.timesteps(), 3), timesteps)) {
            assertEquals(timesteps == 0 ? 3 : timesteps, saved.network().spec().timesteps());
            return Evaluation.run(saved.network(), new ParameterStore(saved.model().getNDManager(), false),
                    saved.model().getNDManager(), test, 16, s -> {});
        }
    }

    @Test
    void savedModelRunsAtFewerTimeSteps(@TempDir Path tmp) {
        ArraySamples train = SnnTrainingTest.data(96, 1);
        ArraySamples test = SnnTrainingTest.data(48, 2);
        TrainResult result;
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(3, 3));
            result = SnnTraining.builder().setModel(model).setData(train, test).optEpochs(2).optBatchSize(16).build().fit();
            SavedModel.save(model, tmp, List.of("dark", "medium", "bright"), null);
        }
        Evaluation.Result atT = evaluate(tmp, 3, test);
        Evaluation.Result asTrained = evaluate(tmp, 0, test);
        assertEquals(result.testAccuracy(), atT.accuracy(), 0.0, "T' = T is the plain evaluation");
        assertEquals(asTrained.accuracy(), atT.accuracy(), 0.0);
        assertEquals(asTrained.asfr(), atT.asfr(), 0.0);
        assertEquals(asTrained.energy(), atT.energy());

        Evaluation.Result one = evaluate(tmp, 1, test);
        // direct encoding: the stem's convolution of the image (the only MAC layer) runs once, its current repeats
        assertEquals(atT.energy().get("macs_per_sample"), one.energy().get("macs_per_sample"));
        // synaptic operations are spikes: at one step there are fewer
        double sopsAtT = (Double) atT.energy().get("sops_per_sample");
        double sopsAtOne = (Double) one.energy().get("sops_per_sample");
        assertTrue(sopsAtT > 0 && sopsAtOne < sopsAtT, sopsAtOne + " vs " + sopsAtT);
    }
}
