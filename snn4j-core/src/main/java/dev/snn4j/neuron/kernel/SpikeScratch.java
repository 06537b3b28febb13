/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

/** One task's working arrays: a block of V, C, H and S for each kept step, and pooling space. */
final class SpikeScratch {
    final float[] v;
    final float[] c;
    final float[][] h;
    final float[][] s;
    final float[] pooled;
    final float[] rows;
    final float[] elementScale;
    final float[] elementShift;
    /** A step's residual, added to the mapped input. */
    final float[] residual;
    /** The raw input of each step (before the affine map), when the backward needs it. */
    final float[][] inputs;

    /**
     * @param keepInputs whether to keep the raw inputs (the backward pass, with an affine map)
     * @param residual whether a residual is added to the input (room for a block of it)
     */
    SpikeScratch(int block, int keptSteps, SpikeLayout layout, boolean keepInputs, boolean residual) {
        v = new float[block];
        c = new float[block];
        h = new float[keptSteps][block];
        s = new float[keptSteps][block];
        pooled = layout.pooling() != null ? new float[layout.pooling().outLength(block)] : null;
        rows = layout.pooling() != null ? new float[layout.pooling().rowScratch()] : null;
        this.residual = residual ? new float[block] : null;
        elementScale = layout.affine() != null ? new float[block] : null;
        elementShift = layout.affine() != null ? new float[block] : null;
        inputs = keepInputs && layout.affine() != null ? new float[layout.repeated() ? 1 : keptSteps][block] : null;
    }

    void startBlock(SpikeLayout layout, int b, int len) {
        if (layout.affine() != null) {
            layout.affine().expand(b, len, elementScale, elementShift);
        }
    }

    /** The number of spikes (ones) in s[0, len). */
    static long count(float[] s, int len) {
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
}
