/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

import java.nio.FloatBuffer;

/**
 * Batch norm over [N, C, inner] data (statistics per channel over N and inner), as plain Java for a
 * fused "batch norm then spiking layer" ({@link FusedKernel}): the statistics
 * pass and the backward pass. The normalisation itself happens inside {@link SpikeKernel}'s pass as
 * a {@link ChannelAffine}, scale = gamma / sqrt(var + eps) and shift = beta - mean scale, the form
 * PyTorch's CPU kernel uses. Work is split over samples, each task reading whole contiguous [C,
 * inner] slices. Sums run in float over one map (at most a few thousand values, four interleaved
 * partial sums, so that the adds need not wait for each other) and in double across maps; values
 * are taken relative to a per-channel origin, so the variance does not come from the difference of
 * two large sums.
 */
final class BatchNormKernel {

    private BatchNormKernel() {}

    /** Per-channel mean and biased variance. */
    record Stats(double[] mean, double[] variance) {}

    static Stats stats(FloatBuffer y, int outer, int channels, int inner) {
        float[] origin = origins(y, channels, inner);
        double[][] sums = sumsOverMaps(y, outer, channels, inner, (slice, c, at, partial) -> {
            float o = origin[c];
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
            float q0 = 0f, q1 = 0f, q2 = 0f, q3 = 0f;
            int i = at;
            int end = at + inner;
            for (; i + 3 < end; i += 4) {
                float d0 = slice[i] - o;
                float d1 = slice[i + 1] - o;
                float d2 = slice[i + 2] - o;
                float d3 = slice[i + 3] - o;
                s0 += d0;
                s1 += d1;
                s2 += d2;
                s3 += d3;
                q0 += d0 * d0;
                q1 += d1 * d1;
                q2 += d2 * d2;
                q3 += d3 * d3;
            }
            for (; i < end; i++) {
                float d = slice[i] - o;
                s0 += d;
                q0 += d * d;
            }
            partial[0][c] += (double) s0 + s1 + s2 + s3;
            partial[1][c] += (double) q0 + q1 + q2 + q3;
        });
        double count = (double) outer * inner;
        double[] mean = new double[channels];
        double[] variance = new double[channels];
        for (int c = 0; c < channels; c++) {
            double shifted = sums[0][c] / count;
            mean[c] = origin[c] + shifted;
            variance[c] = Math.max(0, sums[1][c] / count - shifted * shifted);
        }
        return new Stats(mean, variance);
    }

    /** Each channel's first value: sums are taken relative to it. */
    private static float[] origins(FloatBuffer y, int channels, int inner) {
        float[] origin = new float[channels];
        for (int c = 0; c < channels; c++) {
            origin[c] = y.get(c * inner);
        }
        return origin;
    }

    /** Adds one map's (channel c, at {@code at} in the slice) sums into {@code partial}. */
    private interface MapSums {
        void add(float[] slice, int channel, int at, double[][] partial);
    }

    /**
     * Two per-channel sums over all maps: samples are split into ranges, one task each, which read
     * whole [C, inner] slices (contiguous) and keep their own partial sums; these are then added up.
     */
    private static double[][] sumsOverMaps(FloatBuffer y, int outer, int channels, int inner, MapSums sums) {
        int tasks = Tasks.count(outer, 1);
        double[][][] partials = new double[tasks][2][channels];
        Tasks.run(outer, tasks, (task, from, to) -> {
            int slice = channels * inner;
            float[] values = new float[slice];
            for (int o = from; o < to; o++) {
                y.get(o * slice, values, 0, slice);
                for (int c = 0; c < channels; c++) {
                    sums.add(values, c, c * inner, partials[task]);
                }
            }
            return 0;
        });
        double[][] total = new double[2][channels];
        for (double[][] partial : partials) {
            add(total, partial);
        }
        return total;
    }

    /** Adds per-channel sums [2][C] into {@code total}. */
    static void add(double[][] total, double[][] partial) {
        for (int c = 0; c < total[0].length; c++) {
            total[0][c] += partial[0][c];
            total[1][c] += partial[1][c];
        }
    }

    /** 1 / sqrt(var + eps), rounded to float as the affine map uses it. */
    static double[] inverseStd(double[] variance, float epsilon) {
        double[] out = new double[variance.length];
        for (int c = 0; c < variance.length; c++) {
            out[c] = (float) (1.0 / Math.sqrt(variance[c] + epsilon));
        }
        return out;
    }

