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
 * PointNet's symmetric function: the maximum over the points of [T, B, N, C], giving pooled
 * features [T, B, C] that do not depend on the order of the points. Spiking PointNet pools
 * batch-norm outputs, not spikes: on spikes the maximum is a logical OR over all points.
 */
public final class PointMaxPool extends AbstractBlock {

    private static final byte VERSION = 1;

    public PointMaxPool() {
        super(VERSION);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        var x = inputs.singletonOrThrow();
        if (x.getShape().dimension() != 4) {
            throw new IllegalArgumentException("PointMaxPool: expected [T, B, N, C], found " + x.getShape());
        }
        return new NDList(x.max(new int[] {2}));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), in.get(3))};
    }
}
