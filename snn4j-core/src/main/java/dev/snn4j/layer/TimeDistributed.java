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
 * Runs a stateless layer (convolution, batch norm, pooling, linear, dropout) once on all time steps
 * by folding time into the batch: [T, B, ...] becomes [T*B, ...] and back.
 *
 * <p>One call on T*B samples is much faster than T calls on B samples, and batch norm sees the
 * statistics of every step at once, as in SpikingJelly's multi-step mode.
 */
public final class TimeDistributed extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block inner;

    public TimeDistributed(Block inner) {
        super(VERSION);
        this.inner = addChildBlock("inner", inner);
    }

    public Block inner() {
        return inner;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inner, parameterStore, inputs.singletonOrThrow(), training, params));
    }

    /** Runs {@code block} (the inner block or a part of it) on x [T, B, ...] folded to [T*B, ...]. */
    static NDArray apply(
            Block block, ParameterStore parameterStore, NDArray x, boolean training, PairList<String, Object> params) {
        Shape shape = x.getShape();
        NDArray folded = x.reshape(fold(shape));
        NDArray y = block.forward(parameterStore, new NDList(folded), training, params).singletonOrThrow();
        return y.reshape(unfold(shape.get(0), shape.get(1), y.getShape()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        Shape out = inner.getOutputShapes(new Shape[] {fold(in)})[0];
        return new Shape[] {unfold(in.get(0), in.get(1), out)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        inner.initialize(manager, dataType, fold(inputShapes[0]));
    }

    private static Shape fold(Shape timeFirst) {
        if (timeFirst.dimension() < 2) {
            throw new IllegalArgumentException("expected [T, B, ...], found " + timeFirst);
        }
        return new Shape(timeFirst.get(0) * timeFirst.get(1)).addAll(timeFirst.slice(2));
    }

    private static Shape unfold(long steps, long batch, Shape folded) {
        return new Shape(steps, batch).addAll(folded.slice(1));
    }

    @Override
    public String toString() {
        return "TimeDistributed(" + inner + ")";
    }
}
