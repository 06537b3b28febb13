/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.NeuronSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cnn3Test {

    static ModelSpec spec(int timesteps) {
        return new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), timesteps, 10, new long[] {1, 28, 28}, InputEncoding.DIRECT);
    }

    @Test
    void shapesOfStemBodyAndHead() {
        Engine.getInstance().setRandomSeed(1);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(4));
            net.initialize(m, DataType.FLOAT32, net.inputShape(3));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(3, 1, 28, 28));
            NDArray spikes = net.stem(ps, x, false);
            assertEquals(new Shape(4, 3, 32, 28, 28), spikes.getShape());
            NDArray features = net.body(ps, spikes, 0, net.bodyStages(), false);
            assertEquals(new Shape(4, 3, 128), features.getShape());
            assertEquals(new Shape(3, 128), SpikingModel.firingRates(features).getShape());
            assertEquals(new Shape(3, 10), net.forward(ps, new NDList(x), false).singletonOrThrow().getShape());
            // spikes are exactly 0 or 1
            NDArray binary = spikes.eq(0f).logicalOr(spikes.eq(1f));
            assertEquals(spikes.size(), binary.sum().getLong());
        }
    }

    @Test
    void parameterCountMatchesTheArchitecture() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(4));
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            long trainable = 0;
            for (Pair<String, Parameter> p : net.getParameters()) {
                if (p.getValue().requiresGradient()) {
                    trainable += p.getValue().getArray().size();
                }
            }
            long conv = 1 * 32 * 9 + 32 * 64 * 9 + 64 * 128 * 9;
            long bn = 2 * (32 + 64 + 128);
            long head = 128 * 10 + 10;
            assertEquals(conv + bn + head, trainable);
        }
    }

    @Test
    void spikingLayersAreNamedInForwardOrder() {
        SpikingModel net = ModelPreset.build(spec(2));
        List<String> names = net.spikingLayers().stream().map(SpikingModel.NamedNeuron::name).toList();
        assertEquals(List.of("stem.sn1", "body.sn2", "body.sn3"), names);
    }

    @Test
    void reversalPointsAreTheSpikingLayerBoundaries() {
        SpikingModel net = ModelPreset.build(spec(2));
        assertEquals(0, net.bodyStagesBeforeReversal(1));
        assertEquals(3, net.bodyStagesBeforeReversal(2)); // pool1, conv2, sn2
        assertEquals(6, net.bodyStagesBeforeReversal(3));
        // the max pool after a reversal point commutes with the reversal and runs before it
        assertEquals(1, net.reversalStage(1));
        assertEquals(4, net.reversalStage(2));
        assertEquals(6, net.reversalStage(3));
        Snn4jException e = assertThrows(Snn4jException.class, () -> net.bodyStagesBeforeReversal(4));
        assertEquals("trt_reverse_at: expected one of 1, 2, 3 for model cnn3, found 4", e.getMessage());
    }

    @Test
    void nothingCarriesOverBetweenCalls() {
        Engine.getInstance().setRandomSeed(2);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(4));
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(2, 1, 28, 28));
            float[] first = net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray();
            net.forward(ps, new NDList(m.randomNormal(new Shape(2, 1, 28, 28))), false);
            float[] again = net.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray();
            assertArrayEquals(first, again, 0f);
        }
    }

    /** In a training step, sn1 and sn2 run fused with the max pools after them; sn3 on its own. */
    @Test
    void spikingLayersRunFusedWithTheMaxPoolsAfterThem() {
        Engine.getInstance().setRandomSeed(2);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel net = ModelPreset.build(spec(4));
            net.initialize(m, DataType.FLOAT32, net.inputShape(3));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(new Shape(3, 1, 28, 28));
            try (FusedBackward scope = FusedBackward.open()) {
                NDArray features = net.features(ps, x, true);
                assertEquals(new Shape(4, 3, 128), features.getShape());
                assertEquals(
                        List.of(new Shape(4, 3, 32, 14, 14), new Shape(4, 3, 64, 7, 7), new Shape(4, 3, 128, 7, 7)),
                        scope.recordedOutputShapes());
            }
        }
    }
}
