package dev.snn4j.neuron;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The whole multi-step IF/LIF time loop, forward and backward, as plain Java loops over float
 * buffers: one pass over the data where the element-wise formulation costs about twenty libtorch
 * kernels per time step (each a full trip through memory).
 *
 * <p>Spikes are exactly those of {@link NeuronDynamics}: the same float operations in the same
 * order. The backward pass is the straight-through BPTT of those dynamics, written out by hand;
 * it agrees with autograd's to float rounding (the surrogate is evaluated as in {@link
 * Surrogate#gradients}, within 2e-5 relative). With g[t] = surrogate'(H[t] - threshold), going
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
 * Optionally the output is the 2×2 max pool of each step's spike maps ({@link SpikePooling}), and
 * gradS comes from the pooled gradient. Work is split over neuron ranges, which are independent,
 * and run on the common fork-join pool.
 */
final class SpikeKernel {

    /** Neurons per block: each block's rows of all buffers stay in the core's cache. */
    private static final int BLOCK = 2048;
    /** Fewest neurons worth a task of their own. */
    private static final int MIN_TASK = 16384;
    /** 2^100; squared, it lifts the smallest float difference far above 1. */
    private static final float HUGE = 0x1p100f;

    private final float threshold;
    private final float vReset;
    private final boolean hard;
    private final boolean detach;
    private final boolean lif;
    /** LIF: 1 - 1/tau (the part of V that survives a step); IF: 1. */
    private final float keep;
    /** LIF with decay_input: 1/tau; otherwise 1. */
    private final float inScale;
    /** LIF: k vReset, added to the scaled input (NeuronDynamics' C = k_in X + k vReset). */
    private final float bias;
    private final Surrogate surrogate;
    private final float alpha;

    SpikeKernel(NeuronSpec spec) {
        if (spec.type() == NeuronType.PLIF) {
            throw new IllegalArgumentException("SpikeKernel: PLIF learns tau and uses the autograd path");
        }
        this.threshold = (float) spec.vThreshold();
        this.vReset = (float) spec.restingPotential();
        this.hard = !spec.softReset();
        this.detach = spec.detachReset();
        this.lif = spec.type() == NeuronType.LIF;
        float k = (float) (1.0 / spec.tau());
        this.keep = lif ? (float) (1.0 - 1.0 / spec.tau()) : 1f;
        this.inScale = lif && spec.decayInput() ? k : 1f;
        this.bias = lif ? k * vReset : 0f;
        this.surrogate = spec.surrogate().function();
        this.alpha = (float) spec.surrogate().alpha();
    }

    /** Whether {@code spec} can run here (IF and LIF; PLIF's tau is learned). */
    static boolean supports(NeuronSpec spec) {
        return spec.type() != NeuronType.PLIF;
    }

    /**
     * Spikes for every step, or with {@code poolWidth > 0} their 2×2 max pool (see {@link
     * SpikePooling}).
     *
     * @param x input currents [T, n], or [n] when {@code repeated}
     * @param out S [T, n], or pooled spikes [T, n / 4]
     * @param poolWidth 0, or W of the [..., H, W] maps to pool (H and W even)
     * @param countSpikes whether to count the spikes (firing rates), which costs a pass
     * @return the number of spikes emitted (before pooling), or 0 without {@code countSpikes}
     */
    long forward(FloatBuffer x, boolean repeated, int steps, int n, FloatBuffer out, int poolWidth,
            boolean countSpikes) {
        int block = poolWidth > 0 ? SpikePooling.blockSize(BLOCK, poolWidth) : BLOCK;
        int outN = poolWidth > 0 ? n / 4 : n;
        return parallel(n, block, (from, to) -> {
            float[] v = new float[block];
            float[] c = new float[block];
            float[] h = new float[block];
            float[] s = new float[block];
            float[] pooled = poolWidth > 0 ? new float[block / 4] : null;
            float[] rows = poolWidth > 0 ? new float[poolWidth] : null;
            long count = 0;
            for (int b = from; b < to; b += block) {
                int len = Math.min(block, to - b);
                for (int t = 0; t < steps; t++) {
                    step(x, repeated, n, b, len, t, v, c, h, s);
                    if (countSpikes) {
                        count += count(s, len);
                    }
                    if (pooled == null) {
                        out.put(t * n + b, s, 0, len);
                    } else {
                        SpikePooling.pool(s, len, poolWidth, pooled, rows);
                        out.put(t * outN + b / 4, pooled, 0, len / 4);
                    }
                }
            }
            return count;
        });
    }

