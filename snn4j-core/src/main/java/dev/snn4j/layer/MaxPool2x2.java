/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.types.Shape;

/**
 * 2×2 max pooling with stride 2 of [N, C, H, W] maps, as a block that the spiking layer before it
 * can recognise and run fused with it ({@link SpikingSequential}, {@link Stem}): spikes are binary,
 * and pooling them inside the layer's own pass saves writing and re-reading the full spike maps.
 *
 * <p>A {@link Pool2d} (a lambda) computing exactly {@code Pool.maxPool2d(x, 2×2, 2×2, 0, false)}, so that
 * models save and load as they did with {@code Pool.maxPool2dBlock(new Shape(2, 2))}.
 */
public final class MaxPool2x2 extends Pool2d {

    private static final Shape TWO_BY_TWO = new Shape(2, 2);

    public MaxPool2x2() {
        this(false);
    }

    /**
     * @param ceil whether a map of odd size keeps its last row and column as a window of its own
     *     (PyTorch's ceil mode); the same for even maps, the only ones the fused pass pools
     */
    public MaxPool2x2(boolean ceil) {
        super(Kind.MAX, TWO_BY_TWO, TWO_BY_TWO, new Shape(0, 0), ceil);
    }

    /** A body stage pooling every time step: {@code TimeDistributed(MaxPool2x2)}. */
    public static TimeDistributed stage() {
        return new TimeDistributed(new MaxPool2x2());
    }

    /** The same, rounding odd sizes up ({@code ceil}) or down. */
    public static TimeDistributed stage(boolean ceil) {
        return new TimeDistributed(new MaxPool2x2(ceil));
    }
}
