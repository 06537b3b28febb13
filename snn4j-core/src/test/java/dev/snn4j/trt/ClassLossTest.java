/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.InvalidSettingException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TET (Deng et al., 2022) on tiny logits worked by hand, and as the loss of both objectives. */
class ClassLossTest {

    @Test
    void tetIsTheMeanStepCrossEntropyPlusTheWeightedMse() {
        // T = 2, B = 1, C = 2, label 0. CE at t = 0: ln 2 = 0.693147; at t = 1: ln(1 + e^-2) = 0.126928;
        // mean 0.410038. MSE to φ = 1: ((0-1)² + (0-1)² + (1-1)² + (-1-1)²) / 4 = 1.5
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray steps = m.create(new float[] {0, 0, 1, -1}, new Shape(2, 1, 2));
            List<LossTerm> terms = ClassLoss.tet(0.25, 1).tetTerms("", steps, m.create(new int[] {0}), 1);
            assertEquals(List.of("tet_ce", "tet_mse"), terms.stream().map(LossTerm::name).toList());
            assertEquals(List.of(0.75, 0.25), terms.stream().map(LossTerm::weight).toList());
            assertEquals(0.410038, terms.get(0).value().getFloat(), 1e-6);
            assertEquals(1.5, terms.get(1).value().getFloat(), 1e-6);
            assertEquals(0.75 * 0.410038 + 0.25 * 1.5, TrtLoss.total(terms).getFloat(), 1e-6);
            // a weight scales both (TRT's reversed path): 0.5·0.75 and 0.5·0.25
            List<LossTerm> reversed = ClassLoss.tet(0.25, 1).tetTerms("reversed_", steps, m.create(new int[] {0}), 0.5);
            assertEquals(List.of("reversed_tet_ce", "reversed_tet_mse"), reversed.stream().map(LossTerm::name).toList());
            assertEquals(List.of(0.375, 0.125), reversed.stream().map(LossTerm::weight).toList());
        }
    }

    @Test
    void tetOfTwoBatchSamplesAveragesOverStepsAndSamples() {
        // T = 2, B = 2: rows (t, b); labels [1, 0]. CE(t0, b0) = ln 2; CE(t0, b1) = ln(1 + e^-2) (logit 1 for class 0);
        // CE(t1, b0) = ln(1 + e^-2) (logit 1 for class 1); CE(t1, b1) = ln 2
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray steps = m.create(new float[] {0, 0, 1, -1, -1, 1, 0, 0}, new Shape(2, 2, 2));
            List<LossTerm> terms = ClassLoss.TET.tetTerms("", steps, m.create(new int[] {1, 0}), 1);
            assertEquals((0.693147 + 0.126928) / 2, terms.get(0).value().getFloat(), 1e-6);
            assertEquals(List.of(1.0, 0.0), terms.stream().map(LossTerm::weight).toList(), "λ = 0: the MSE is reported, not weighed");
        }
    }

    @Test
    void badSettingsNameTheirKey() {
        assertEquals("tet_lambda: expected a number in [0, 1], found 1.5",
                assertThrows(InvalidSettingException.class, () -> ClassLoss.tet(1.5, 1)).getMessage());
    }

    private static SpikingModel model(NDManager m) {
        Engine.getInstance().setRandomSeed(5);
        ModelSpec spec = new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), 3, 4, new long[] {1, 8, 8}, InputEncoding.DIRECT);
        SpikingModel net = ModelPreset.build(spec);
        net.initialize(m, DataType.FLOAT32, net.inputShape(2));
        return net;
    }

    @Test
    void baselineTetReportsItsTermsAndTheMeanOutputIsThePlainOne() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 1, 8, 8)).mul(3f);
            NDArray y = m.create(new int[] {0, 3});
            TrainingObjective.Result r = new BaselineObjective(ClassLoss.tet(0.1, 1)).compute(net, ps, x, y, false);
            assertEquals(List.of("tet_ce", "tet_mse"), r.terms().stream().map(LossTerm::name).toList());
            // a linear head: the mean over T of head(s_t) is head(mean over T of s_t), the inference output
            assertArrayEquals(net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray(), r.logits().toFloatArray(), 1e-5f);
            assertEquals(TrtLoss.total(r.terms()).getFloat(), r.loss().getFloat(), 0f);
        }
    }

    @Test
    void trtTetReplacesBothPathsCrossEntropies() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 1, 8, 8)).mul(3f);
            NDArray y = m.create(new int[] {0, 3});
            for (StarHead head : StarHead.values()) {
                TrtSettings settings = TrtSettings.builder().starHead(head).reversedCe(0.5).build();
                TrainingObjective.Result r = new TrtObjective(settings, net, ClassLoss.TET).compute(net, ps, x, y, false);
                assertEquals(List.of("tet_ce", "tet_mse", "reversed_tet_ce", "reversed_tet_mse", "consistency_kl", "star_ce"),
                        r.terms().stream().map(LossTerm::name).toList());
                assertEquals(List.of(1.0, 0.0, 0.5, 0.0, 1.0, 1.0), r.terms().stream().map(LossTerm::weight).toList());
                assertArrayEquals(net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray(), r.logits().toFloatArray(), 1e-5f);
            }
        }
    }
}
