/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import java.util.List;

/**
 * Two tiny NIR graphs whose outputs are worked out by hand in the comments; {@code nir_examples.py}
 * writes the same two graphs with h5py, as NIR's Python writer lays them out.
 */
final class HandWorkedGraphs {

    /** dt of both graphs, in seconds. */
    static final double DT = 1e-3;

    private HandWorkedGraphs() {}

    /**
     * Input [2] → Affine W = [[1, 0], [0.5, 0.5]], b = [0.5, 0] → LIF (tau = 2 dt, R = 1,
     * v_leak = v_reset = 0, threshold 1) → Affine [[1, 0], [0, 1], [1, 1]], b = [0, 0, 0.25].
     *
     * <p>For x = [1, 1] repeated for T = 4 steps the currents are c = [1.5, 1]. With
     * v += (dt / tau)(v_leak - v + R c) = v + (c - v) / 2: neuron 0 goes 0.75, 1.125 (spike, reset to 0),
     * 0.75, 1.125 (spike): rate 2/4 = 0.5; neuron 1 goes 0.5, 0.75, 0.875, 0.9375: rate 0. The
     * scores: [0.5, 0, 0.5 + 0.25] = [0.5, 0, 0.75].
     */
    static NirGraph lif() {
        long[] two = {2};
        return NirGraph.builder()
                .add("input", new NirNode.Input(List.of(2L)))
                .add("fc", new NirNode.Affine(new NirArray(new long[] {2, 2}, new float[] {1, 0, 0.5f, 0.5f}),
                        NirArray.vector(0.5f, 0)))
                .add("lif", new NirNode.Lif(NirArray.full(two, (float) (2 * DT)), NirArray.full(two, 1), NirArray.full(two, 0),
                        NirArray.full(two, 1), NirArray.full(two, 0)))
                .add("out", new NirNode.Affine(new NirArray(new long[] {3, 2}, new float[] {1, 0, 0, 1, 1, 1}),
                        NirArray.vector(0, 0, 0.25f)))
                .add("output", new NirNode.Output(List.of(3L)))
                .connect("input", "fc").connect("fc", "lif").connect("lif", "out").connect("out", "output")
                .build();
    }

    /** The input of {@link #lif()}. */
    static final float[] LIF_INPUT = {1, 1};
    /** Its scores, by hand. */
    static final float[] LIF_SCORES = {0.5f, 0, 0.75f};

    /**
     * Input [1, 2, 2] → Conv2d 1x1 with weight 1, bias 0 → IF (R = 1/dt, threshold 1, reset 0) →
     * SumPool2d 2x2 → Threshold 0.5 → Flatten → Affine [[1], [-1]], b = [0, 1].
     *
     * <p>For the map [[0.3, 0.6], [0, 0.55]] repeated for T = 3 steps, v += dt R x = v + x: 0.3
     * reaches 0.3, 0.6, 0.9 (no spike); 0.6 reaches 0.6, 1.2 (spike, reset), 0.6; 0 never fires;
     * 0.55 reaches 0.55, 1.1 (spike), 0.55. The pool's "any spike" is 0, 1, 0: rate 1/3. The
     * scores: [1/3, -1/3 + 1] = [1/3, 2/3].
     */
    static NirGraph ifMaxPool() {
        long[] maps = {1, 2, 2};
        long[] pooled = {1, 1, 1};
        return NirGraph.builder()
                .add("input", new NirNode.Input(List.of(1L, 2L, 2L)))
                .add("conv", new NirNode.Conv2d(new NirArray(new long[] {1, 1, 1, 1}, new float[] {1}), NirArray.vector(0),
                        List.of(1L, 1L), List.of(0L, 0L), List.of(1L, 1L), 1, List.of(2L, 2L)))
                .add("if", new NirNode.If(NirArray.full(maps, (float) (1 / DT)), NirArray.full(maps, 1), NirArray.full(maps, 0)))
                .add("pool", new NirNode.SumPool2d(List.of(2L, 2L), List.of(2L, 2L), List.of(0L, 0L)))
                .add("any", new NirNode.Threshold(NirArray.full(pooled, 0.5f)))
                .add("flat", new NirNode.Flatten(List.of(1L, 1L, 1L), 0, -1))
                .add("out", new NirNode.Affine(new NirArray(new long[] {2, 1}, new float[] {1, -1}), NirArray.vector(0, 1)))
                .add("output", new NirNode.Output(List.of(2L)))
                .connect("input", "conv").connect("conv", "if").connect("if", "pool").connect("pool", "any")
                .connect("any", "flat").connect("flat", "out").connect("out", "output")
                .build();
    }

    /** The input of {@link #ifMaxPool()}. */
    static final float[] IF_INPUT = {0.3f, 0.6f, 0, 0.55f};
    /** Its scores, by hand. */
    static final float[] IF_SCORES = {1 / 3f, 2 / 3f};
}
