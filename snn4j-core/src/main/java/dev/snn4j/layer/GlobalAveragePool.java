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
 * Averages [T, B, C, spatial...] over its spatial axes to pooled features [T, B, C]. It works on any
 * number of spatial axes (images, points), so it needs no time folding.
 */
public final class GlobalAveragePool extends AbstractBlock {

    private static final byte VERSION = 1;

    public GlobalAveragePool() {
        super(VERSION);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        var x = inputs.singletonOrThrow();
        int dims = x.getShape().dimension();
        if (dims <= 3) {
            return new NDList(x);
        }
        // PyTorch's mean in DJL takes one axis: flatten the spatial axes first (a view, no copy)
        var s = x.getShape();
        return new NDList(x.reshape(s.get(0), s.get(1), s.get(2), -1).mean(new int[] {3}));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].slice(0, Math.min(3, inputShapes[0].dimension()))};
    }
}
