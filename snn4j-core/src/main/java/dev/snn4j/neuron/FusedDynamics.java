/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.function.BiConsumer;

/**
 * The fused implementation of {@link NeuronDynamics} for IF and LIF on the CPU: the whole time
 * loop by {@link SpikeKernel} in one pass over the data, optionally with the batch norm before the
 * layer ({@link BatchNormKernel}) and the 2×2 max pool after it ({@link SpikePooling}) in the same
 * pass. With a surrogate the output is a leaf whose gradient the open {@link FusedBackward}
 * carries back to the input (and to the batch norm's gamma and beta).
 */
final class FusedDynamics {

    private final SpikeKernel kernel;

    FusedDynamics(NeuronSpec spec) {
        this.kernel = new SpikeKernel(spec);
    }

    /** Whether {@code spec} can run fused (IF and LIF; PLIF's tau is learned). */
    static boolean supports(NeuronSpec spec) {
        return SpikeKernel.supports(spec);
    }

    /**
     * Whether {@link #runFused} can take {@code x}: IF or LIF, float32 on the CPU, and, with a
     * surrogate, a {@link FusedBackward} open on this thread to carry the gradient.
     */
    boolean canFuse(NDArray x, int repeatSteps, boolean surrogate) {
        return x.getDataType() == DataType.FLOAT32
                && !x.getDevice().isGpu()
                && x.getShape().size() * Math.max(1, repeatSteps) <= Integer.MAX_VALUE
                && (!surrogate || FusedBackward.active() != null);
    }

    /**
     * Whether {@link #runFusedMaxPooled} or {@link #runFusedNormalized} can take {@code x}: {@link
     * #canFuse}, maps [T, B, C, H, W] (or [B, C, H, W] repeated), with H and W even for a max pool.
     */
    boolean canFuseMaps(NDArray x, int repeatSteps, boolean surrogate, boolean maxPool) {
        Shape shape = x.getShape();
        int rank = shape.dimension();
        return canFuse(x, repeatSteps, surrogate)
                && rank == (repeatSteps > 0 ? 4 : 5)
                && (!maxPool || shape.get(rank - 1) % 2 == 0 && shape.get(rank - 2) % 2 == 0);
    }

    /**
     * The same dynamics as {@link NeuronDynamics#run} / {@link NeuronDynamics#runRepeated}, computed by {@link SpikeKernel} in
     * one pass; with a surrogate the spikes are a leaf whose gradient the open {@link
     * FusedBackward} carries back to {@code x}. Call only when {@link #canFuse} holds.
     *
     * @param repeatSteps 0 for a sequence x [T, ...], else the step count of a repeated current x
     */
    NeuronDynamics.Output runFused(NDArray x, int repeatSteps, boolean surrogate) {
        return new NeuronDynamics.Output(fused(x, repeatSteps, surrogate, false, false).output(), null);
    }

    /**
     * The spikes of {@link #runFused} followed by a 2×2 max pool with stride 2 of every step's [C,
     * H, W] maps, in the same pass: [T, B, C, H/2, W/2]. Call only when {@link #canFuseMaps}
     * holds.
     *
     * @param countSpikes whether to count the spikes before pooling (firing rates)
     */
    Fused runFusedMaxPooled(NDArray x, int repeatSteps, boolean surrogate, boolean countSpikes) {
        return fused(x, repeatSteps, surrogate, true, countSpikes);
    }

    /** A fused run's output (spikes or pooled spikes) and its spike count (0 when not counted). */
    record Fused(NDArray output, long spikeCount) {}

