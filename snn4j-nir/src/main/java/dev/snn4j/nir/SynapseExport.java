/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.ConvBn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weighted stateless blocks of a model as NIR nodes: a convolution becomes a Conv2d, a linear
 * layer an Affine (or a Linear without bias), and a batch norm after either is folded into it.
 * NIR has no batch norm; at inference it is the per-channel affine map y = a x + b with
 * a = gamma / sqrt(running_var + eps) and b = beta - a running_mean, so the folded node computes
 * a (W x + bias) + b. For a {@link ConvBn} (every convolution of the presets) a and b are computed
 * in double from its arrays and epsilon; for another batch norm, whose epsilon DJL does not show,
 * the map is measured by running the block itself on 0 and 1.
 */
final class SynapseExport {

    private SynapseExport() {}

    /** Whether {@code block} is a convolution, a linear layer, or a sequence of those with batch norms. */
    static boolean handles(Block block) {
        if (block instanceof Conv2d || block instanceof Linear) {
            return true;
        }
        if (block instanceof SequentialBlock seq && !seq.getChildren().isEmpty()) {
            return seq.getChildren().values().stream()
                    .allMatch(b -> b instanceof Conv2d || b instanceof Linear || b instanceof BatchNorm);
        }
        return false;
    }

    /** Whether {@code block} is a linear layer, or a sequence starting with one. */
    static boolean startsWithLinear(Block block) {
        if (block instanceof Linear) {
            return true;
        }
        return handles(block) && block instanceof SequentialBlock seq && seq.getChildren().get(0).getValue() instanceof Linear;
    }

    /**
     * Appends the nodes of {@code block} (see {@link #handles}) to {@code chain}, named {@code name};
     * the first weights are multiplied by the chain's pending scale ({@link ExportChain#scaleNextWeights}).
     */
    static void append(ExportChain chain, String name, Block block) {
        List<Block> parts = block instanceof SequentialBlock seq ? seq.getChildren().values() : List.of(block);
        Float epsilon = block instanceof ConvBn convBn ? epsilon(convBn) : null;
        List<NirNode> nodes = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        long[] shape = chain.shape();
        float scale = chain.takeWeightScale();
        for (Block part : parts) {
            if (part instanceof BatchNorm bn) {
                if (nodes.isEmpty()) {
                    throw new Snn4jException(name + ": a batch norm with no convolution or linear layer before it has no NIR"
                            + " counterpart");
                }
                nodes.set(nodes.size() - 1, fold(nodes.get(nodes.size() - 1), bn, epsilon, name));
            } else if (part instanceof Conv2d conv) {
                nodes.add(conv(conv, shape, name));
                shape = convOutput(conv, shape);
                shapes.add(shape);
            } else {
                nodes.add(linear((Linear) part, shape, scale, name));
                scale = 1f;
                shape = new long[] {part.getParameters().get("weight").getShape().get(0)};
                shapes.add(shape);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            chain.append(nodes.size() == 1 ? name : name + "." + i, nodes.get(i), shapes.get(i), false);
        }
    }

    private static NirNode conv(Conv2d conv, long[] in, String name) {
        if (in.length != 3) {
            throw new Snn4jException(name + ": expected a convolution on [C, H, W] maps, found input " + Arrays.toString(in));
        }
        NirArray weight = array(conv.getParameters().get("weight"), name);
        NirArray bias = conv.isIncludeBias() ? array(conv.getParameters().get("bias"), name)
                : NirArray.full(new long[] {weight.dim(0)}, 0f);
        return new NirNode.Conv2d(weight, bias, list(conv.getStride()), list(conv.getPadding()), list(conv.getDilation()),
                conv.getGroups(), List.of(in[1], in[2]));
    }

    /** PyTorch's output size: floor((in + 2p - d (k - 1) - 1) / s) + 1 per spatial axis. */
    private static long[] convOutput(Conv2d conv, long[] in) {
        long[] out = {conv.getFilters(), 0, 0};
        for (int i = 0; i < 2; i++) {
            long k = conv.getKernelShape().get(i);
            long s = conv.getStride().get(i);
            long p = conv.getPadding().get(i);
            long d = conv.getDilation().get(i);
            out[1 + i] = Math.floorDiv(in[1 + i] + 2 * p - d * (k - 1) - 1, s) + 1;
        }
        return out;
    }

    private static NirNode linear(Linear linear, long[] in, float scale, String name) {
        if (in.length != 1) {
            throw new Snn4jException(name + ": expected a linear layer on features [D], found input " + Arrays.toString(in));
        }
        NirArray weight = array(linear.getParameters().get("weight"), name);
        if (scale != 1f) {
            float[] w = weight.data();
            for (int i = 0; i < w.length; i++) {
                w[i] *= scale;
            }
            weight = new NirArray(weight.shape(), w);
        }
        Parameter bias = linear.getParameters().get("bias");
        return bias == null ? new NirNode.Linear(weight) : new NirNode.Affine(weight, array(bias, name));
    }

    private static NirNode asAffine(NirNode node) {
        return node instanceof NirNode.Linear l ? new NirNode.Affine(l.weight(), NirArray.full(new long[] {l.weight().dim(0)}, 0f))
                : node;
    }

    /** A ConvBn's batch norm epsilon, as its fused pass uses it. */
    private static float epsilon(ConvBn convBn) {
        Parameter gamma = convBn.batchNorm().getParameters().get("gamma");
        if (gamma == null || !gamma.isInitialized()) {
            return Float.NaN;
        }
        NDManager manager = gamma.getArray().getManager();
        return convBn.batchNormParameters(new ParameterStore(manager, false), gamma.getArray().getDevice(), false).epsilon();
    }

    /**
     * {@code node} (a Conv2d, Affine or Linear) followed by {@code bn}, as one node: computed in
     * double from the batch norm's arrays when its epsilon is known (a {@link ConvBn}), else from
     * the map measured on the block.
     */
    private static NirNode fold(NirNode node, BatchNorm bn, Float epsilon, String name) {
        NirNode affine = asAffine(node);
        NirArray weight = affine instanceof NirNode.Conv2d c ? c.weight() : ((NirNode.Affine) affine).weight();
        NirArray bias = affine instanceof NirNode.Conv2d c ? c.bias() : ((NirNode.Affine) affine).bias();
        int channels = (int) weight.dim(0);
        double[][] ab = epsilon != null && !epsilon.isNaN() ? analytic(bn, epsilon, name)
                : measure(bn, channels, weight.rank() == 4, name);
        float[] w = weight.data();
        int per = w.length / channels;
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (ab[0][i / per] * w[i]);
        }
        float[] b = bias.data();
        for (int c = 0; c < b.length; c++) {
            b[c] = (float) (ab[0][c] * b[c] + ab[1][c]);
        }
        NirArray folded = new NirArray(weight.shape(), w);
        NirArray foldedBias = new NirArray(bias.shape(), b);
        if (affine instanceof NirNode.Conv2d c) {
            return new NirNode.Conv2d(folded, foldedBias, c.stride(), c.padding(), c.dilation(), c.groups(), c.inputShape());
        }
        return new NirNode.Affine(folded, foldedBias);
    }

