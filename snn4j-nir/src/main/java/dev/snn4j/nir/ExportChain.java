/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The graph being written and where it stands: the nodes whose outputs sum to the current value
 * (one node, or several after a residual connection), its per-sample shape, and whether it is
 * spikes (only 0s and 1s, which max pooling needs).
 */
final class ExportChain {

    private final NirGraph.Builder builder;
    private List<String> ends;
    private long[] shape;
    private boolean spikes;
    private float weightScale = 1f;

    ExportChain(NirGraph.Builder builder, String input, long[] shape) {
        this.builder = builder;
        this.ends = List.of(input);
        this.shape = shape.clone();
        this.spikes = false;
    }

    /** Adds {@code node}, fed by the current ends; it becomes the one end, of {@code newShape}. */
    void append(String name, NirNode node, long[] newShape, boolean isSpikes) {
        builder.add(name, node);
        for (String end : ends) {
            builder.connect(end, name);
        }
        ends = List.of(name);
        shape = newShape.clone();
        spikes = isSpikes;
    }

    /** The next linear layer's weights are to be multiplied by {@code scale} (a global pool's 1/(H·W)). */
    void scaleNextWeights(float scale) {
        weightScale = scale;
    }

    /** The scale for the next weights (1 when none was asked for); asking again gives 1. */
    float takeWeightScale() {
        float s = weightScale;
        weightScale = 1f;
        return s;
    }

    /** The current ends, of the current shape. */
    State state() {
        return new State(ends, shape.clone(), spikes);
    }

    /** Goes back to an earlier state (the start of a residual block's shortcut). */
    void restore(State state) {
        ends = state.ends();
        shape = state.shape().clone();
        spikes = state.spikes();
    }

    /** The current value becomes the sum of the current ends and {@code other}'s (a residual addition). */
    void addEnds(State other, String where) {
        if (!Arrays.equals(other.shape(), shape)) {
            throw new IllegalStateException(where + ": cannot add values of shapes " + Arrays.toString(shape) + " and "
                    + Arrays.toString(other.shape()));
        }
        List<String> sum = new ArrayList<>(ends);
        for (String e : other.ends()) {
            if (!sum.contains(e)) {
                sum.add(e);
            }
        }
        ends = List.copyOf(sum);
        spikes = false;
    }

    long[] shape() {
        return shape.clone();
    }

    boolean spikes() {
        return spikes;
    }

    /** A point of the chain: the ends summed, their shape and whether they are one spike layer. */
    record State(List<String> ends, long[] shape, boolean spikes) {}
}