    /**
     * Batch norm of {@code y} (per channel, over every other axis) followed by this layer, and
     * optionally by a 2×2 max pool, in one fused pass. With {@code batchStatistics} (training) the
     * batch's mean and variance normalise and the running statistics are updated in place, as DJL's
     * BatchNorm does; otherwise the running statistics normalise. The recorded backward gives y's
     * gradient and adds gamma's and beta's to theirs. Call only when {@link #canFuseMaps}
     * holds.
     */
    Fused runFusedNormalized(NDArray y, BatchNormParameters bn, boolean batchStatistics, int repeatSteps,
            boolean surrogate, boolean maxPool, boolean countSpikes) {
        Shape shape = y.getShape();
        int rank = shape.dimension();
        int channels = (int) shape.get(rank - 3);
        int inner = (int) (shape.get(rank - 2) * shape.get(rank - 1));
        int outer = Math.toIntExact(shape.size() / ((long) channels * inner));
        FloatBuffer values = FusedBackward.floats(y);
        float[] gamma = bn.gamma().toFloatArray();
        float[] beta = bn.beta().toFloatArray();
        double[] mean;
        double[] variance;
        if (batchStatistics) {
            BatchNormKernel.Stats stats = BatchNormKernel.stats(values, outer, channels, inner);
            mean = stats.mean();
            variance = stats.variance();
            updateRunning(bn, mean, variance, (long) outer * inner);
        } else {
            mean = toDoubles(bn.runningMean().toFloatArray());
            variance = toDoubles(bn.runningVar().toFloatArray());
        }
        double[] invStd = BatchNormKernel.inverseStd(variance, bn.epsilon());
        ChannelAffine affine = BatchNormKernel.affine(mean, invStd, gamma, beta, inner);
        return fused(y, repeatSteps, surrogate, maxPool, countSpikes, affine, (gradZ, sums) -> {
            BatchNormKernel.ParameterGradients grads = BatchNormKernel.backward(values, FusedBackward.floats(gradZ),
                    outer, channels, inner, mean, invStd, gamma, affine, batchStatistics, sums);
            NDManager manager = y.getManager();
            FusedBackward.addGradient(bn.gamma(), manager.create(grads.gamma(), bn.gamma().getShape()));
            FusedBackward.addGradient(bn.beta(), manager.create(grads.beta(), bn.beta().getShape()));
        });
    }

    /** running = momentum running + (1 - momentum) batch; the variance unbiased, as PyTorch keeps it. */
    private static void updateRunning(BatchNormParameters bn, double[] mean, double[] variance, long count) {
        double rate = 1f - bn.momentum(); // the float PyTorch receives from DJL
        double unbias = count > 1 ? (double) count / (count - 1) : 1;
        FloatBuffer runningMean = FusedBackward.floats(bn.runningMean());
        FloatBuffer runningVar = FusedBackward.floats(bn.runningVar());
        for (int c = 0; c < mean.length; c++) {
            runningMean.put(c, (float) ((1 - rate) * runningMean.get(c) + rate * mean[c]));
            runningVar.put(c, (float) ((1 - rate) * runningVar.get(c) + rate * variance[c] * unbias));
        }
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private Fused fused(NDArray x, int repeatSteps, boolean surrogate, boolean maxPool, boolean countSpikes) {
        return fused(x, repeatSteps, surrogate, maxPool, countSpikes, null, null);
    }

    /**
     * The fused run; {@code affine} maps the input channel by channel first, and {@code
     * finishGradient} then turns the mapped input's gradient (in place) into x's.
     */
    private Fused fused(NDArray x, int repeatSteps, boolean surrogate, boolean maxPool, boolean countSpikes,
            ChannelAffine affine, BiConsumer<NDArray, double[][]> finishGradient) {
        boolean repeated = repeatSteps > 0;
        Shape in = x.getShape();
        int steps = repeated ? repeatSteps : (int) in.get(0);
        int n = Math.toIntExact(repeated ? in.size() : in.size() / Math.max(1, steps));
        Shape out = repeated ? new Shape(steps).addAll(in) : in;
        int poolWidth = 0;
        if (maxPool) {
            int rank = out.dimension();
            poolWidth = (int) out.get(rank - 1);
            out = out.slice(0, rank - 2).add(out.get(rank - 2) / 2, poolWidth / 2);
        }
        SpikeKernel.Layout layout = new SpikeKernel.Layout(repeated, steps, n, poolWidth, affine);
        NDManager manager = x.getManager();
        NDArray output = manager.create(out, DataType.FLOAT32);
        long count = kernel.forward(FusedBackward.floats(x), layout, FusedBackward.floats(output), countSpikes);
        if (surrogate) {
            FusedBackward.active().record(x, output, gradOut -> {
                NDArray gradX = manager.create(in, DataType.FLOAT32);
                double[][] sums = affine != null ? new double[2][affine.channels()] : null;
                kernel.backward(FusedBackward.floats(x), layout, FusedBackward.floats(gradOut), FusedBackward.floats(gradX),
                        sums);
                if (finishGradient != null) {
                    finishGradient.accept(gradX, sums);
                }
                return gradX;
            });
        }
        return new Fused(output, count);
    }
}