    /**
     * Gradient of the loss with respect to the input currents. The potentials H are computed again
     * from x rather than stored by the forward pass: the arithmetic is cheaper than the memory
     * traffic of writing and reading them.
     *
     * @param x input currents, as given to {@link #forward}
     * @param gradOut dL/dS [T, n], or dL/d(pooled spikes) [T, n / 4] with {@code poolWidth > 0}
     * @param gradX out: dL/dX [T, n], or [n] (summed over steps) when {@code repeated}
     */
    void backward(FloatBuffer x, FloatBuffer gradOut, boolean repeated, int steps, int n, FloatBuffer gradX,
            int poolWidth) {
        int block = poolWidth > 0 ? SpikePooling.blockSize(BLOCK, poolWidth) : BLOCK;
        int outN = poolWidth > 0 ? n / 4 : n;
        parallel(n, block, (from, to) -> {
            float[] v = new float[block];
            float[] c = new float[block];
            float[][] h = new float[steps][block];
            float[][] s = new float[steps][block];
            float[] lambdaV = new float[block];
            float[] sum = new float[block];
            float[] gs = new float[block];
            float[] g = new float[block];
            float[] gradPooled = poolWidth > 0 ? new float[block / 4] : null;
            for (int b = from; b < to; b += block) {
                int len = Math.min(block, to - b);
                for (int t = 0; t < steps; t++) {
                    step(x, repeated, n, b, len, t, v, c, h[t], s[t]);
                }
                Arrays.fill(lambdaV, 0, len, 0f);
                Arrays.fill(sum, 0, len, 0f);
                for (int t = steps - 1; t >= 0; t--) {
                    if (gradPooled == null) {
                        gradOut.get(t * n + b, gs, 0, len);
                    } else {
                        gradOut.get(t * outN + b / 4, gradPooled, 0, len / 4);
                        SpikePooling.route(s[t], len, poolWidth, gradPooled, gs);
                    }
                    float[] ht = h[t];
                    for (int i = 0; i < len; i++) {
                        g[i] = ht[i] - threshold;
                    }
                    surrogate.gradients(g, len, alpha);
                    backStep(gs, s[t], ht, g, lambdaV, len);
                    // gs now holds dL/dX[t]
                    if (repeated) {
                        for (int i = 0; i < len; i++) {
                            sum[i] += gs[i];
                        }
                    } else {
                        gradX.put(t * n + b, gs, 0, len);
                    }
                }
                if (repeated) {
                    gradX.put(b, sum, 0, len);
                }
            }
            return 0;
        });
    }

    private static long count(float[] s, int len) {
        // four sums (exact: each below 2^24) so that the adds need not wait for each other
        float a = 0f;
        float b = 0f;
        float c = 0f;
        float d = 0f;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            a += s[i];
            b += s[i + 1];
            c += s[i + 2];
            d += s[i + 3];
        }
        for (; i < len; i++) {
            a += s[i];
        }
        return (long) a + (long) b + (long) c + (long) d;
    }

    /**
     * Step t of the block of neurons [b, b + len): read the current (once for a repeated one, kept in
     * {@code c}), then charge H from V, fire S and reset V in one loop. V starts at vReset, so H[0] =
     * vReset keep + C[0] is the same float as NeuronDynamics' first charge. Firing is branch-free so
     * that the JIT vectorises the loop: H - threshold is >= +0 exactly when H >= threshold, and any
     * negative float times 2^200 is at most -2^51, so clamping (H - threshold) 2^200 + 1 to [0, 1]
     * gives exactly 0 or 1. (A NaN potential gives a NaN spike, where the autograd formulation gives
     * 0; either way the loss is NaN.) IF has keep = 1, and v * 1 is v exactly.
     */
    private void step(FloatBuffer x, boolean repeated, int n, int b, int len, int t, float[] v, float[] c, float[] h,
            float[] s) {
        if (t == 0 || !repeated) {
            x.get(repeated ? b : t * n + b, c, 0, len);
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

    /** C = k_in X + k vReset (LIF) or X (IF), in place. */
    private void current(float[] c, int len) {
        if (!lif) {
            return;
        }
        if (inScale != 1f) {
            for (int i = 0; i < len; i++) {
                c[i] = c[i] * inScale;
            }
        }
        if (vReset != 0f) {
            for (int i = 0; i < len; i++) {
                c[i] = c[i] + bias;
            }
        }
    }

    private interface Range {
        long run(int from, int to);
    }

    /**
     * Runs {@code body} on disjoint ranges of whole blocks covering [0, n), in parallel when n is
     * large, and adds up what the ranges return.
     */
    private static long parallel(int n, int block, Range body) {
        int tasks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2, n / MIN_TASK));
        if (tasks == 1) {
            return body.run(0, n);
        }
        // block-aligned ranges, so that no block straddles two tasks
        int blocks = (n + block - 1) / block;
        return IntStream.range(0, tasks).parallel().mapToLong(k -> {
            int from = (int) ((long) blocks * k / tasks) * block;
            int to = Math.min(n, (int) ((long) blocks * (k + 1) / tasks) * block);
            return from < to ? body.run(from, to) : 0;
        }).sum();
    }
}
