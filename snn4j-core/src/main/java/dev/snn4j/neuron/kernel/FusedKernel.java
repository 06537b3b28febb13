/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.function.BiConsumer;

/**
 * The fused CPU kernel of a spiking layer whose charge is linear, H = keep V + inputScale X + bias
 * (IF, LIF): the whole time loop, forward and backward, by {@link SpikeKernel} in one pass over the
 * data, optionally with the batch norm before the layer ({@link BatchNormKernel}) and a max pool
 * after it ({@link SpikePooling}) in the same pass. With a surrogate the output is a leaf
 * whose gradient the open {@link FusedBackward} carries back to the input (and to the batch norm's
 * gamma and beta). The one public face of this package besides {@link FusedBackward}: the rest is
 * internal.
 */
public final class FusedKernel {

    /**
     * What a neuron type's dynamics are to the kernel, computed once by the type: the potential
     * after the input current of a step is {@code H = keep V + inputScale X + bias}, a spike fires
     * when {@code H >= threshold}, and the reset is to {@code vReset} (hard) or subtracts the
     * threshold (soft).
     *
     * @param keep the part of V that survives a step (1 - 1/tau for LIF, 1 for IF)
     * @param inputScale the input's factor (1/tau for LIF with decay_input, else 1)
     * @param bias added to the scaled input (vReset/tau for LIF, 0 for IF)
     * @param surrogate the surrogate gradient and its sharpness {@code alpha}
     */
    public record Constants(float threshold, float vReset, boolean hardReset, boolean detachReset, float keep,
            float inputScale, float bias, SurrogateGradient surrogate, float alpha) {}

    /** A surrogate function as the kernel's backward pass evaluates it. */
    public interface SurrogateGradient {
        /**
         * Replaces {@code x[0..len)} (potentials minus the threshold) by the surrogate gradient at
         * each value, in float; plain loops of arithmetic, so that the JIT vectorises them.
         */
        void gradients(float[] x, int len, float alpha);
    }

    /**
     * A batch norm's state, for a layer that runs fused with the batch norm before it.
     *
     * @param gamma learned scale [C]
     * @param beta learned shift [C]
     * @param runningMean running mean [C], updated in place by training steps
     * @param runningVar running (unbiased) variance [C], updated in place by training steps
     * @param epsilon added to the variance
     * @param momentum DJL's convention: running = momentum running + (1 - momentum) batch statistic
     */
    public record BatchNorm(NDArray gamma, NDArray beta, NDArray runningMean, NDArray runningVar, float epsilon,
            float momentum) {}

    /**
     * A max pool of every step's [.., H, W] maps, as PyTorch's {@code max_pool2d} computes it:
     * implicit -inf padding, optionally ceil mode (a partial last window kept when it starts inside
     * the input or its left padding), the gradient to each window's first maximum in row-major order.
     * Padding is at most half the window, so every window holds at least one neuron.
     */
    public record MaxPool(int kernelH, int kernelW, int strideH, int strideW, int padH, int padW, boolean ceil) {

        /** 2×2 with stride 2, no padding: the pool of most SNN CNNs, with a faster path on even maps. */
        public static final MaxPool TWO_BY_TWO = new MaxPool(2, 2, 2, 2, 0, 0, false);

        public MaxPool {
            if (kernelH < 1 || kernelW < 1 || strideH < 1 || strideW < 1 || padH < 0 || padW < 0 || 2 * padH > kernelH
                    || 2 * padW > kernelW) {
                throw new IllegalArgumentException("MaxPool: expected kernel >= 1, stride >= 1 and 0 <= padding <= kernel/2,"
                        + " found kernel " + kernelH + "x" + kernelW + ", stride " + strideH + "x" + strideW + ", padding "
                        + padH + "x" + padW);
            }
        }

        /** The output size of one axis of {@code size} for this window, stride and padding, as PyTorch counts it. */
        public static long outputSize(long size, long kernel, long stride, long padding, boolean ceil) {
            long span = size + 2 * padding - kernel;
            long out = (ceil ? Math.floorDiv(span + stride - 1, stride) : Math.floorDiv(span, stride)) + 1;
            if (ceil && (out - 1) * stride >= size + padding) {
                out--; // PyTorch: the last window must start inside the input or its left padding
            }
            return out;
        }

