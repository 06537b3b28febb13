/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.djl.nn.pooling.Pool;

/**
 * NIR's SumPool2d and AvgPool2d on [N, C, H, W]: the sum, or the mean, over each window, padded
 * zeros included (DJL's average pool with {@code countIncludePad}, times the window's size for the
 * sum). A block of its own, unlike DJL's pooling lambdas, so that an imported model exports again
 * with its windows.
 */
final class Pool2dBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final boolean sum;
    private final Shape kernel;
    private final Shape stride;
    private final Shape padding;

    Pool2dBlock(boolean sum, Shape kernel, Shape stride, Shape padding) {
        super(VERSION);
        this.sum = sum;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
    }

    /** The NIR node this block computes. */
    NirNode node() {
        java.util.List<Long> k = java.util.Arrays.stream(kernel.getShape()).boxed().toList();
        java.util.List<Long> s = java.util.Arrays.stream(stride.getShape()).boxed().toList();
        java.util.List<Long> p = java.util.Arrays.stream(padding.getShape()).boxed().toList();
        return sum ? new NirNode.SumPool2d(k, s, p) : new NirNode.AvgPool2d(k, s, p);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray mean = Pool.avgPool2d(inputs.singletonOrThrow(), kernel, stride, padding, false, true);
        return new NDList(sum ? mean.mul((float) kernel.size()) : mean);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        long h = (in.get(2) + 2 * padding.get(0) - kernel.get(0)) / stride.get(0) + 1;
        long w = (in.get(3) + 2 * padding.get(1) - kernel.get(1)) / stride.get(1) + 1;
        return new Shape[] {new Shape(in.get(0), in.get(1), h, w)};
    }

    @Override
    public String toString() {
        return (sum ? "SumPool2d" : "AvgPool2d") + "(" + kernel + ", stride " + stride + ", padding " + padding + ")";
    }
}
