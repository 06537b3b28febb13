/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.kernel.FusedKernel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fused kernel ({@link SpikeKernel} with {@link FusedBackward}) against the autograd
 * formulation of {@link NeuronDynamics}: spikes bit for bit, gradients to float rounding, for every
 * neuron option and surrogate, for sequences and repeated currents, and through graphs with
 * several fused layers, shared inputs and constant inputs.
 */
class FusedNeuronTest {

    static List<NeuronSpec> specs() {
        List<NeuronSpec> specs = new ArrayList<>();
        for (NeuronType type : new NeuronType[] {NeuronType.IF, NeuronType.LIF}) {
            for (Double vReset : new Double[] {0.0, -0.3, null}) {
                for (boolean detach : new boolean[] {false, true}) {
                    for (boolean decay : new boolean[] {true, false}) {
                        for (Surrogate s : Surrogate.values()) {
                            specs.add(new NeuronSpec(type, 1.7, 0.8, vReset, decay, detach, new SurrogateSpec(s, 2.5)));
                        }
                    }
                }
            }
        }
        return specs;
    }

    /** Spikes and dL/dx of {@code loss(x)}, computed with or without the fused path. */
    private record Run(float[] spikes, float[] grad) {}

    private static Run run(NDManager manager, NDArray input, boolean fused, Function<NDArray, NDArray[]> model) {
        NDArray x = input.duplicate();
        x.setRequiresGradient(true);
        NDArray[] out;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            if (fused) {
                try (FusedBackward backward = FusedBackward.open()) {
                    out = model.apply(x);
                    backward.backward(out[1]);
                }
            } else {
                out = model.apply(x);
                collector.backward(out[1]);
            }
        }
        return new Run(out[0].toFloatArray(), x.getGradient().toFloatArray());
    }

    private static void assertSame(Run expected, Run actual, String what) {
        assertArrayEquals(expected.spikes(), actual.spikes(), 0f, what + ": spikes");
        Close.assertClose(expected.grad(), actual.grad(), 2e-5, what + ": grad");
    }

    @Test
    void sameSpikesAndGradientsAsAutogradForEveryOption() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(3);
            NDArray sequence = manager.randomNormal(new Shape(5, 3, 4, 6)).mul(1.3f);
            NDArray once = manager.randomNormal(new Shape(3, 4, 6)).mul(1.3f);
            NDArray weights = manager.randomNormal(new Shape(5, 3, 4, 6));
            for (NeuronSpec spec : specs()) {
                NeuronDynamics dynamics = new NeuronDynamics(spec);
                FusedKernel fused = Kernels.of(spec);
                Function<NDArray, NDArray[]> seq = x -> {
                    NDArray s = fused.canRun(x, FusedKernel.Fusion.NONE, true) ? fused.run(x, FusedKernel.Fusion.NONE, true, false, true).output()
                            : dynamics.run(x, null, true, false).spikes();
                    return new NDArray[] {s, s.mul(weights).sum()};
                };
                Function<NDArray, NDArray[]> rep = x -> {
                    NDArray s = fused.canRun(x, FusedKernel.Fusion.repeated(5), true) ? fused.run(x, FusedKernel.Fusion.repeated(5), true, false, true).output()
                            : dynamics.runRepeated(x, 5, null, true, false).spikes();
                    return new NDArray[] {s, s.mul(weights).sum()};
                };
                assertSame(run(manager, sequence, false, seq), run(manager, sequence, true, seq), spec.describe());
                assertSame(run(manager, once, false, rep), run(manager, once, true, rep), spec.describe() + " repeated");
            }
        }
    }

    /**
     * Two fused layers with a learned map between them, the first layer's spikes also used by the
     * loss directly, and a graph before the first layer: the gradient must flow through every path.
     */
    @Test
    void gradientsFlowThroughStackedLayersAndSharedSpikes() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(5);
            SpikingNeuron first = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            SpikingNeuron second = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            ParameterStore ps = new ParameterStore(manager, false);
            NDArray input = manager.randomNormal(new Shape(4, 2, 8)).mul(2f);
            NDArray mix = manager.randomNormal(new Shape(8, 8));
            NDArray readout = manager.randomNormal(new Shape(4, 2, 8));
            Function<NDArray, NDArray[]> model = x -> {
                NDArray a = first.forward(ps, new NDList(x.mul(1.5f).add(0.2f)), true).singletonOrThrow();
                NDArray b = second.forward(ps, new NDList(a.matMul(mix).add(x)), true).singletonOrThrow();
                NDArray loss = b.mul(readout).sum().add(a.mul(readout).sum().mul(0.5f));
                return new NDArray[] {b, loss};
            };
            assertSame(run(manager, input, false, model), run(manager, input, true, model), "stacked");
        }
    }

    /** A layer fed straight from data has no gradient to pass on; the step still completes. */
    @Test
    void aConstantCurrentIsNotAnError() {
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingNeuron neuron = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            NDArray data = manager.randomNormal(new Shape(3, 2, 5)).mul(3f);
            NDArray w = manager.ones(new Shape(3, 2, 5));
            w.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                    FusedBackward backward = FusedBackward.open()) {
                NDArray s = neuron.forward(new ParameterStore(manager, false), new NDList(data), true).singletonOrThrow();
                backward.backward(s.mul(w).sum());
                assertArrayEquals(s.toFloatArray(), w.getGradient().toFloatArray(), 0f);
            }
        }
    }

    /** Inference (no surrogate) runs the kernel without any scope and gives the same spikes. */
    @Test
    void inferenceSpikesMatch() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomNormal(new Shape(6, 50)).mul(2f);
            for (NeuronSpec spec : specs()) {
                NeuronDynamics dynamics = new NeuronDynamics(spec);
                FusedKernel fused = Kernels.of(spec);
                assertTrue(fused.canRun(x, FusedKernel.Fusion.NONE, false));
                assertArrayEquals(dynamics.run(x, null, false, false).spikes().toFloatArray(),
                        fused.run(x, FusedKernel.Fusion.NONE, false, false, true).output().toFloatArray(), 0f, spec.describe());
            }
        }
    }

    /** Threshold 0, soft reset (H[0] = x): Heaviside(0) = 1 for +0 and -0, the smallest negative float does not fire. */
    @Test
    void thresholdEdgesAreExact() {
        NeuronSpec spec = new NeuronSpec(NeuronType.IF, 2, 0.0, null, true, false, new SurrogateSpec(Surrogate.SIGMOID, 4));
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] values = {0f, -0f, -Float.MIN_VALUE, Float.MIN_VALUE, -1e-30f, Float.MAX_VALUE, -Float.MAX_VALUE};
            NDArray x = manager.create(values, new Shape(1, values.length));
            float[] spikes = Kernels.of(spec).run(x, FusedKernel.Fusion.NONE, false, false, true).output().toFloatArray();
            assertArrayEquals(new float[] {1, 1, 0, 1, 0, 1, 0}, spikes, 0f);
        }
    }

    /** One scope at a time (as DJL has one gradient collector); a second backward adds its own gradient. */
    @Test
    void oneScopeAtATimeAndBackwardAddsUp() {
        try (NDManager manager = NDManager.newBaseManager(); FusedBackward scope = FusedBackward.open()) {
            assertThrows(IllegalStateException.class, FusedBackward::open);
            NDArray w = manager.ones(new Shape(2));
            w.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                scope.backward(w.sum());
                scope.backward(w.sum().mul(w.sum()));
                assertArrayEquals(new float[] {5, 5}, w.getGradient().toFloatArray(), 0f, "1 + d(sum^2)/dw = 1 + 2 * 2");
            }
        }
    }
}
