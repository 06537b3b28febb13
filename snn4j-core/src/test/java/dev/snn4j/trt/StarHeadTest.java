/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.neuron.NeuronSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The auxiliary star head takes the star term's gradient away from the model's head: the head's
 * gradient no longer depends on β, while with the shared head it does.
 */
class StarHeadTest {

    private static float[] headGradient(StarHead head, double beta, List<String> auxiliaryNames) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(5);
            ModelSpec spec = new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), 2, 3, new long[] {1, 8, 8},
                    InputEncoding.DIRECT);
            SpikingModel net = ModelPreset.build(spec);
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            NDArray x = m.randomNormal(new Shape(2, 1, 8, 8)).mul(3f);
            NDArray y = m.create(new int[] {0, 2});
            TrtSettings settings = TrtSettings.builder().beta(beta).starHead(head).build();
            TrtObjective trt = new TrtObjective(settings, net);
            int before = net.getParameters().size();
            try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                collector.backward(trt.compute(net, new ParameterStore(m, false), x, y, true).loss());
            }
            assertEquals(before, net.getParameters().size(), "the model keeps its own parameters only");
            for (Pair<String, Parameter> p : trt.parameters()) {
                auxiliaryNames.add(p.getKey());
                assertFalse(p.getValue().getArray().getGradient().abs().sum().getFloat() == 0, p.getKey() + " is trained");
            }
            return net.headBlock().getParameters().get("weight").getArray().getGradient().toFloatArray();
        }
    }

    @Test
    void auxiliaryHeadTakesTheStarTermAwayFromTheModelsHead() {
        List<String> names = new java.util.ArrayList<>();
        float[] small = headGradient(StarHead.AUXILIARY, 0.1, names);
        float[] large = headGradient(StarHead.AUXILIARY, 5, new java.util.ArrayList<>());
        assertEquals(List.of("trt_star_head.weight", "trt_star_head.bias"), names);
        assertArrayEquals(small, large, 1e-6f, "β weighs a term the model's head does not see");
        float[] sharedSmall = headGradient(StarHead.SHARED, 0.1, new java.util.ArrayList<>());
        float[] sharedLarge = headGradient(StarHead.SHARED, 5, new java.util.ArrayList<>());
        assertFalse(java.util.Arrays.equals(sharedSmall, sharedLarge), "the shared head's gradient depends on β");
    }

    /** DJL's Trainer updates the block's parameters only: an auxiliary head would stay at its initial values. */
    @Test
    void djlTrainersBlockRefusesTheAuxiliaryHead() {
        try (NDManager m = NDManager.newBaseManager()) {
            ModelSpec spec = new ModelSpec(ModelPreset.CNN3, NeuronSpec.defaults(), 2, 3, new long[] {1, 8, 8}, InputEncoding.DIRECT);
            SpikingModel net = ModelPreset.build(spec);
            net.initialize(m, DataType.FLOAT32, net.inputShape(2));
            ObjectiveBlock block = new ObjectiveBlock(net, new TrtObjective(TrtSettings.builder().starHead(StarHead.AUXILIARY).build(), net));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> block.forward(new ParameterStore(m, false), new ai.djl.ndarray.NDList(m.randomNormal(new Shape(2, 1, 8, 8))),
                            new ai.djl.ndarray.NDList(m.create(new int[] {0, 1})), null));
            assertTrue(e.getMessage().contains("train with SnnTraining"), e.getMessage());
        }
    }
}
