/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

/**
 * Resamples a rectangle of an RGB image to an output size with an antialiased bilinear (triangle)
 * filter, separably, as Pillow's {@code resize(..., BILINEAR)} does (which torchvision uses on PIL
 * images): when shrinking by a factor f the triangle is widened f times, so every source pixel
 * contributes and nothing aliases. Output values are rounded to whole 0..255 levels like Pillow's
 * 8-bit result, so normalisation afterwards sees the same values as torchvision's ToTensor would.
 */
final class Resampler {

    private Resampler() {}

    /** Weights of one output axis: for output i, source indices first[i] .. first[i] + count[i] - 1. */
    record Axis(int[] first, int[] count, float[] weights, int stride) {

        /**
         * @param start source coordinate of the rectangle's first edge
         * @param length source length of the rectangle
         * @param out output pixels
         * @param size source pixels on this axis (weights outside are dropped, the rest renormalised)
         */
        static Axis of(double start, double length, int out, int size) {
            double scale = length / out;
            double support = Math.max(1.0, scale); // triangle half-width in source pixels
            int stride = (int) Math.ceil(support) * 2 + 1;
            int[] first = new int[out];
            int[] count = new int[out];
            float[] weights = new float[out * stride];
            for (int i = 0; i < out; i++) {
                double centre = start + (i + 0.5) * scale; // in source pixel edges
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(size, (int) Math.ceil(centre + support));
                double total = 0;
                int n = 0;
                double[] w = new double[Math.max(0, hi - lo)];
                for (int s = lo; s < hi; s++) {
                    double d = Math.abs((s + 0.5 - centre) / support);
                    double v = d < 1 ? 1 - d : 0;
                    w[s - lo] = v;
                    total += v;
                }
                if (total <= 0) { // rectangle entirely outside: nearest edge pixel
                    lo = Math.min(size - 1, Math.max(0, (int) Math.floor(centre)));
                    first[i] = lo;
                    count[i] = 1;
                    weights[i * stride] = 1f;
                    continue;
                }
                // trim zero weights at both ends so count <= stride
                int a = 0;
                int b = w.length;
                while (a < b && w[a] == 0) {
                    a++;
                }
                while (b > a && w[b - 1] == 0) {
                    b--;
                }
                first[i] = lo + a;
                for (int k = a; k < b && n < stride; k++) {
                    weights[i * stride + n++] = (float) (w[k] / total);
                }
                count[i] = n;
            }
            return new Axis(first, count, weights, stride);
        }
    }

    /**
     * Resamples {@code box} of the interleaved RGB image {@code rgb} ({@code w x h}) to
     * {@code out x out} and writes it normalised, channel-major ([3, out, out]) into {@code dst}.
     *
     * @param lut lut[c][v]: normalised value of level v on channel c
     */
    static void resample(byte[] rgb, int w, int h, CropBox box, int out, float[][] lut, float[] dst, int offset) {
        Axis ax = Axis.of(box.x(), box.width(), out, w);
        Axis ay = Axis.of(box.y(), box.height(), out, h);
        // rows of the source that the vertical pass needs
        int rowLo = ay.first()[0];
        int rowHi = ay.first()[out - 1] + ay.count()[out - 1];
        for (int i = 0; i < out; i++) {
            rowLo = Math.min(rowLo, ay.first()[i]);
            rowHi = Math.max(rowHi, ay.first()[i] + ay.count()[i]);
        }
        int rows = rowHi - rowLo;
        float[] tmp = new float[rows * out * 3]; // horizontally resampled rows, RGB interleaved
        for (int r = 0; r < rows; r++) {
            int src = (rowLo + r) * w * 3;
            int t = r * out * 3;
            for (int i = 0; i < out; i++) {
                int f = ax.first()[i];
                int base = i * ax.stride();
                float sr = 0;
                float sg = 0;
                float sb = 0;
                for (int k = 0; k < ax.count()[i]; k++) {
                    float wt = ax.weights()[base + k];
                    int p = src + (f + k) * 3;
                    sr += wt * (rgb[p] & 0xFF);
                    sg += wt * (rgb[p + 1] & 0xFF);
                    sb += wt * (rgb[p + 2] & 0xFF);
                }
                tmp[t + 3 * i] = sr;
                tmp[t + 3 * i + 1] = sg;
                tmp[t + 3 * i + 2] = sb;
            }
        }
        int plane = out * out;
        for (int j = 0; j < out; j++) {
            int f = ay.first()[j] - rowLo;
            int base = j * ay.stride();
            for (int i = 0; i < out; i++) {
                float sr = 0;
                float sg = 0;
                float sb = 0;
                for (int k = 0; k < ay.count()[j]; k++) {
                    float wt = ay.weights()[base + k];
                    int t = ((f + k) * out + i) * 3;
                    sr += wt * tmp[t];
                    sg += wt * tmp[t + 1];
                    sb += wt * tmp[t + 2];
                }
                int col = box.mirror() ? out - 1 - i : i;
                int o = offset + j * out + col;
                dst[o] = lut[0][level(sr)];
                dst[o + plane] = lut[1][level(sg)];
                dst[o + 2 * plane] = lut[2][level(sb)];
            }
        }
    }

    private static int level(float v) {
        int l = Math.round(v);
        return l < 0 ? 0 : Math.min(l, 255);
    }
}
