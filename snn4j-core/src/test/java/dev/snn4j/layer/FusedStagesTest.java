/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which stages of a body run fused: conv-BN, spiking layer and max pool as one pass (on even maps
 * by row pairs, on odd maps by whole maps); an average pool is not fused, but the batch norm still
 * is. Either way the result is that of the stages run one by one.
 */
class FusedStagesTest {

    private static SpikingSequential body(Block pool) {
        return new SpikingSequential()
                .add("conv", new TimeDistributed(ConvBn.conv3x3(4, 1)))
                .add("sn", SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build())
                .add("pool", pool);
    }

    private static void check(int size, List<Shape> fused) {
        check(MaxPool2x2.stage(), size, fused);
    }

    private static void check(Block pool, int size, List<Shape> fused) {
        Engine.getInstance().setRandomSeed(41);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingSequential body = body(pool);
            Shape in = new Shape(2, 3, 2, size, size);
            body.initialize(m, DataType.FLOAT32, in);
            ParameterStore ps = new ParameterStore(m, false);
            NDArray x = m.randomNormal(in).mul(2f);
            // stage by stage, autograd formulation (no scope: nothing is fused in training)
            NDArray expected = body.forwardRange(ps, x, 0, 3, true, null);
            try (FusedBackward scope = FusedBackward.open()) {
                NDArray actual = body.forwardRange(ps, x, 0, 3, true, null);
                assertEquals(fused, scope.recordedOutputShapes());
                assertArrayEquals(expected.toFloatArray(), actual.toFloatArray(), 0f);
                // the fused pass starts from the convolution's output: the batch norm is inside it
                NDArray conv = TimeDistributed.apply(((ConvBn) ((TimeDistributed) body.stage(0)).inner()).conv(), ps, x,
                        true, null);
                assertArrayEquals(conv.toFloatArray(), scope.recordedInputs().get(0).toFloatArray(), 0f);
            }
        }
    }

    @Test
    void evenMapsFuseBatchNormNeuronAndPool() {
        check(6, List.of(new Shape(2, 3, 4, 3, 3)));
    }

    @Test
    void oddMapsFuseThePoolByWholeMaps() {
        check(5, List.of(new Shape(2, 3, 4, 2, 2)));
    }

    @Test
    void theStemsOverlappingPoolFuses() {
        Block pool = new TimeDistributed(Pool2d.builder().setKind(Pool2d.Kind.MAX).setKernel(3).optStride(2).optPadding(1).build());
        check(pool, 7, List.of(new Shape(2, 3, 4, 4, 4)));
    }

    @Test
    void anAveragePoolIsNotFusedButTheBatchNormStillIs() {
        check(new TimeDistributed(Pool2d.builder().setKind(Pool2d.Kind.AVG).setKernel(2).build()), 6,
                List.of(new Shape(2, 3, 4, 6, 6)));
    }
}
