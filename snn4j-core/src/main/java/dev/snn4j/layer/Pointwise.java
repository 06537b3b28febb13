/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Runs a layer on the last axis of every point, shared by all points: [..., C] becomes [M, C] with
 * all leading axes (time, batch, points) folded into M, and back. Point clouds are laid out
 * channels-last, [T, B, N, C], so a per-point MLP is a plain Linear on [M, C] (one matrix product,
 * the same as PointNet's 1×1 convolution), and batch norm on [M, C] normalises each channel over
 * time, batch and points, as BatchNorm1d after a 1×1 Conv1d does.
 */
public final class Pointwise extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block inner;

    public Pointwise(Block inner) {
        super(VERSION);
        this.inner = addChildBlock("inner", inner);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        NDArray y = inner.forward(ps, new NDList(x.reshape(fold(shape))), training, params).singletonOrThrow();
        return new NDList(y.reshape(unfold(shape, y.getShape())));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {unfold(in, inner.getOutputShapes(new Shape[] {fold(in)})[0])};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        inner.initialize(manager, dataType, fold(inputShapes[0]));
    }

    private static Shape fold(Shape in) {
        if (in.dimension() < 2) {
            throw new IllegalArgumentException("Pointwise: expected [..., C], found " + in);
        }
        return new Shape(in.size() / in.get(in.dimension() - 1), in.get(in.dimension() - 1));
    }

    private static Shape unfold(Shape in, Shape folded) {
        return in.slice(0, in.dimension() - 1).add(folded.get(1));
    }

    @Override
    public String toString() {
        return "Pointwise(" + inner + ")";
    }
}
