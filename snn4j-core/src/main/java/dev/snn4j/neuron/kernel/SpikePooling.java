/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

/**
 * 2×2 max pooling with stride 2 of one time step's spikes, for {@link SpikeKernel}'s fused
 * "spiking layer then max pool": the pooled map is written instead of the spikes (a quarter of the
 * memory traffic) and the pool's backward becomes part of the layer's.
 *
 * <p>A block of neurons is a whole number of row pairs of [..., H, W] maps (rows 2i and 2i + 1 are
 * adjacent in memory), so each block pools on its own and pooled offsets are neuron offsets / 4.
 * The gradient goes where PyTorch's CPU max pool sends it: to the first maximum of the window in
 * row-major order, which for spikes is the first neuron that fired, or the window's top-left
 * neuron when none did.
 */
final class SpikePooling {

    private SpikePooling() {}

    /** Neurons per block near {@code target}: a positive multiple of 2 {@code width}. */
    static int blockSize(int target, int width) {
        int rowPair = 2 * width;
        return Math.max(1, target / rowPair) * rowPair;
    }

    /**
     * pooled[o] = max of each 2×2 window of {@code s[0, len)}, len a multiple of 2 {@code width}.
     * Spikes are 0 or 1, where max(a, b) = a + b - a b exactly (and a NaN stays NaN): cheaper than
     * {@code Math.max}, whose NaN and -0 rules cost several instructions. Rows are combined first, a
     * contiguous loop the JIT vectorises; only the columns' pairs are left to a strided one.
     *
     * @param rows scratch, at least {@code width} long
     */
    static void pool(float[] s, int len, int width, float[] pooled, float[] rows) {
        int o = 0;
        for (int r = 0; r < len; r += 2 * width) {
            for (int j = 0; j < width; j++) {
                float a = s[r + j];
                float b = s[r + width + j];
                rows[j] = a + b - a * b;
            }
            for (int j = 0; j < width; j += 2) {
                float a = rows[j];
                float b = rows[j + 1];
                pooled[o++] = a + b - a * b;
            }
        }
    }

    /**
     * The spikes' gradient from the pooled map's: each window's gradient goes to its first maximum
     * (strictly greater than the ones before it, as in PyTorch); the other three get 0. For spikes
     * a0..a3 (top-left, top-right, bottom-left, bottom-right, each 0 or 1) the first maximum is the
     * first that fired, or a0 when none did, so the weights below are exactly 0 or 1: arithmetic
     * instead of branches, which would mispredict on every other window of random spikes.
     */
    static void route(float[] s, int len, int width, float[] gradPooled, float[] gradSpikes) {
        int o = 0;
        for (int r = 0; r < len; r += 2 * width) {
            for (int a = r; a < r + width; a += 2) {
                float a0 = s[a];
                float a1 = s[a + 1];
                float a2 = s[a + width];
                float a3 = s[a + width + 1];
                float g = gradPooled[o++];
                float none0 = 1f - a0;
                float none01 = none0 * (1f - a1);
                float none012 = none01 * (1f - a2);
                gradSpikes[a] = (a0 + none012 * (1f - a3)) * g;
                gradSpikes[a + 1] = none0 * a1 * g;
                gradSpikes[a + width] = none01 * a2 * g;
                gradSpikes[a + width + 1] = none012 * a3 * g;
            }
        }
    }
}
