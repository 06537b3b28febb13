/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.snn4j.neuron.kernel.FusedBackward;
import dev.snn4j.neuron.kernel.FusedKernel;
import org.junit.jupiter.api.Test;

/**
 * A residual block's second half in one fused pass: batch norm of y, plus the shortcut r, then the
 * spiking layer ({@code Fusion} with a residual), against DJL's batch norm, an add and the layer's
 * autograd formulation: spikes equal, gradients of y, of what r was computed from, of gamma and beta
 * to float rounding; with and without the batch norm, in training and in inference.
 */
class FusedResidualTest {

    private static final float EPS = 1e-5f;
    private static final float MOMENTUM = 0.9f;

    private record Run(float[] spikes, float[] gradY, float[] gradBase, float[] gradGamma) {}

    /** r = 1.5 base, so that r's gradient must reach base through autograd. */
    private static Run run(NeuronSpec spec, NDArray input, NDArray shortcutBase, NDArray[] state, boolean normalise,
            boolean training, NDArray weights, boolean fused) {
        NDArray y = input.duplicate();
        NDArray base = shortcutBase.duplicate();
        NDArray gamma = state[0].duplicate();
        NDArray beta = state[1].duplicate();
        NDArray mean = state[2].duplicate();
        NDArray var = state[3].duplicate();
        for (NDArray a : new NDArray[] {y, base, gamma, beta}) {
            a.setRequiresGradient(training);
        }
        SpikingNeuron neuron = SpikingNeuron.builder().setSpec(spec).build();
        ParameterStore ps = new ParameterStore(input.getManager(), false);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                FusedBackward scope = fused && training ? FusedBackward.open() : null) {
            NDArray r = dev.snn4j.Scalars.mul(base, 1.5f);
            NDArray out;
            if (fused) {
                FusedKernel.BatchNorm bn = normalise ? new FusedKernel.BatchNorm(gamma, beta, mean, var, EPS, MOMENTUM) : null;
                out = neuron.forwardFused(ps, y, new FusedKernel.Fusion(bn, null, 0, r), training, null).orElseThrow();
            } else {
                Shape shape = y.getShape();
                NDArray z = normalise ? BatchNorm.batchNorm(y.reshape(new Shape(-1).addAll(shape.slice(2))), mean, var,
                        gamma, beta, 1, MOMENTUM, EPS, training).singletonOrThrow().reshape(shape) : y;
                out = neuron.forward(ps, new NDList(z.add(r)), training, null).singletonOrThrow();
            }
            if (training) {
                NDArray loss = out.mul(weights).sum();
                if (fused) {
                    scope.backward(loss);
                } else {
                    collector.backward(loss);
                }
            }
            return new Run(out.toFloatArray(), training ? y.getGradient().toFloatArray() : null,
                    training ? base.getGradient().toFloatArray() : null,
                    training && normalise ? gamma.getGradient().toFloatArray() : null);
        }
    }

    private static void assertSame(Run expected, Run actual, String what) {
        assertArrayEquals(expected.spikes(), actual.spikes(), 0f, what + ": spikes");
        if (expected.gradY() != null) {
            Close.assertClose(expected.gradY(), actual.gradY(), 1e-4, what + ": dL/dy");
            Close.assertClose(expected.gradBase(), actual.gradBase(), 1e-4, what + ": dL/d(shortcut)");
        }
        if (expected.gradGamma() != null) {
            Close.assertClose(expected.gradGamma(), actual.gradGamma(), 1e-4, what + ": dL/dgamma");
        }
    }

    @Test
    void sameAsBatchNormThenAddThenTheLayer() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(51);
            NDArray y = m.randomNormal(new Shape(3, 4, 5, 6, 6)).mul(1.5f);
            NDArray base = m.randomUniform(0f, 1f, new Shape(3, 4, 5, 6, 6)).gt(0.6f).toType(y.getDataType(), false);
            NDArray[] state = {m.randomUniform(0.5f, 1.5f, new Shape(5)), m.randomUniform(-0.3f, 0.6f, new Shape(5)),
                m.randomUniform(-0.5f, 0.5f, new Shape(5)), m.randomUniform(0.5f, 2f, new Shape(5))};
            NDArray weights = m.randomNormal(new Shape(3, 4, 5, 6, 6));
            for (NeuronSpec spec : FusedNeuronTest.specs()) {
                for (boolean normalise : new boolean[] {true, false}) {
                    for (boolean training : new boolean[] {true, false}) {
                        String what = spec.describe() + (normalise ? " with batch norm" : "") + (training ? " training" : "");
                        assertSame(run(spec, y, base, state, normalise, training, weights, false),
                                run(spec, y, base, state, normalise, training, weights, true), what);
                    }
                }
            }
        }
    }

    /** A residual of another shape, or on a repeated (static) input, is declined: the caller adds it itself. */
    @Test
    void declinesAResidualItCannotAdd() {
        try (NDManager m = NDManager.newBaseManager()) {
            ParameterStore ps = new ParameterStore(m, false);
            SpikingNeuron lif = SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build();
            NDArray x = m.randomNormal(new Shape(2, 1, 2, 4, 4));
            assertTrue(lif.forwardFused(ps, x, new FusedKernel.Fusion(null, null, 0, x.duplicate()), false, null).isPresent());
            NDArray other = m.randomNormal(new Shape(2, 1, 2, 4, 2));
            assertFalse(lif.forwardFused(ps, x, new FusedKernel.Fusion(null, null, 0, other), false, null).isPresent(),
                    "another shape");
            NDArray once = m.randomNormal(new Shape(1, 2, 4, 4));
            assertFalse(lif.forwardFused(ps, once, new FusedKernel.Fusion(null, null, 2, once.duplicate()), false, null)
                    .isPresent(), "repeated input");
        }
    }
}
