/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import org.junit.jupiter.api.Test;

/**
 * The TRT objective pushes [x; reversed] through the model's parts. In evaluation mode (batch norm
 * on running statistics) each half can be recomputed independently and must agree exactly.
 */
class TrtObjectiveTest {

    private static TrtSettings settings(ReversalPoint mode, int reverseAt) {
        TrtSettings d = TrtSettings.defaults();
        return d.toBuilder().reverse(mode).reverseAt(reverseAt).build();
    }

    private static SpikingModel model(NDManager m, InputEncoding encoding, int batch) {
        Engine.getInstance().setRandomSeed(5);
        ModelSpec spec = new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), 3, 10, new long[] {1, 12, 12}, encoding);
        SpikingModel net = ModelPreset.build(spec);
        net.initialize(m, DataType.FLOAT32, net.inputShape(batch));
        return net;
    }

    @Test
    void featureReversalFlipsTheStemSpikes() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m, InputEncoding.DIRECT, 2);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 1, 12, 12)).mul(3f);
            TrtObjective trt = new TrtObjective(settings(ReversalPoint.AUTO, 1), net);
            assertEquals(ReversalPoint.FEATURE, trt.mode());
            NDArray paired = trt.pairedFeatures(net, ps, x, false);
            assertEquals(new Shape(3, 4, 128), paired.getShape());
            NDArray original = net.features(ps, x, false);
            NDArray reversed = net.body(ps, net.stem(ps, x, false).flip(0), 0, net.bodyStages(), false);
            assertArrayEquals(original.toFloatArray(), paired.get(":, 0:2").toFloatArray(), 0f);
            assertArrayEquals(reversed.toFloatArray(), paired.get(":, 2:4").toFloatArray(), 0f);
        }
    }

    @Test
    void laterReversalPointRunsThePrefixOnce() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m, InputEncoding.DIRECT, 2);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 1, 12, 12)).mul(3f);
            TrtObjective trt = new TrtObjective(settings(ReversalPoint.FEATURE, 2), net);
            NDArray paired = trt.pairedFeatures(net, ps, x, false);
            NDArray prefix = net.body(ps, net.stem(ps, x, false), 0, 3, false);
            NDArray reversed = net.body(ps, prefix.flip(0), 3, net.bodyStages(), false);
            assertArrayEquals(net.features(ps, x, false).toFloatArray(), paired.get(":, 0:2").toFloatArray(), 0f);
            assertArrayEquals(reversed.toFloatArray(), paired.get(":, 2:4").toFloatArray(), 0f);
        }
    }

    @Test
    void inputReversalFlipsTemporalInput() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m, InputEncoding.TEMPORAL, 2);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(3, 2, 1, 12, 12)).mul(3f);
            TrtObjective trt = new TrtObjective(settings(ReversalPoint.AUTO, 1), net);
            assertEquals(ReversalPoint.INPUT, trt.mode());
            NDArray paired = trt.pairedFeatures(net, ps, x, false);
            assertArrayEquals(net.features(ps, x.flip(0), false).toFloatArray(), paired.get(":, 2:4").toFloatArray(), 0f);
        }
    }

    @Test
    void inputReversalOfStaticDataIsRefused() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m, InputEncoding.DIRECT, 2);
            Snn4jException e = assertThrows(Snn4jException.class, () -> new TrtObjective(settings(ReversalPoint.INPUT, 1), net));
            assertTrue(e.getMessage().startsWith("trt_reverse input: expected temporal data"), e.getMessage());
        }
    }

    @Test
    void objectiveReportsFourFiniteTermsAndOriginalLogits() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = model(m, InputEncoding.DIRECT, 4);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(4, 1, 12, 12)).mul(3f);
            NDArray y = m.create(new int[] {1, 2, 3, 4});
            TrainingObjective.Result r = new TrtObjective(TrtSettings.defaults(), net).compute(net, ps, x, y, false);
            assertEquals(java.util.List.of("ce", "reversed_ce", "consistency_kl", "star_ce"),
                    r.terms().stream().map(LossTerm::name).toList());
            r.terms().forEach(term -> assertTrue(Float.isFinite(term.value().getFloat()), term.name()));
            assertEquals(TrtLoss.total(r.terms()).getFloat(), r.loss().getFloat(), 0f, "the loss is the weighted sum of the terms");
            assertArrayEquals(net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray(), r.logits().toFloatArray(), 1e-6f);
        }
    }
}
