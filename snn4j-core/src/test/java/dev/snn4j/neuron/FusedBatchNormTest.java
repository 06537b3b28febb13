/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import dev.snn4j.neuron.kernel.FusedKernel;
import dev.snn4j.neuron.kernel.FusedBackward;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Batch norm fused into a spiking layer ({@link SpikingNeuron#forwardFused}) against DJL's
 * batch norm followed by the layer's autograd formulation (and DJL's max pool): spikes equal,
 * gradients of the input, gamma and beta to float rounding, running statistics updated alike; with
 * batch statistics (training), with running ones (inference), and with running ones and gradients
 * (attacks on an evaluation-mode model).
 */
class FusedBatchNormTest {

    private static final float EPS = 1e-5f;
    private static final float MOMENTUM = 0.9f;
    private static final Shape TWO = new Shape(2, 2);

    /** Outputs, dL/dy, dL/dgamma, dL/dbeta and the running statistics after the step. */
    private record Run(float[] out, float[] gradY, float[] gradGamma, float[] gradBeta, float[] runningMean,
            float[] runningVar) {}

    private enum Mode { TRAINING, INFERENCE, ATTACK }

    private static Run run(NeuronSpec spec, NDArray input, NDArray[] state, int repeat, boolean pool, Mode mode,
            NDArray weights, boolean fused) {
        NDManager m = input.getManager();
        NDArray y = input.duplicate();
        NDArray gamma = state[0].duplicate();
        NDArray beta = state[1].duplicate();
        NDArray runningMean = state[2].duplicate();
        NDArray runningVar = state[3].duplicate();
        boolean gradients = mode != Mode.INFERENCE;
        for (NDArray a : new NDArray[] {y, gamma, beta}) {
            a.setRequiresGradient(gradients);
        }
        boolean training = mode == Mode.TRAINING;
        PairList<String, Object> params = new PairList<>();
        if (mode == Mode.ATTACK) {
            params.add(SpikingNeuron.SURROGATE_IN_EVAL, true);
        }
        SpikingNeuron neuron = SpikingNeuron.builder().setSpec(spec).build();
        ParameterStore ps = new ParameterStore(m, false);
        NDArray out;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector();
                FusedBackward scope = fused && gradients ? FusedBackward.open() : null) {
            if (fused) {
                FusedKernel.BatchNorm bn = new FusedKernel.BatchNorm(gamma, beta, runningMean, runningVar, EPS, MOMENTUM);
                out = neuron.forwardFused(ps, y, new FusedKernel.Fusion(bn, pool ? FusedKernel.MaxPool.TWO_BY_TWO : null, repeat), training, params).orElseThrow();
            } else {
                out = reference(neuron, ps, y, gamma, beta, runningMean, runningVar, repeat, pool, training, params);
            }
            if (gradients) {
                NDArray loss = out.mul(weights).sum();
                if (fused) {
                    scope.backward(loss);
                } else {
                    collector.backward(loss);
                }
            }
        }
        return new Run(out.toFloatArray(),
                gradients ? y.getGradient().toFloatArray() : null,
                gradients ? gamma.getGradient().toFloatArray() : null,
                gradients ? beta.getGradient().toFloatArray() : null,
                runningMean.toFloatArray(), runningVar.toFloatArray());
    }

    /** DJL's batch norm on [N, C, H, W], the neuron (autograd), DJL's max pool. */
    private static NDArray reference(SpikingNeuron neuron, ParameterStore ps, NDArray y, NDArray gamma, NDArray beta,
            NDArray runningMean, NDArray runningVar, int repeat, boolean pool, boolean training,
            PairList<String, Object> params) {
        Shape shape = y.getShape();
        NDArray folded = repeat > 0 ? y : y.reshape(new Shape(-1).addAll(shape.slice(2)));
        NDArray z = BatchNorm.batchNorm(folded, runningMean, runningVar, gamma, beta, 1, MOMENTUM, EPS, training)
                .singletonOrThrow()
                .reshape(shape);
        NDArray s = repeat > 0 ? neuron.forward(ps, z, repeat, training, params)
                : neuron.forward(ps, new NDList(z), training, params).singletonOrThrow();
        if (!pool) {
            return s;
        }
        Shape spikes = s.getShape();
        NDArray p = Pool.maxPool2d(s.reshape(new Shape(-1).addAll(spikes.slice(2))), TWO, TWO, new Shape(0, 0), false);
        return p.reshape(new Shape(spikes.get(0), spikes.get(1)).addAll(p.getShape().slice(1)));
    }

    private static void assertSame(Run expected, Run actual, String what) {
        assertArrayEquals(expected.out(), actual.out(), 0f, what + ": spikes");
        if (expected.gradY() != null) {
            Close.assertClose(expected.gradY(), actual.gradY(), 1e-4, what + ": dL/dy");
            Close.assertClose(expected.gradGamma(), actual.gradGamma(), 1e-4, what + ": dL/dgamma");
            Close.assertClose(expected.gradBeta(), actual.gradBeta(), 1e-4, what + ": dL/dbeta");
        }
        Close.assertClose(expected.runningMean(), actual.runningMean(), 1e-5, what + ": running mean");
        Close.assertClose(expected.runningVar(), actual.runningVar(), 1e-5, what + ": running variance");
    }

    /** gamma, beta, running mean and variance of C channels, away from the defaults. */
    private static NDArray[] state(NDManager m, int channels) {
        return new NDArray[] {
            m.randomUniform(0.5f, 1.5f, new Shape(channels)),
            m.randomUniform(-0.3f, 0.6f, new Shape(channels)),
            m.randomUniform(-0.5f, 0.5f, new Shape(channels)),
            m.randomUniform(0.5f, 2f, new Shape(channels))
        };
    }

    @Test
    void sameAsDjlsBatchNormThenTheLayer() {
        NeuronSpec ifSoft = new NeuronSpec(NeuronType.IF, 2, 1.0, null, true, false, new SurrogateSpec(Surrogate.ATAN, 2));
        for (NeuronSpec spec : List.of(NeuronSpec.defaults(), ifSoft)) {
            for (Mode mode : Mode.values()) {
                for (boolean pool : new boolean[] {false, true}) {
                    try (NDManager m = NDManager.newBaseManager()) {
                        Engine.getInstance().setRandomSeed(31);
                        // conv outputs: per-channel offsets and scales, as batch norm meets them
                        NDArray offsets = m.randomUniform(-2f, 2f, new Shape(1, 1, 5, 1, 1));
                        NDArray sequence = m.randomNormal(new Shape(3, 4, 5, 6, 8)).mul(1.7f).add(offsets);
                        NDArray once = m.randomNormal(new Shape(4, 5, 6, 8)).mul(1.7f).add(offsets.squeeze(0));
                        NDArray[] state = state(m, 5);
                        Shape out = pool ? new Shape(3, 4, 5, 3, 4) : new Shape(3, 4, 5, 6, 8);
                        NDArray weights = m.randomNormal(out);
                        String what = spec.describe() + " " + mode + (pool ? " pooled" : "");
                        assertSame(run(spec, sequence, state, 0, pool, mode, weights, false),
                                run(spec, sequence, state, 0, pool, mode, weights, true), what);
                        assertSame(run(spec, once, state, 3, pool, mode, weights, false),
                                run(spec, once, state, 3, pool, mode, weights, true), what + " repeated");
                    }
                }
            }
        }
    }

    /** Many channels and maps: samples split over tasks, channel runs crossing kernel blocks. */
    @Test
    void largeInputsSplitOverTasksAndBlocks() {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(32);
            NDArray y = m.randomNormal(new Shape(2, 6, 24, 14, 14)).mul(1.5f);
            NDArray[] state = state(m, 24);
            NDArray weights = m.randomNormal(new Shape(2, 6, 24, 7, 7));
            assertSame(run(NeuronSpec.defaults(), y, state, 0, true, Mode.TRAINING, weights, false),
                    run(NeuronSpec.defaults(), y, state, 0, true, Mode.TRAINING, weights, true), "large");
        }
    }
}
