/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

import java.util.Arrays;

/**
 * The max pool of one time step's spike maps [..., H, W], for {@link SpikeKernel}'s fused "spiking
 * layer then max pool": the pooled maps are written instead of the spikes and the pool's backward
 * becomes part of the layer's. The gradient goes where PyTorch's CPU max pool sends it: to the
 * first maximum of the window in row-major order (strictly greater than the ones before it), which
 * for spikes is the first neuron of the window that fired, or its first neuron when none did.
 *
 * <p>A block of neurons holds whole windows: for 2×2 windows with stride 2 on maps of even size, a
 * whole number of row pairs (rows 2i and 2i + 1 are adjacent in memory), so pooled offsets are
 * neuron offsets / 4; for any other window (3×3 with stride 2 and padding 1 of the ImageNet ResNets'
 * stem, ceil mode, odd maps), a whole number of maps.
 */
final class SpikePooling {

    /** The largest map the general path keeps in one block (the scratch holds T blocks of several arrays). */
    private static final long MAX_MAP = 1 << 20;

    private final FusedKernel.MaxPool window;
    private final int height;
    private final int width;
    private final int outHeight;
    private final int outWidth;
    /** 2×2 windows with stride 2, no padding, tiling maps of even size: the row-pair path. */
    private final boolean rowPairs;

    SpikePooling(FusedKernel.MaxPool window, int height, int width) {
        this.window = window;
        this.height = height;
        this.width = width;
        this.outHeight = (int) window.outHeight(height);
        this.outWidth = (int) window.outWidth(width);
        // on maps of even size ceil mode changes nothing
        this.rowPairs = window.kernelH() == 2 && window.kernelW() == 2 && window.strideH() == 2 && window.strideW() == 2
                && window.padH() == 0 && window.padW() == 0 && height % 2 == 0 && width % 2 == 0;
    }

    /** Whether the fused pass can pool maps of {@code height} × {@code width} with {@code window}. */
    static boolean fits(FusedKernel.MaxPool window, long height, long width) {
        return window.outHeight(height) >= 1 && window.outWidth(width) >= 1 && height * width <= MAX_MAP;
    }

    int outHeight() {
        return outHeight;
    }

    int outWidth() {
        return outWidth;
    }

    /** Neurons per block near {@code target}: a positive multiple of 2 W (row pairs) or of H W (maps). */
    int blockSize(int target) {
        int unit = rowPairs ? 2 * width : height * width;
        return Math.max(1, target / unit) * unit;
    }

    /** The pooled length of {@code len} neurons of whole blocks (also the pooled offset of neuron {@code len}). */
    int outLength(int len) {
        return rowPairs ? len / 4 : len / (height * width) * (outHeight * outWidth);
    }

    /** Scratch for one pooled row's input. */
    int rowScratch() {
        return width;
    }

    /**
     * pooled = the max pool of {@code s[0, len)}, whole blocks. Spikes are 0 or 1, where max(a, b)
     * = a + b - a b exactly (and a NaN stays NaN): cheaper than {@code Math.max}, whose NaN and -0
     * rules cost several instructions. Rows are combined first, a contiguous loop the JIT
     * vectorises; only the columns are left to a strided one.
     *
     * @param rows scratch, at least {@link #rowScratch} long
     */
    void pool(float[] s, int len, float[] pooled, float[] rows) {
        if (rowPairs) {
            poolRowPairs(s, len, pooled, rows);
            return;
        }
        int o = 0;
        for (int map = 0; map < len; map += height * width) {
            for (int oh = 0; oh < outHeight; oh++) {
                int h0 = firstRow(oh);
                int h1 = endRow(oh);
                System.arraycopy(s, map + h0 * width, rows, 0, width);
                for (int h = h0 + 1; h < h1; h++) {
                    int r = map + h * width;
                    for (int j = 0; j < width; j++) {
                        float a = rows[j];
                        float b = s[r + j];
                        rows[j] = a + b - a * b;
                    }
                }
                for (int ow = 0; ow < outWidth; ow++) {
                    int w0 = firstColumn(ow);
                    int w1 = endColumn(ow);
                    float m = rows[w0];
                    for (int w = w0 + 1; w < w1; w++) {
                        m = m + rows[w] - m * rows[w];
                    }
                    pooled[o++] = m;
                }
            }
        }
    }

    private void poolRowPairs(float[] s, int len, float[] pooled, float[] rows) {
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
     * The spikes' gradient from the pooled maps': each window's gradient goes to its first maximum;
     * windows that overlap add up, in PyTorch's order (windows in row-major order).
     */
    void route(float[] s, int len, float[] gradPooled, float[] gradSpikes) {
        if (rowPairs) {
            routeRowPairs(s, len, gradPooled, gradSpikes);
            return;
        }
        Arrays.fill(gradSpikes, 0, len, 0f);
        int o = 0;
        for (int map = 0; map < len; map += height * width) {
            for (int oh = 0; oh < outHeight; oh++) {
                int h0 = firstRow(oh);
                int h1 = endRow(oh);
                for (int ow = 0; ow < outWidth; ow++) {
                    gradSpikes[firstMaximum(s, map, h0, h1, firstColumn(ow), endColumn(ow))] += gradPooled[o++];
                }
            }
        }
    }

    /** The first row of output row {@code oh}'s windows inside the map (padding is -inf: never a maximum). */
    private int firstRow(int oh) {
        return Math.max(0, oh * window.strideH() - window.padH());
    }

    /** One past the last row of output row {@code oh}'s windows inside the map. */
    private int endRow(int oh) {
        return Math.min(height, oh * window.strideH() - window.padH() + window.kernelH());
    }

    private int firstColumn(int ow) {
        return Math.max(0, ow * window.strideW() - window.padW());
    }

    private int endColumn(int ow) {
        return Math.min(width, ow * window.strideW() - window.padW() + window.kernelW());
    }

    /** The offset of the window's first neuron that fired, or of its first neuron when none did. */
    private int firstMaximum(float[] s, int map, int h0, int h1, int w0, int w1) {
        for (int h = h0; h < h1; h++) {
            int r = map + h * width;
            for (int w = w0; w < w1; w++) {
                if (s[r + w] > 0f) {
                    return r + w;
                }
            }
        }
        return map + h0 * width + w0;
    }

    /**
     * The row-pair path of {@link #route}: for spikes a0..a3 of a window (top-left, top-right,
     * bottom-left, bottom-right, each 0 or 1) the first maximum is the first that fired, or a0 when
     * none did, so the weights below are exactly 0 or 1: arithmetic instead of branches, which would
     * mispredict on every other window of random spikes.
     */
    private void routeRowPairs(float[] s, int len, float[] gradPooled, float[] gradSpikes) {
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