        /** Whether the fused pass pools maps of {@code height} × {@code width} with this window. */
        public boolean fits(long height, long width) {
            return SpikePooling.fits(this, height, width);
        }

        /** The pooled height of maps {@code height} high. */
        long outHeight(long height) {
            return outputSize(height, kernelH, strideH, padH, ceil);
        }

        /** The pooled width of maps {@code width} wide. */
        long outWidth(long width) {
            return outputSize(width, kernelW, strideW, padW, ceil);
        }
    }

    /**
     * What runs in one pass with the layer.
     *
     * @param batchNorm the batch norm before it, or {@code null}
     * @param maxPool the max pool of every step's [C, H, W] maps after it, or {@code null}
     * @param repeatSteps 0 for an input sequence [T, ...], else the steps of one input current [...]
     *     repeated (direct encoding of a static input)
     * @param residual an array of the input's shape added to the (normalised) input before the
     *     layer, a residual block's shortcut; its gradient goes on through autograd; or {@code null}
     */
    public record Fusion(BatchNorm batchNorm, MaxPool maxPool, int repeatSteps, NDArray residual) {

        /** Without a residual. */
        public Fusion(BatchNorm batchNorm, MaxPool maxPool, int repeatSteps) {
            this(batchNorm, maxPool, repeatSteps, null);
        }

        /** The layer alone on an input sequence. */
        public static final Fusion NONE = new Fusion(null, null, 0);

        /** The layer alone on one current repeated over {@code steps} steps. */
        public static Fusion repeated(int steps) {
            return new Fusion(null, null, steps);
        }

        /** Whether a max pool follows in the same pass. */
        public boolean pools() {
            return maxPool != null;
        }

        /** Whether the pass works on maps [.., C, H, W] (a batch norm or a pool is fused). */
        boolean onMaps() {
            return batchNorm != null || maxPool != null;
        }
    }

    /** A fused run's output (spikes, or pooled spikes) and its spike count (0 when not counted). */
    public record Output(NDArray output, long spikeCount) {}

    private final SpikeKernel kernel;

    public FusedKernel(Constants constants) {
        this.kernel = new SpikeKernel(constants);
    }

    /**
     * Whether the kernel can take {@code x} now: float32 on the CPU; with a surrogate, a {@link
     * FusedBackward} open to carry the gradient; with a batch norm or a pool, maps [T, B, C, H, W]
     * (or [B, C, H, W] repeated) that a pool's window fits ({@link MaxPool#fits}); with a residual,
     * one of the input's shape on an input sequence.
     */
    public boolean canRun(NDArray x, Fusion fusion, boolean surrogate) {
        if (x.getDataType() != DataType.FLOAT32 || x.getDevice().isGpu()
                || x.getShape().size() * Math.max(1, fusion.repeatSteps()) > Integer.MAX_VALUE
                || surrogate && FusedBackward.active() == null) {
            return false;
        }
        NDArray residual = fusion.residual();
        if (residual != null && (fusion.repeatSteps() > 0 || residual.getDataType() != DataType.FLOAT32
                || residual.getDevice().isGpu() || !residual.getShape().equals(x.getShape()))) {
            return false;
        }
        if (!fusion.onMaps()) {
            return true;
        }
        Shape shape = x.getShape();
        int rank = shape.dimension();
        return rank == (fusion.repeatSteps() > 0 ? 4 : 5)
                && (!fusion.pools() || fusion.maxPool().fits(shape.get(rank - 2), shape.get(rank - 1)));
    }

    /**
     * The layer on {@code x} with what {@code fusion} adds, in one pass. Call only when {@link
     * #canRun} holds.
     *
     * @param surrogate whether the output carries the surrogate gradient (training, attacks)
     * @param countSpikes whether to count the spikes before pooling (firing rates)
     * @param batchStatistics with a batch norm: normalise by the batch's statistics and update the
     *     running ones (training), else by the running statistics
     */
    public Output run(NDArray x, Fusion fusion, boolean surrogate, boolean countSpikes, boolean batchStatistics) {
        if (fusion.batchNorm() == null) {
            return fused(x, fusion, surrogate, countSpikes, null, null);
        }
        return normalized(x, fusion, surrogate, countSpikes, batchStatistics);
    }