    /**
     * scale = gamma / sqrt(var + eps), shift = beta - mean scale, as floats; the mean is the origin
     * of the backward pass's sums.
     */
    static ChannelAffine affine(double[] mean, double[] invStd, float[] gamma, float[] beta, int inner) {
        int channels = mean.length;
        float[] scale = new float[channels];
        float[] shift = new float[channels];
        float[] origin = new float[channels];
        for (int c = 0; c < channels; c++) {
            scale[c] = (float) invStd[c] * gamma[c];
            shift[c] = beta[c] - (float) mean[c] * scale[c];
            origin[c] = (float) mean[c];
        }
        return new ChannelAffine(scale, shift, origin, inner);
    }

    /** The gradients of gamma and beta; the input's gradient is written over the output's. */
    record ParameterGradients(float[] gamma, float[] beta) {}

    /**
     * Turns dL/dz (z = the normalised input) into dL/dy in place. With batch statistics (training),
     * dL/dy = scale (g - mean(g) - xhat mean(g xhat)), since the statistics depend on y; with fixed
     * (running) statistics, dL/dy = scale g. Either way dL/dgamma = sum(g xhat), dL/dbeta = sum(g).
     * dL/dy = p g + q y + r with per-channel p, q, r, a float loop the JIT vectorises.
     *
     * @param mean the statistics used in the forward pass; {@code invStd} = 1 / sqrt(var + eps)
     * @param affine the forward pass's map, whose origin the sums are relative to
     * @param sums sum(g) and sum(g (y - origin)) per channel, as {@link SpikeKernel#backward} gathers
     *     them
     */
    static ParameterGradients backward(FloatBuffer y, FloatBuffer grad, int outer, int channels, int inner,
            double[] mean, double[] invStd, float[] gamma, ChannelAffine affine, boolean batchStatistics,
            double[][] sums) {
        float[] origin = affine.origin();
        double count = (double) outer * inner;
        float[] gradGamma = new float[channels];
        float[] gradBeta = new float[channels];
        float[] p = new float[channels];
        float[] q = new float[channels];
        float[] r = new float[channels];
        for (int c = 0; c < channels; c++) {
            double sumG = sums[0][c];
            // sum(g xhat) = invStd sum(g (y - mean)), y - mean = (y - origin) - (mean - origin)
            double dGamma = invStd[c] * (sums[1][c] - (mean[c] - origin[c]) * sumG);
            gradGamma[c] = (float) dGamma;
            gradBeta[c] = (float) sumG;
            double scale = invStd[c] * gamma[c];
            double meanG = batchStatistics ? sumG / count : 0;
            double meanGX = batchStatistics ? dGamma / count : 0;
            // scale (g - meanG - (y - mean) invStd meanGX) = p g + q y + r
            p[c] = (float) scale;
            q[c] = (float) (-scale * invStd[c] * meanGX);
            r[c] = (float) (scale * (mean[c] * invStd[c] * meanGX - meanG));
        }
        Tasks.run(outer, Tasks.count(outer, 1), (task, from, to) -> {
            int slice = channels * inner;
            float[] ys = new float[slice];
            float[] gs = new float[slice];
            for (int o = from; o < to; o++) {
                y.get(o * slice, ys, 0, slice);
                grad.get(o * slice, gs, 0, slice);
                for (int c = 0; c < channels; c++) {
                    float pc = p[c];
                    float qc = q[c];
                    float rc = r[c];
                    for (int i = c * inner; i < (c + 1) * inner; i++) {
                        gs[i] = pc * gs[i] + qc * ys[i] + rc;
                    }
                }
                grad.put(o * slice, gs, 0, slice);
            }
            return 0;
        });
        return new ParameterGradients(gradGamma, gradBeta);
    }

    /** running = momentum running + (1 - momentum) batch; the variance unbiased, as PyTorch keeps it. */
    static void updateRunning(FusedKernel.BatchNorm bn, double[] mean, double[] variance, long count) {
        double rate = 1f - bn.momentum(); // the float PyTorch receives from DJL
        double unbias = count > 1 ? (double) count / (count - 1) : 1;
        FloatBuffer runningMean = FusedBackward.floats(bn.runningMean());
        FloatBuffer runningVar = FusedBackward.floats(bn.runningVar());
        for (int c = 0; c < mean.length; c++) {
            runningMean.put(c, (float) ((1 - rate) * runningMean.get(c) + rate * mean[c]));
            runningVar.put(c, (float) ((1 - rate) * runningVar.get(c) + rate * variance[c] * unbias));
        }
    }

    static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
