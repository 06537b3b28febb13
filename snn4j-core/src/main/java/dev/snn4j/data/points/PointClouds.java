/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import java.util.Arrays;

/**
 * Helpers on point clouds stored as flat float arrays, x y z per point.
 *
 * <p>Every cloud snn4j hands to a model is first {@link #normalize normalised} as PointNet++ does
 * ({@code pc_normalize}): centred on the mean of its points, then scaled so that the point farthest
 * from the centre is at distance 1 (the unit sphere).
 */
public final class PointClouds {

    private PointClouds() {}

    /**
     * Centres the {@code n} points at {@code offset} on their mean and scales them into the unit
     * sphere (farthest point at distance exactly 1, up to float rounding). A cloud whose points all
     * coincide becomes all zeros.
     */
    public static void normalize(float[] xyz, int offset, int n) {
        double mx = 0;
        double my = 0;
        double mz = 0;
        for (int i = 0; i < n; i++) {
            int p = offset + 3 * i;
            mx += xyz[p];
            my += xyz[p + 1];
            mz += xyz[p + 2];
        }
        mx /= n;
        my /= n;
        mz /= n;
        double max = 0;
        for (int i = 0; i < n; i++) {
            int p = offset + 3 * i;
            double x = xyz[p] - mx;
            double y = xyz[p + 1] - my;
            double z = xyz[p + 2] - mz;
            max = Math.max(max, x * x + y * y + z * z);
        }
        double scale = max > 0 ? 1 / Math.sqrt(max) : 0;
        for (int i = 0; i < n; i++) {
            int p = offset + 3 * i;
            xyz[p] = (float) ((xyz[p] - mx) * scale);
            xyz[p + 1] = (float) ((xyz[p + 1] - my) * scale);
            xyz[p + 2] = (float) ((xyz[p + 2] - mz) * scale);
        }
    }

    /** The largest distance from the origin among the {@code n} points at {@code offset}. */
    public static double maxNorm(float[] xyz, int offset, int n) {
        double max = 0;
        for (int i = 0; i < n; i++) {
            int p = offset + 3 * i;
            max = Math.max(max, Math.sqrt(xyz[p] * (double) xyz[p] + xyz[p + 1] * (double) xyz[p + 1]
                    + xyz[p + 2] * (double) xyz[p + 2]));
        }
        return max;
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit value of {@code z}. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed from a data seed and a stream number, so neighbouring values give unrelated streams. */
    static long mix(long seed, long stream) {
        return mix64(mix64(seed) + 0x9E3779B97F4A7C15L * (stream + 1));
    }

    /** A stable 64-bit hash of a text (FNV-1a over its UTF-8 bytes), for per-file seeds. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The indices 0..n-1 of {@code labels} reordered round-robin over the classes, keeping each class's order. */
    static int[] interleave(int[] labels, int classes) {
        int[][] byClass = new int[classes][];
        int[] counts = new int[classes];
        for (int l : labels) {
            counts[l]++;
        }
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][counts[labels[i]]++] = i;
        }
        int[] order = new int[labels.length];
        int k = 0;
        for (int round = 0; k < labels.length; round++) {
            for (int c = 0; c < classes; c++) {
                if (round < byClass[c].length) {
                    order[k++] = byClass[c][round];
                }
            }
        }
        return order;
    }
}
