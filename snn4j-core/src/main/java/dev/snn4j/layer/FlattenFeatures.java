/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Flattens [T, B, C, H, W] (or any [T, B, ...]) to features [T, B, C·H·W], keeping every position:
 * the body's end for models whose classifier sees the whole final map (VGGSNN) rather than its
 * average. A view, no copy.
 */
public final class FlattenFeatures extends AbstractBlock {

    private static final byte VERSION = 1;

    public FlattenFeatures() {
        super(VERSION);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        var x = inputs.singletonOrThrow();
        return new NDList(x.reshape(x.getShape().get(0), x.getShape().get(1), -1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), in.slice(2).size())};
    }
}