    /**
     * Batch norm of {@code y} (per channel, over every other axis) followed by the layer (and the
     * pool), in one pass. With {@code batchStatistics} the batch's mean and variance normalise and
     * the running statistics are updated in place, as DJL's BatchNorm does; otherwise the running
     * statistics normalise. The recorded backward gives y's gradient and adds gamma's and beta's.
     */
    private Output normalized(NDArray y, Fusion fusion, boolean surrogate, boolean countSpikes, boolean batchStatistics) {
        BatchNorm bn = fusion.batchNorm();
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
            BatchNormKernel.updateRunning(bn, mean, variance, (long) outer * inner);
        } else {
            mean = BatchNormKernel.toDoubles(bn.runningMean().toFloatArray());
            variance = BatchNormKernel.toDoubles(bn.runningVar().toFloatArray());
        }
        double[] invStd = BatchNormKernel.inverseStd(variance, bn.epsilon());
        ChannelAffine affine = BatchNormKernel.affine(mean, invStd, gamma, beta, inner);
        return fused(y, fusion, surrogate, countSpikes, affine, (gradZ, sums) -> {
            BatchNormKernel.ParameterGradients grads = BatchNormKernel.backward(values, FusedBackward.floats(gradZ),
                    outer, channels, inner, mean, invStd, gamma, affine, batchStatistics, sums);
            NDManager manager = y.getManager();
            FusedBackward.addGradient(bn.gamma(), manager.create(grads.gamma(), bn.gamma().getShape()));
            FusedBackward.addGradient(bn.beta(), manager.create(grads.beta(), bn.beta().getShape()));
        });
    }

    /**
     * The fused run; {@code affine} maps the input channel by channel first, and {@code
     * finishGradient} then turns the mapped input's gradient (in place) into x's.
     */
    private Output fused(NDArray x, Fusion fusion, boolean surrogate, boolean countSpikes, ChannelAffine affine,
            BiConsumer<NDArray, double[][]> finishGradient) {
        int repeatSteps = fusion.repeatSteps();
        boolean repeated = repeatSteps > 0;
        Shape in = x.getShape();
        int steps = repeated ? repeatSteps : (int) in.get(0);
        int n = Math.toIntExact(repeated ? in.size() : in.size() / Math.max(1, steps));
        Shape out = repeated ? new Shape(steps).addAll(in) : in;
        SpikePooling pooling = null;
        if (fusion.pools()) {
            int rank = out.dimension();
            pooling = new SpikePooling(fusion.maxPool(), (int) out.get(rank - 2), (int) out.get(rank - 1));
            out = out.slice(0, rank - 2).add(pooling.outHeight(), pooling.outWidth());
        }
        SpikeLayout layout = new SpikeLayout(repeated, steps, n, pooling, affine);
        NDManager manager = x.getManager();
        NDArray output = manager.create(out, DataType.FLOAT32);
        NDArray residual = fusion.residual();
        FloatBuffer added = residual == null ? null : FusedBackward.floats(residual);
        long count = kernel.forward(FusedBackward.floats(x), added, layout, FusedBackward.floats(output), countSpikes);
        if (surrogate) {
            FusedBackward.active().record(x, output, gradOut -> {
                NDArray gradX = manager.create(in, DataType.FLOAT32);
                double[][] sums = affine != null ? new double[2][affine.channels()] : null;
                kernel.backward(FusedBackward.floats(x), added, layout, FusedBackward.floats(gradOut),
                        FusedBackward.floats(gradX), sums);
                if (residual != null) {
                    // the sum's gradient, before the batch norm's backward turns it into y's in place
                    FusedBackward.addGradient(residual, gradX.duplicate());
                }
                if (finishGradient != null) {
                    finishGradient.accept(gradX, sums);
                }
                return gradX;
            });
        }
        return new Output(output, count);
    }
}
