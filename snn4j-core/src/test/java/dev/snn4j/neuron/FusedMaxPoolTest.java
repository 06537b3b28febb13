/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.kernel.FusedKernel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A spiking layer fused with the 2×2 max pool after it (inside the fused kernel) against the layer's autograd formulation followed by DJL's max pool: pooled spikes
 * bit for bit, input gradients to float rounding (the pool's gradient goes to the same neuron of
 * every window, ties included), spike counts exact.
 */
class FusedMaxPoolTest {

    private static final Shape TWO = new Shape(2, 2);
    private static final FusedKernel.MaxPool TWO_BY_TWO = FusedKernel.MaxPool.TWO_BY_TWO;
    private static final FusedKernel.Fusion POOL = new FusedKernel.Fusion(null, TWO_BY_TWO, 0);

    record Run(float[] pooled, float[] grad, long count) {}

    /** LIF/IF then max pool over [T*B, C, H, W], loss = sum(pooled * weights); fused or not. */
    static Run run(NeuronSpec spec, NDArray input, int repeat, NDArray weights, boolean fused) {
        return run(spec, input, repeat, TWO_BY_TWO, weights, fused);
    }

    /** The same with any max pool window. */
    static Run run(NeuronSpec spec, NDArray input, int repeat, FusedKernel.MaxPool window, NDArray weights, boolean fused) {
        NeuronDynamics dynamics = new NeuronDynamics(spec);
        FusedKernel kernel = Kernels.of(spec);
        NDArray x = input.duplicate();
        x.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray pooled;
            long count;
            if (fused) {
                try (FusedBackward scope = FusedBackward.open()) {
                    FusedKernel.Fusion pool = new FusedKernel.Fusion(null, window, repeat);
                    assertTrue(kernel.canRun(x, pool, true));
                    FusedKernel.Output out = kernel.run(x, pool, true, true, true);
                    pooled = out.output();
                    count = out.spikeCount();
                    scope.backward(pooled.mul(weights).sum());
                }
            } else {
                NDArray s = repeat > 0 ? dynamics.runRepeated(x, repeat, null, true, false).spikes()
                        : dynamics.run(x, null, true, false).spikes();
                Shape shape = s.getShape();
                NDArray folded = s.reshape(new Shape(shape.get(0) * shape.get(1)).addAll(shape.slice(2)));
                NDArray p = Pool.maxPool2d(folded, new Shape(window.kernelH(), window.kernelW()),
                        new Shape(window.strideH(), window.strideW()), new Shape(window.padH(), window.padW()), window.ceil());
                pooled = p.reshape(new Shape(shape.get(0), shape.get(1)).addAll(p.getShape().slice(1)));
                count = (long) s.sum().getFloat();
                if (window.equals(TWO_BY_TWO)) {
                    assertTies(s);
                }
                collector.backward(pooled.mul(weights).sum());
            }
            return new Run(pooled.toFloatArray(), x.getGradient().toFloatArray(), count);
        }
    }

    /** The case must hold windows with no spike and windows with several, where the tie rule matters. */
    private static void assertTies(NDArray spikes) {
        Shape shape = spikes.getShape();
        int rank = shape.dimension();
        NDArray folded = spikes.reshape(-1, shape.get(rank - 2), shape.get(rank - 1));
        NDArray perWindow = Pool.avgPool2d(folded.expandDims(1), TWO, TWO, new Shape(0, 0), false, true); // spikes / 4
        assertTrue(perWindow.eq(0f).any().getBoolean(), "the case needs a window without spikes");
        assertTrue(perWindow.gte(0.5f).any().getBoolean(), "the case needs a window with several spikes");
    }

    static void assertSame(Run expected, Run actual, String what) {
        assertArrayEquals(expected.pooled(), actual.pooled(), 0f, what + ": pooled spikes");
        assertEquals(expected.count(), actual.count(), what + ": spike count");
        Close.assertClose(expected.grad(), actual.grad(), 2e-5, what + ": grad");
    }

    @Test
    void sameAsTheLayerThenDjlsMaxPoolForEveryOption() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(21);
            NDArray sequence = manager.randomNormal(new Shape(4, 2, 3, 6, 8)).mul(1.5f);
            NDArray once = manager.randomNormal(new Shape(2, 3, 6, 8)).mul(1.5f);
            NDArray weights = manager.randomNormal(new Shape(4, 2, 3, 3, 4));
            for (NeuronSpec spec : FusedNeuronTest.specs()) {
                assertSame(run(spec, sequence, 0, weights, false), run(spec, sequence, 0, weights, true),
                        spec.describe());
                assertSame(run(spec, once, 4, weights, false), run(spec, once, 4, weights, true),
                        spec.describe() + " repeated");
            }
        }
    }

    /** Maps of 28 × 28 over many channels: several tasks, blocks of whole row pairs, a short last block. */
    @Test
    void largeMapsSplitIntoBlocksAndTasks() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(22);
            // n = 37,632 neurons per step: two tasks of 2,016-neuron blocks (36 row pairs), the last one short
            NDArray x = manager.randomNormal(new Shape(3, 2, 24, 28, 28)).mul(1.5f);
            NDArray weights = manager.randomNormal(new Shape(3, 2, 24, 14, 14));
            NeuronSpec spec = NeuronSpec.defaults();
            assertSame(run(spec, x, 0, weights, false), run(spec, x, 0, weights, true), "28x28");
            NDArray once = manager.randomNormal(new Shape(2, 24, 28, 28)).mul(1.5f);
            assertSame(run(spec, once, 3, weights, false), run(spec, once, 3, weights, true), "repeated 28x28");
        }
    }

    /**
     * The layer offers the fused pool only where it is exact and its gradient can be carried: not
     * for maps smaller than the window, PLIF, a training step without a scope, or while a recorder
     * wants the spikes.
     */
    @Test
    void forwardFusedDeclinesWhatItCannotFuse() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ParameterStore ps = new ParameterStore(manager, false);
            SpikingNeuron lif = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            NDArray even = manager.randomNormal(new Shape(2, 1, 2, 4, 6));
            NDArray flat = manager.randomNormal(new Shape(2, 1, 2, 1, 6));
            assertTrue(lif.forwardFused(ps, even, POOL, false, null).isPresent(), "inference needs no scope");
            assertEquals(new Shape(2, 1, 2, 2, 3), lif.forwardFused(ps, even, POOL, false, null).get().getShape());
            assertFalse(lif.forwardFused(ps, flat, POOL, false, null).isPresent(), "maps of one row, windows of two");
            assertFalse(lif.forwardFused(ps, even, POOL, true, null).isPresent(), "training without a scope");
            try (FusedBackward scope = FusedBackward.open()) {
                assertTrue(lif.forwardFused(ps, even, POOL, true, null).isPresent(), "training in a scope");
                assertEquals(List.of(new Shape(2, 1, 2, 2, 3)), scope.recordedOutputShapes());
            }
            List<NDArray> seen = new ArrayList<>();
            lif.setRecorder(seen::add);
            assertFalse(lif.forwardFused(ps, even, POOL, false, null).isPresent(), "a recorder wants the spikes");
            lif.setRecorder(null);

            NeuronSpec plifSpec = new NeuronSpec(NeuronType.PLIF, 2, 1, 0.0, true, false, NeuronSpec.defaults().surrogate());
            SpikingNeuron plif = SpikingNeuron.builder().setSpec(plifSpec).build();
            plif.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, even.getShape());
            assertFalse(plif.forwardFused(ps, even, POOL, false, null).isPresent(), "PLIF");
        }
    }

    /** A counter sees the spikes before pooling, the same count on the fused and the plain path. */
    @Test
    void counterCountsTheUnpooledSpikes() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ParameterStore ps = new ParameterStore(manager, false);
            SpikingNeuron lif = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            NDArray x = manager.randomNormal(new Shape(3, 2, 4, 6, 6)).mul(2f);
            double[] counted = new double[2];
            lif.setCounter((spikes, slots) -> {
                counted[0] += spikes;
                counted[1] += slots;
            });
            assertTrue(lif.forwardFused(ps, x, POOL, false, null).isPresent());
            double fused = counted[0];
            assertEquals(x.size(), (long) counted[1]);
            NDArray spikes = lif.forward(ps, new NDList(x), false).singletonOrThrow();
            assertEquals(spikes.sum().getFloat(), counted[0] - fused, 0.0);
            assertEquals(spikes.sum().getFloat(), fused, 0.0);
            assertTrue(fused > 0 && fused < x.size(), "the case needs some spikes, not all");
        }
    }
}