    /** The inference map per channel, {a, b} with y = a x + b: a = gamma / sqrt(var + eps), b = beta - a mean. */
    private static double[][] analytic(BatchNorm bn, float epsilon, String name) {
        float[] gamma = array(bn.getParameters().get("gamma"), name).data();
        float[] beta = array(bn.getParameters().get("beta"), name).data();
        float[] mean = array(bn.getParameters().get("runningMean"), name).data();
        float[] var = array(bn.getParameters().get("runningVar"), name).data();
        double[] a = new double[gamma.length];
        double[] b = new double[gamma.length];
        for (int c = 0; c < a.length; c++) {
            a[c] = gamma[c] / Math.sqrt((double) var[c] + epsilon);
            b[c] = beta[c] - a[c] * mean[c];
        }
        return new double[][] {a, b};
    }

    /** The batch norm's inference map per channel: {a, b} with y = a x + b, from its output on 0 and 1. */
    private static double[][] measure(BatchNorm bn, int channels, boolean maps, String name) {
        Parameter gamma = bn.getParameters().get("gamma");
        if (gamma == null || !gamma.isInitialized()) {
            throw new Snn4jException(name + ": the batch norm is not initialised");
        }
        try (NDManager manager = gamma.getArray().getManager().newSubManager()) {
            float[] probe = new float[2 * channels];
            Arrays.fill(probe, channels, 2 * channels, 1f);
            Shape shape = maps ? new Shape(2, channels, 1, 1) : new Shape(2, channels);
            NDArray x = manager.create(probe, shape);
            float[] y = bn.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow().toFloatArray();
            double[] a = new double[channels];
            double[] b = new double[channels];
            for (int c = 0; c < channels; c++) {
                b[c] = y[c];
                a[c] = (double) y[channels + c] - y[c];
            }
            return new double[][] {a, b};
        }
    }

    static NirArray array(Parameter p, String name) {
        if (p == null || !p.isInitialized()) {
            throw new Snn4jException(name + ": parameter " + (p == null ? "missing" : p.getName() + " not initialised"));
        }
        NDArray a = p.getArray();
        return new NirArray(a.getShape().getShape(), a.toFloatArray());
    }

    private static List<Long> list(Shape shape) {
        List<Long> out = new ArrayList<>();
        for (long d : shape.getShape()) {
            out.add(d);
        }
        return out;
    }
}
