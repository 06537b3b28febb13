/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * The whole multi-step IF/LIF time loop, forward and backward, as plain Java loops over float
 * buffers: one pass over the data where the element-wise formulation costs about twenty libtorch
 * kernels per time step (each a full trip through memory).
 *
 * <p>Spikes are exactly those of the layer's autograd formulation ({@code dev.snn4j.neuron.NeuronDynamics}):
 * the same float operations in the same order. The backward pass is the straight-through BPTT of
 * those dynamics, written out by hand; it agrees with autograd's to float rounding (the surrogate is
 * evaluated by {@link FusedKernel.SurrogateGradient}, within 2e-5 relative). With g[t] = surrogate'(H[t] - threshold), going
 * back in time,
 *
 * <pre>
 *   lambdaH[t] = gradS[t] g[t] + lambdaV[t] dV/dH[t]      lambdaV[t-1] = keep lambdaH[t]
 *   gradX[t]   = inScale lambdaH[t]
 *   dV/dH      = (1 - S) + (vReset - H) g    (hard reset)     1 - threshold g    (soft reset)
 * </pre>
 *
 * (the g terms of dV/dH vanish with detach_reset). Arrays are [T, n] (time-first, contiguous); a
 * "repeated" input is one [n] current used at every step, whose gradient is the sum over steps.
 * Optionally the output is the max pool of each step's spike maps ({@link SpikePooling}), and
 * gradS comes from the pooled gradient. Work is split over neuron ranges, which are independent,
 * and run on the common fork-join pool.
 */
final class SpikeKernel {

    /** Fewest neurons worth a task of their own. */
    private static final int MIN_TASK = 16384;
    /** 2^100; squared, it lifts the smallest float difference far above 1. */
    private static final float HUGE = 0x1p100f;

    private final float threshold;
    private final float vReset;
    private final boolean hard;
    private final boolean detach;
    /** LIF: 1 - 1/tau (the part of V that survives a step); IF: 1. */
    private final float keep;
    /** LIF with decay_input: 1/tau; otherwise 1. */
    private final float inScale;
    /** LIF: k vReset, added to the scaled input (C = k_in X + k vReset). */
    private final float bias;
    private final FusedKernel.SurrogateGradient surrogate;
    private final float alpha;

    SpikeKernel(FusedKernel.Constants c) {
        this.threshold = c.threshold();
        this.vReset = c.vReset();
        this.hard = c.hardReset();
        this.detach = c.detachReset();
        this.keep = c.keep();
        this.inScale = c.inputScale();
        this.bias = c.bias();
        this.surrogate = c.surrogate();
        this.alpha = c.alpha();
    }

    /**
     * Spikes (or pooled spikes) for every step.
     *
     * @param x input [T, n], or [n] when repeated
     * @param residual [T, n] added to the (mapped) input, or {@code null}
     * @param out spikes [T, n], or pooled spikes [T, pooled n]
     * @param countSpikes whether to count the spikes (firing rates), which costs a pass
     * @return the number of spikes emitted (before pooling), or 0 without {@code countSpikes}
     */
    long forward(FloatBuffer x, FloatBuffer residual, SpikeLayout layout, FloatBuffer out, boolean countSpikes) {
        int block = layout.block();
        int n = layout.n();
        int outN = layout.outN();
        SpikePooling pooling = layout.pooling();
        return Tasks.overBlocks(n, block, MIN_TASK, (from, to) -> {
            SpikeScratch scratch = new SpikeScratch(block, 1, layout, false, residual != null);
            float[] s = scratch.s[0];
            long count = 0;
            for (int b = from; b < to; b += block) {
                int len = Math.min(block, to - b);
                scratch.startBlock(layout, b, len);
                for (int t = 0; t < layout.steps(); t++) {
                    step(x, residual, layout, b, len, t, scratch, scratch.h[0], s);
                    if (countSpikes) {
                        count += SpikeScratch.count(s, len);
                    }
                    if (pooling == null) {
                        out.put(t * n + b, s, 0, len);
                    } else {
                        pooling.pool(s, len, scratch.pooled, scratch.rows);
                        out.put(t * outN + pooling.outLength(b), scratch.pooled, 0, pooling.outLength(len));
                    }
                }
            }
            return count;
        });
    }

