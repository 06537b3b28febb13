/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.pooling.Pool;
import dev.snn4j.neuron.kernel.FusedKernel;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Max or average pooling of [N, C, H, W] maps whose window can be read back (NIR export writes it):
 * a {@link LambdaBlock} computing exactly DJL's {@code Pool.maxPool2d} or {@code Pool.avgPool2d}
 * (padded zeros counted, as {@code Pool.avgPool2dBlock}), so that models save and load as they did
 * with DJL's pooling blocks (a lambda has no parameters; its saved form is the same).
 *
 * <pre>{@code
 * Block pool = Pool2d.builder().setKind(Pool2d.Kind.MAX).setKernel(3).optStride(2).optPadding(1).build();
 * }</pre>
 */
public class Pool2d extends LambdaBlock {

    /** What a window computes. */
    public enum Kind {
        /** The largest value ({@code Pool.maxPool2d}). */
        MAX {
            @Override
            NDArray pool(NDArray x, Shape kernel, Shape stride, Shape padding, boolean ceil) {
                return Pool.maxPool2d(x, kernel, stride, padding, ceil);
            }
        },
        /** The mean, padded zeros counted ({@code Pool.avgPool2d} with {@code countIncludePad}). */
        AVG {
            @Override
            NDArray pool(NDArray x, Shape kernel, Shape stride, Shape padding, boolean ceil) {
                return Pool.avgPool2d(x, kernel, stride, padding, ceil, true);
            }
        };

        abstract NDArray pool(NDArray x, Shape kernel, Shape stride, Shape padding, boolean ceil);
    }

    private final Kind kind;
    private final Shape kernel;
    private final Shape stride;
    private final Shape padding;
    private final boolean ceil;

    /** A pool of {@code kind}; {@link #builder()} checks the sizes. */
    protected Pool2d(Kind kind, Shape kernel, Shape stride, Shape padding, boolean ceil) {
        super(function(kind, kernel, stride, padding, ceil), kind == Kind.MAX ? "maxPool2d" : "avgPool2d");
        this.kind = kind;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.ceil = ceil;
    }

    private static Function<NDList, NDList> function(Kind kind, Shape kernel, Shape stride, Shape padding, boolean ceil) {
        return x -> new NDList(kind.pool(x.singletonOrThrow(), kernel, stride, padding, ceil));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Kind kind() {
        return kind;
    }

    /** The window, (kH, kW). */
    public Shape kernel() {
        return kernel;
    }

    public Shape stride() {
        return stride;
    }

    /** Zeros added on each side, (pH, pW). */
    public Shape padding() {
        return padding;
    }

    /** Whether a partial last window at the bottom or right is kept (PyTorch's ceil mode). */
    public boolean ceilMode() {
        return ceil;
    }

    /** The output size of one axis (0: height, 1: width) for an input of {@code size}, as PyTorch counts it. */
    public long outputSize(int axis, long size) {
        return FusedKernel.MaxPool.outputSize(size, kernel.get(axis), stride.get(axis), padding.get(axis), ceil);
    }

    /**
     * The window as the fused kernel pools it after a spiking layer (see {@link FusedUnit}), for a
     * max pool; empty for an average pool.
     */
    public Optional<FusedKernel.MaxPool> fusedWindow() {
        if (kind != Kind.MAX) {
            return Optional.empty();
        }
        return Optional.of(new FusedKernel.MaxPool((int) kernel.get(0), (int) kernel.get(1), (int) stride.get(0),
                (int) stride.get(1), (int) padding.get(0), (int) padding.get(1), ceil));
    }

    /** The window of a body stage {@code TimeDistributed(max Pool2d)}, which the spiking layer before it can fuse. */
    public static Optional<FusedKernel.MaxPool> maxPoolStage(Block stage) {
        return stage instanceof TimeDistributed distributed && distributed.inner() instanceof Pool2d pool
                ? pool.fusedWindow() : Optional.empty();
    }

    /** Whether ceil mode changes nothing for an input of {@code h} × {@code w}. */
    public boolean floorEqualsCeil(long h, long w) {
        Pool2d floor = new Pool2d(kind, kernel, stride, padding, false);
        return floor.outputSize(0, h) == outputSize(0, h) && floor.outputSize(1, w) == outputSize(1, w);
    }

    @Override
    public String toString() {
        return (kind == Kind.MAX ? "MaxPool2d" : "AvgPool2d") + "(kernel " + kernel + ", stride " + stride + ", padding "
                + padding + (ceil ? ", ceil mode" : "") + ")";
    }

    /** Builds a {@link Pool2d}: kind and kernel required; stride the kernel, padding 0 and floor mode by default. */
    public static final class Builder {
        private Kind kind;
        private long[] kernel;
        private long[] stride;
        private long[] padding = {0, 0};
        private boolean ceil;

        private Builder() {}

        public Builder setKind(Kind value) {
            kind = value;
            return this;
        }

        /** A square window k × k. */
        public Builder setKernel(long k) {
            return setKernel(k, k);
        }

        public Builder setKernel(long kH, long kW) {
            kernel = new long[] {kH, kW};
            return this;
        }

        public Builder optStride(long s) {
            return optStride(s, s);
        }

        public Builder optStride(long sH, long sW) {
            stride = new long[] {sH, sW};
            return this;
        }

        public Builder optPadding(long p) {
            return optPadding(p, p);
        }

        public Builder optPadding(long pH, long pW) {
            padding = new long[] {pH, pW};
            return this;
        }

        /** Keep a partial last window (PyTorch's ceil mode); default false. */
        public Builder optCeilMode(boolean value) {
            ceil = value;
            return this;
        }

        public Pool2d build() {
            if (kind == null || kernel == null) {
                throw new IllegalArgumentException("Pool2d: setKind and setKernel are required");
            }
            long[] s = stride == null ? kernel : stride;
            for (int i = 0; i < 2; i++) {
                if (kernel[i] < 1 || s[i] < 1 || padding[i] < 0 || 2 * padding[i] > kernel[i]) {
                    throw new IllegalArgumentException("Pool2d: expected kernel >= 1, stride >= 1 and 0 <= padding <= kernel/2,"
                            + " found kernel " + Arrays.toString(kernel) + ", stride " + Arrays.toString(s) + ", padding "
                            + Arrays.toString(padding));
                }
            }
            return new Pool2d(kind, new Shape(kernel), new Shape(s), new Shape(padding), ceil);
        }
    }
}
