/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

/**
 * What a fused run computes: T steps of n neurons, the input a sequence [T, n] or one current
 * [n] used at every step ({@code repeated}), the output the spikes [T, n] or, with a {@code
 * pooling}, their max pool over [..., H, W] maps (see {@link SpikePooling}). With an {@code
 * affine}, the input is first mapped channel by channel (batch norm folded in). A residual (an
 * array of the input's shape added after the map) is given to the kernel beside the input.
 */
record SpikeLayout(boolean repeated, int steps, int n, SpikePooling pooling, ChannelAffine affine) {

    /** Neurons per block: each block's rows of all buffers stay in the core's cache. */
    static final int BLOCK = 2048;

    int block() {
        return pooling != null ? pooling.blockSize(BLOCK) : BLOCK;
    }

    /** Outputs per step. */
    int outN() {
        return pooling != null ? pooling.outLength(n) : n;
    }
}