    /**
     * Gradient of the loss with respect to the input. The potentials H are computed again from x
     * rather than stored by the forward pass: the arithmetic is cheaper than the memory traffic of
     * writing and reading them. With an affine map on the input, the gradient is that of the mapped
     * input (the caller finishes the chain rule through the map).
     *
     * @param x input, as given to {@link #forward}
     * @param residual the residual, as given to {@link #forward}; its gradient is gradX's (before
     *     the caller's affine chain rule)
     * @param gradOut dL/dS [T, n], or dL/d(pooled spikes) [T, pooled n]
     * @param gradX out: dL/dX [T, n], or [n] (summed over steps) when repeated
     * @param channelSums with an affine map: out, [2][C], gets sum(g) and sum(g (x - origin)) per
     *     channel of the mapped input's gradient g (what batch norm's backward needs); else null
     */
    void backward(FloatBuffer x, FloatBuffer residual, SpikeLayout layout, FloatBuffer gradOut, FloatBuffer gradX,
            double[][] channelSums) {
        int block = layout.block();
        int n = layout.n();
        int outN = layout.outN();
        int steps = layout.steps();
        SpikePooling pooling = layout.pooling();
        Tasks.overBlocks(n, block, MIN_TASK, (from, to) -> {
            SpikeScratch scratch = new SpikeScratch(block, steps, layout, true, residual != null);
            ChannelAffine affine = layout.affine();
            double[][] sums = affine != null ? new double[2][affine.channels()] : null;
            float[] lambdaV = new float[block];
            float[] sum = new float[block];
            float[] gs = new float[block];
            float[] g = new float[block];
            for (int b = from; b < to; b += block) {
                int len = Math.min(block, to - b);
                scratch.startBlock(layout, b, len);
                for (int t = 0; t < steps; t++) {
                    step(x, residual, layout, b, len, t, scratch, scratch.h[t], scratch.s[t]);
                }
                Arrays.fill(lambdaV, 0, len, 0f);
                Arrays.fill(sum, 0, len, 0f);
                for (int t = steps - 1; t >= 0; t--) {
                    if (pooling == null) {
                        gradOut.get(t * n + b, gs, 0, len);
                    } else {
                        gradOut.get(t * outN + pooling.outLength(b), scratch.pooled, 0, pooling.outLength(len));
                        pooling.route(scratch.s[t], len, scratch.pooled, gs);
                    }
                    float[] ht = scratch.h[t];
                    for (int i = 0; i < len; i++) {
                        g[i] = ht[i] - threshold;
                    }
                    surrogate.gradients(g, len, alpha);
                    backStep(gs, scratch.s[t], ht, g, lambdaV, len);
                    // gs now holds dL/dX[t]
                    if (layout.repeated()) {
                        for (int i = 0; i < len; i++) {
                            sum[i] += gs[i];
                        }
                    } else {
                        gradX.put(t * n + b, gs, 0, len);
                        if (sums != null) {
                            affine.accumulate(b, len, gs, scratch.inputs[t], sums);
                        }
                    }
                }
                if (layout.repeated()) {
                    gradX.put(b, sum, 0, len);
                    if (sums != null) {
                        affine.accumulate(b, len, sum, scratch.inputs[0], sums);
                    }
                }
            }
            if (sums != null) {
                synchronized (channelSums) {
                    BatchNormKernel.add(channelSums, sums);
                }
            }
            return 0;
        });
    }

