/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.nn.Block;
import ai.djl.util.Pair;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.layer.SewBlock;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.neuron.NeuronSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A fork in a NIR graph as one of snn4j's residual blocks, whose layout is fixed: conv 3x3/s
 * (padding 1) → neuron → conv 3x3 (padding 1) → neuron, with the shortcut the identity when the
 * channels stay and the stride is 1, else a 1x1/s convolution.
 *
 * <ul>
 *   <li>{@link ResidualBlock} (tdBN): the second conv and the shortcut both feed the last neuron.
 *   <li>{@link SewBlock} (SEW, ADD): the last neuron and the shortcut (the block's input, or the
 *       1x1 convolution and its own neuron) both feed whatever comes next.
 * </ul>
 *
 * <p>Each convolution (which carries its bias) becomes the block's conv-BN with the batch norm
 * the identity but for its shift ({@link Weights#convBn}); all the block's neurons must be the
 * same, as snn4j's blocks have one neuron spec.
 */
final class ResidualImport {

    private ResidualImport() {}

    /** Maps the block that starts where {@code ends} feed {@code next}; returns the block's output ends. */
    static List<String> block(ImportPlan plan, ImportWalk walk, List<String> ends, List<String> next) {
        for (String conv1 : next) {
            String sn1 = walk.node(conv1) instanceof NirNode.Conv2d ? walk.soleNext(conv1) : null;
            String conv2 = sn1 != null && ImportPlan.isNeuron(walk.node(sn1)) ? walk.soleNext(sn1) : null;
            List<String> after = conv2 != null && walk.node(conv2) instanceof NirNode.Conv2d ? walk.graph.targets(conv2) : List.of();
            if (after.size() != 1 || !ImportPlan.isNeuron(walk.node(after.get(0)))) {
                continue;
            }
            String sn2 = after.get(0);
            List<String> others = new ArrayList<>(next);
            others.remove(conv1);
            Parts p = new Parts(conv1, sn1, conv2, sn2);
            return walk.graph.sources(sn2).size() > 1 ? tdbn(plan, walk, ends, p, others) : sew(plan, walk, ends, p, others);
        }
        throw new Snn4jException(walk.file + ": nodes " + next + " all take the value of " + ends + "; snn4j imports such a"
                + " fork only as its residual blocks (conv 3x3 -> neuron -> conv 3x3 -> neuron, and a shortcut)");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The main branch's nodes. */
    private record Parts(String conv1, String sn1, String conv2, String sn2) {}

    private static List<String> tdbn(ImportPlan plan, ImportWalk walk, List<String> ends, Parts p, List<String> others) {
        List<String> shortcut = new ArrayList<>(walk.graph.sources(p.sn2()));
        shortcut.remove(p.conv2());
        String projection = null;
        boolean identity = others.size() == 1 && others.get(0).equals(p.sn2())
                && new HashSet<>(shortcut).equals(new HashSet<>(ends));
        if (identity) {
            walk.requireSources(p.sn2(), concat(List.of(p.conv2()), ends));
        } else if (others.size() == 1 && shortcut.equals(others) && walk.node(shortcut.get(0)) instanceof NirNode.Conv2d
                && walk.graph.targets(shortcut.get(0)).equals(List.of(p.sn2()))) {
            projection = shortcut.get(0);
            walk.requireSources(projection, ends);
        } else {
            throw new Snn4jException(walk.where(p.sn2()) + ": sums " + walk.graph.sources(p.sn2()) + "; snn4j's ResidualBlock"
                    + " sums its second conv and a shortcut from the block's input " + ends + " (itself, or one 1x1 conv)");
        }
        Layout l = layout(plan, walk, p, projection);
        NeuronSpec spec = sameNeuron(plan, walk, l.shape, p.sn1(), p.sn2(), null);
        ResidualBlock block = new ResidualBlock(l.in, l.out, l.stride, spec);
        List<Weights> w = new ArrayList<>(List.of(conv(walk, block, "conv1", p.conv1()), conv(walk, block, "conv2", p.conv2())));
        if (projection != null) {
            w.add(conv(walk, block, "shortcut", projection));
        }
        List.of(p.conv1(), p.sn1(), p.conv2(), p.sn2()).forEach(walk::use);
        if (projection != null) {
            walk.use(projection);
        }
        plan.addStage(name(p.conv1()), block, Weights.all(w), "ResidualBlock " + l.in + "->" + l.out + ", stride " + l.stride
                + (projection == null ? ", identity shortcut" : ", projection " + projection), l.shape, true);
        return List.of(p.sn2());
    }

    private static List<String> sew(ImportPlan plan, ImportWalk walk, List<String> ends, Parts p, List<String> others) {
        List<String> out = walk.graph.targets(p.sn2());
        String downsample = null;
        String downsampleSn = null;
        List<String> result;
        if (new HashSet<>(others).equals(new HashSet<>(out))) {
            result = new ArrayList<>(List.of(p.sn2()));
            result.addAll(ends);
        } else if (others.size() == 1 && walk.node(others.get(0)) instanceof NirNode.Conv2d && walk.soleNext(others.get(0)) != null
                && ImportPlan.isNeuron(walk.node(walk.soleNext(others.get(0))))
                && new HashSet<>(walk.graph.targets(walk.soleNext(others.get(0)))).equals(new HashSet<>(out))) {
            downsample = others.get(0);
            downsampleSn = walk.soleNext(downsample);
            walk.requireSources(downsample, ends);
            result = List.of(p.sn2(), downsampleSn);
        } else {
            throw new Snn4jException(walk.file + ": nodes " + others + " take the value of " + ends + " beside '" + p.conv1()
                    + "'; snn4j's SewBlock adds its last neuron '" + p.sn2() + "' to the block's input, or to a 1x1 conv and its"
                    + " neuron, both feeding the same nodes");
        }
        Layout l = layout(plan, walk, p, downsample);
        NeuronSpec spec = sameNeuron(plan, walk, l.shape, p.sn1(), p.sn2(), downsampleSn);
        SewBlock block = new SewBlock(l.in, l.out, l.stride, spec);
        List<Weights> w = new ArrayList<>(List.of(conv(walk, block, "conv1", p.conv1()), conv(walk, block, "conv2", p.conv2())));
        List.of(p.conv1(), p.sn1(), p.conv2(), p.sn2()).forEach(walk::use);
        if (downsample != null) {
            w.add(conv(walk, block, "downsample", downsample));
            walk.use(downsample);
            walk.use(downsampleSn);
        }
        plan.addStage(name(p.conv1()), block, Weights.all(w), "SewBlock " + l.in + "->" + l.out + ", stride " + l.stride
                + (downsample == null ? ", identity shortcut" : ", downsample " + downsample), l.shape, false);
        return result;
    }

    /** Channels, stride and output shape, checked against the fixed layout of snn4j's blocks. */
    private record Layout(int in, int out, int stride, long[] shape) {}

    private static Layout layout(ImportPlan plan, ImportWalk walk, Parts p, String shortcut) {
        long[] in = plan.shape();
        NirNode.Conv2d c1 = (NirNode.Conv2d) walk.node(p.conv1());
        long stride = c1.stride().get(0);
        check(walk, p.conv1(), c1, 3, 1, stride);
        long[] mid = ImportBlocks.conv(c1, in, walk.where(p.conv1())).shape();
        NirNode.Conv2d c2 = (NirNode.Conv2d) walk.node(p.conv2());
        check(walk, p.conv2(), c2, 3, 1, 1);
        long[] out = ImportBlocks.conv(c2, mid, walk.where(p.conv2())).shape();
        boolean projection = stride != 1 || in[0] != out[0];
        if (projection != (shortcut != null)) {
            throw new Snn4jException(walk.where(p.conv1()) + ": snn4j's residual blocks have " + (projection
                    ? "a 1x1 conv shortcut when the channels or the size change" : "the identity shortcut when channels and size stay")
                    + ", this block has " + (shortcut == null ? "the identity" : "a conv '" + shortcut + "'"));
        }
        if (shortcut != null) {
            NirNode.Conv2d sc = (NirNode.Conv2d) walk.node(shortcut);
            check(walk, shortcut, sc, 1, 0, stride);
            ImportBlocks.conv(sc, in, walk.where(shortcut));
        }
        return new Layout(Math.toIntExact(in[0]), Math.toIntExact(out[0]), Math.toIntExact(stride), out);
    }

    private static void check(ImportWalk walk, String name, NirNode.Conv2d c, long kernel, long padding, long stride) {
        NirArray w = c.weight();
        boolean ok = w.dim(2) == kernel && w.dim(3) == kernel && c.padding().equals(List.of(padding, padding))
                && c.stride().equals(List.of(stride, stride)) && c.dilation().equals(List.of(1L, 1L)) && c.groups() == 1
                && (stride == 1 || stride == 2);
        if (!ok) {
            throw new Snn4jException(walk.where(name) + ": snn4j's residual blocks take a " + kernel + "x" + kernel + " conv with"
                    + " padding " + padding + " and stride " + stride + " (1 or 2) here, found " + w.dim(2) + "x" + w.dim(3)
                    + ", padding " + c.padding() + ", stride " + c.stride() + ", dilation " + c.dilation() + ", groups " + c.groups());
        }
    }

    private static NeuronSpec sameNeuron(ImportPlan plan, ImportWalk walk, long[] shape, String first, String second,
            String third) {
        NeuronSpec spec = plan.neuronSpec(first, shape);
        for (String other : third == null ? List.of(second) : List.of(second, third)) {
            NeuronSpec s = plan.neuronSpec(other, shape);
            if (!s.equals(spec)) {
                throw new Snn4jException(walk.where(other) + ": " + s.describe() + ", but '" + first + "' in the same residual"
                        + " block is " + spec.describe() + "; snn4j's residual blocks have one neuron");
            }
        }
        return spec;
    }

    /** The NIR convolution {@code node} as the block's child conv-BN {@code child}. */
    private static Weights conv(ImportWalk walk, Block block, String child, String node) {
        NirNode.Conv2d c = (NirNode.Conv2d) walk.node(node);
        for (Pair<String, Block> b : block.getChildren()) {
            if (b.getKey().replaceFirst("^\\d\\d", "").equals(child)) {
                return Weights.convBn((ConvBn) ((TimeDistributed) b.getValue()).inner(), c.weight(), c.bias());
            }
        }
        throw new IllegalStateException(block + " has no child " + child);
    }

    /** The block's stage name: snn4j's "body.layer1_0.conv1" gives "layer1_0". */
    private static String name(String conv1) {
        String stage = conv1.endsWith(".conv1") ? conv1.substring(0, conv1.length() - ".conv1".length()) : conv1 + "_block";
        return ImportPlan.stageName(stage);
    }
}
