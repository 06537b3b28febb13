/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.Pool2d;
import dev.snn4j.layer.SynapticConv2d;
import dev.snn4j.layer.SynapticLinear;
import java.util.Arrays;
import java.util.List;

/**
 * snn4j and DJL blocks for NIR's stateless nodes, each on a batch of samples [N, ...] (the stem
 * runs them so; the body wraps them in a {@code TimeDistributed}), with the per-sample shape they
 * produce. Weights are set after the model is initialised ({@link Weights}).
 */
final class ImportBlocks {

    private ImportBlocks() {}

    /** A block, the per-sample shape after it, and the NIR arrays its parameters take. */
    record Mapped(Block block, long[] shape, Weights weights) {}

    /** A convolution with bias: {@link SynapticConv2d}. */
    static Mapped conv(NirNode.Conv2d n, long[] in, String where) {
        NirArray w = n.weight();
        if (in.length != 3 || w.dim(1) * n.groups() != in[0]) {
            throw new Snn4jException(where + ": expected a Conv2d on [" + w.dim(1) * n.groups() + ", H, W] maps, found input "
                    + Arrays.toString(in));
        }
        if (n.inputShape() != null && (n.inputShape().get(0) != in[1] || n.inputShape().get(1) != in[2])) {
            throw new Snn4jException(where + ": input_shape " + n.inputShape() + " disagrees with the maps it gets, "
                    + Arrays.toString(in));
        }
        Block conv = SynapticConv2d.synapticBuilder()
                .setKernelShape(new Shape(w.dim(2), w.dim(3)))
                .optStride(shape(n.stride()))
                .optPadding(shape(n.padding()))
                .optDilation(shape(n.dilation()))
                .setFilters(Math.toIntExact(w.dim(0)))
                .optGroups(Math.toIntExact(n.groups()))
                .optBias(true)
                .build();
        long[] out = {w.dim(0), 0, 0};
        for (int i = 0; i < 2; i++) {
            long extent = n.dilation().get(i) * (w.dim(2 + i) - 1);
            out[1 + i] = Math.floorDiv(in[1 + i] + 2 * n.padding().get(i) - extent - 1, n.stride().get(i)) + 1;
        }
        if (out[1] < 1 || out[2] < 1) {
            throw new Snn4jException(where + ": the convolution leaves no output of input " + Arrays.toString(in));
        }
        return new Mapped(conv, out, Weights.of(conv, w, n.bias()));
    }

    /** A linear layer (Affine with bias, Linear without): {@link SynapticLinear}. */
    static Mapped linear(NirArray weight, NirArray bias, long[] in, String where) {
        if (weight.rank() != 2 || in.length != 1 || weight.dim(1) != in[0]) {
            throw new Snn4jException(where + ": expected a weight [out, " + (in.length == 1 ? in[0] : "D")
                    + "] on features [D], found weight " + Arrays.toString(weight.shape()) + " on input " + Arrays.toString(in));
        }
        SynapticLinear linear = SynapticLinear.of(weight.dim(0), bias != null);
        return new Mapped(linear, new long[] {weight.dim(0)}, Weights.of(linear, weight, bias));
    }

    /** Max pooling (on spikes: NIR's SumPool2d then a Threshold in [0, 1)). */
    static Mapped maxPool(NirNode.SumPool2d n, long[] in, String where) {
        long[] out = pooled(n.kernelSize(), n.stride(), n.padding(), in, where);
        for (int i = 0; i < 2; i++) {
            if (2 * n.padding().get(i) > n.kernelSize().get(i)) {
                throw new Snn4jException(where + ": expected a max pool's padding <= half its kernel (a window of padding"
                        + " only has no maximum), found kernel " + n.kernelSize() + ", padding " + n.padding());
            }
        }
        boolean twoByTwo = n.kernelSize().equals(List.of(2L, 2L)) && n.stride().equals(List.of(2L, 2L))
                && n.padding().equals(List.of(0L, 0L));
        Block block = twoByTwo ? new MaxPool2x2()
                : Pool2d.builder().setKind(Pool2d.Kind.MAX).setKernel(n.kernelSize().get(0), n.kernelSize().get(1))
                        .optStride(n.stride().get(0), n.stride().get(1)).optPadding(n.padding().get(0), n.padding().get(1)).build();
        return new Mapped(block, out, Weights.NONE);
    }

    /** NIR's AvgPool2d (the mean over each window, padded zeros counted) or SumPool2d: {@link Pool2dBlock}. */
    static Mapped pool(boolean sum, List<Long> kernel, List<Long> stride, List<Long> padding, long[] in, String where) {
        long[] out = pooled(kernel, stride, padding, in, where);
        return new Mapped(new Pool2dBlock(sum, shape(kernel), shape(stride), shape(padding)), out, Weights.NONE);
    }

    /** Flatten of a whole sample, [N, ...] to [N, D]. */
    static Mapped flatten(NirNode.Flatten n, long[] in, String where) {
        checkFlatten(n, in, where);
        return new Mapped(Blocks.batchFlattenBlock(), new long[] {NirArray.size(in)}, Weights.NONE);
    }

    /** Requires a Flatten of every axis of a sample: start 0, end the last (-1). */
    static void checkFlatten(NirNode.Flatten n, long[] in, String where) {
        boolean all = n.startDim() == 0 && (n.endDim() == -1 || n.endDim() == in.length - 1);
        if (!all) {
            throw new Snn4jException(where + ": expected a Flatten of the whole sample (start_dim 0, end_dim -1), found"
                    + " start_dim " + n.startDim() + ", end_dim " + n.endDim() + " on " + Arrays.toString(in));
        }
        if (n.inputType() != null && NirArray.size(toArray(n.inputType())) != NirArray.size(in)) {
            throw new Snn4jException(where + ": input_type " + n.inputType() + " disagrees with the input it gets, "
                    + Arrays.toString(in));
        }
    }

    /** The identity: a stem with no synapse before its neuron, or a head that reads the rates as they are. */
    static Block identity() {
        return new LambdaBlock(x -> x, "identity");
    }

    private static long[] pooled(List<Long> kernel, List<Long> stride, List<Long> padding, long[] in, String where) {
        if (in.length != 3 || kernel.size() != 2 || stride.size() != 2 || padding.size() != 2) {
            throw new Snn4jException(where + ": expected a 2-D pool on [C, H, W] maps, found input " + Arrays.toString(in)
                    + ", kernel " + kernel);
        }
        long[] out = {in[0], 0, 0};
        for (int i = 0; i < 2; i++) {
            out[1 + i] = Math.floorDiv(in[1 + i] + 2 * padding.get(i) - kernel.get(i), stride.get(i)) + 1;
        }
        if (out[1] < 1 || out[2] < 1) {
            throw new Snn4jException(where + ": the pool leaves no output of input " + Arrays.toString(in));
        }
        return out;
    }

    static Shape shape(List<Long> values) {
        return new Shape(toArray(values));
    }

    static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