    /**
     * Step t of the block of neurons [b, b + len): read the current (once for a repeated one, kept in
     * {@code c}), then charge H from V, fire S and reset V in one loop. V starts at vReset, so H[0] =
     * vReset keep + C[0] is the same float as the autograd formulation's first charge. Firing is branch-free so
     * that the JIT vectorises the loop: H - threshold is >= +0 exactly when H >= threshold, and any
     * negative float times 2^200 is at most -2^51, so clamping (H - threshold) 2^200 + 1 to [0, 1]
     * gives exactly 0 or 1. (A NaN potential gives a NaN spike, where the autograd formulation gives
     * 0; either way the loss is NaN.) IF has keep = 1, and v * 1 is v exactly.
     */
    private void step(FloatBuffer x, FloatBuffer residual, SpikeLayout layout, int b, int len, int t, SpikeScratch scratch,
            float[] h, float[] s) {
        float[] v = scratch.v;
        float[] c = scratch.c;
        if (t == 0 || !layout.repeated()) {
            x.get(layout.repeated() ? b : t * layout.n() + b, c, 0, len);
            if (scratch.inputs != null) {
                System.arraycopy(c, 0, scratch.inputs[t], 0, len);
            }
            if (scratch.elementScale != null) {
                float[] a = scratch.elementScale;
                float[] d = scratch.elementShift;
                for (int i = 0; i < len; i++) {
                    c[i] = c[i] * a[i] + d[i];
                }
            }
            if (residual != null) {
                float[] r = scratch.residual;
                residual.get(t * layout.n() + b, r, 0, len);
                for (int i = 0; i < len; i++) {
                    c[i] = c[i] + r[i];
                }
            }
            current(c, len);
        }
        if (t == 0) {
            Arrays.fill(v, 0, len, vReset);
        }
        float th = threshold;
        float k = keep;
        if (!hard) {
            for (int i = 0; i < len; i++) {
                float hh = v[i] * k + c[i];
                float ss = Math.min(1f, Math.max(0f, (hh - th) * HUGE * HUGE + 1f));
                h[i] = hh;
                s[i] = ss;
                v[i] = hh - ss * th;
            }
        } else if (vReset == 0f) {
            for (int i = 0; i < len; i++) {
                float hh = v[i] * k + c[i];
                float ss = Math.min(1f, Math.max(0f, (hh - th) * HUGE * HUGE + 1f));
                h[i] = hh;
                s[i] = ss;
                v[i] = hh - hh * ss;
            }
        } else {
            float reset = vReset;
            for (int i = 0; i < len; i++) {
                float hh = v[i] * k + c[i];
                float ss = Math.min(1f, Math.max(0f, (hh - th) * HUGE * HUGE + 1f));
                h[i] = hh;
                s[i] = ss;
                v[i] = (hh - hh * ss) + ss * reset;
            }
        }
    }

    /**
     * lambdaH = gradS g + lambdaV dV/dH; lambdaV becomes keep lambdaH, and {@code gs} the input
     * gradient inScale lambdaH.
     */
    private void backStep(float[] gs, float[] s, float[] h, float[] g, float[] lambdaV, int len) {
        float k = keep;
        float in = inScale;
        if (hard && !detach) {
            float reset = vReset;
            for (int i = 0; i < len; i++) {
                float lh = gs[i] * g[i] + lambdaV[i] * ((1f - s[i]) + (reset - h[i]) * g[i]);
                gs[i] = in * lh;
                lambdaV[i] = k * lh;
            }
        } else if (hard) {
            for (int i = 0; i < len; i++) {
                float lh = gs[i] * g[i] + lambdaV[i] * (1f - s[i]);
                gs[i] = in * lh;
                lambdaV[i] = k * lh;
            }
        } else {
            float th = detach ? 0f : threshold;
            for (int i = 0; i < len; i++) {
                float lh = gs[i] * g[i] + lambdaV[i] * (1f - th * g[i]);
                gs[i] = in * lh;
                lambdaV[i] = k * lh;
            }
        }
    }

    /** C = inputScale X + bias (LIF: k_in X + k vReset; IF: X), in place. */
    private void current(float[] c, int len) {
        if (inScale != 1f) {
            for (int i = 0; i < len; i++) {
                c[i] = c[i] * inScale;
            }
        }
        if (bias != 0f) {
            for (int i = 0; i < len; i++) {
                c[i] = c[i] + bias;
            }
        }
    }
}
