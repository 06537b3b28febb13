/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.FlattenFeatures;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A NIR graph cut into snn4j's three parts: the stem (the stateless nodes up to the first spiking
 * layer, and that layer), the body (every node up to the read-out, as stages; a fork is one of
 * snn4j's residual blocks, {@link ResidualImport}) and the head (an Affine or Linear into the
 * Output, on the firing rates; or none, when a spiking layer feeds the Output: its firing rates
 * are then the class scores). See {@link NirImport} for what maps.
 */
final class ImportPlan {

    /** A body stage. */
    record Stage(String name, Block block) {}

    final long[] inputShape;
    final Block encoder;
    final String stemNeuronName;
    final NeuronSpec stemNeuron;
    final List<Stage> stages = new ArrayList<>();
    final Block head;
    final int classes;
    final Weights weights;
    final List<String> layers = new ArrayList<>();

    private final List<Weights> parts = new ArrayList<>();
    private final ImportWalk walk;
    private final double dt;
    private long[] shape;
    private boolean spikes;

    ImportPlan(NirGraph graph, double dt, String file) {
        this.walk = new ImportWalk(graph, file);
        this.dt = dt;
        inputShape = ImportBlocks.toArray(((NirNode.Input) graph.node(walk.input)).shape());
        shape = inputShape.clone();
        List<String> ends = List.of(walk.input);
        List<Block> encoderParts = new ArrayList<>();
        String n = step(ends);
        while (!isNeuron(walk.node(n))) {
            encoderParts.add(stateless(n).block());
            n = step(List.of(n));
        }
        encoder = encoderParts.isEmpty() ? ImportBlocks.identity()
                : encoderParts.size() == 1 ? encoderParts.get(0) : new SequentialBlock().addAll(encoderParts);
        stemNeuronName = stageName(n);
        stemNeuron = neuron(n);
        ends = List.of(n);
        String readout = null;
        while (true) {
            List<String> next = walk.consumers(ends);
            if (next.equals(List.of(walk.output))) {
                break;
            }
            if (next.size() > 1) {
                ends = ResidualImport.block(this, walk, ends, next);
                continue;
            }
            n = step(ends);
            if ((walk.node(n) instanceof NirNode.Affine || walk.node(n) instanceof NirNode.Linear)
                    && walk.graph.targets(n).equals(List.of(walk.output))) {
                readout = n;
                break;
            }
            ends = stage(n);
        }
        if (shape.length != 1) {
            throw new Snn4jException(walk.file + ": expected features [D] before " + (readout == null ? "'" + walk.output + "'"
                    : "the read-out '" + readout + "'") + " (a Flatten, or a SumPool2d of the whole map and a Flatten), found "
                    + Arrays.toString(shape));
        }
        if (readout != null) {
            head = stateless(readout).block();
            walk.requireSources(walk.output, List.of(readout));
        } else {
            head = ImportBlocks.identity();
            walk.requireSources(walk.output, ends);
            layers.add("head: none, the class scores are the firing rates of " + ends);
        }
        classes = Math.toIntExact(shape[0]);
        List<Long> declared = ((NirNode.Output) graph.node(walk.output)).shape();
        if (!declared.equals(List.of(shape[0]))) {
            throw new Snn4jException(walk.file + ": node '" + walk.output + "': expected shape [" + shape[0] + "] (what reaches"
                    + " it), found " + declared);
        }
        walk.requireAllUsed();
        weights = Weights.all(parts);
    }

    /** The one node the sum of {@code ends} feeds (it must take exactly them), marked used. */
    private String step(List<String> ends) {
        List<String> next = walk.consumers(ends);
        if (next.size() != 1) {
            throw new Snn4jException(walk.file + ": nodes " + next + " all take the value of " + ends
                    + " before the first spiking layer; snn4j's stem is one chain");
        }
        String n = next.get(0);
        if (n.equals(walk.output)) {
            throw new Snn4jException(walk.file + ": expected a spiking layer (LIF or IF) on the way from '" + walk.input
                    + "' to '" + walk.output + "', found none");
        }
        walk.requireSources(n, ends);
        walk.use(n);
        return n;
    }

    /** Maps the body node {@code n} (with a node after it that it pairs with); returns the new ends. */
    private List<String> stage(String n) {
        NirNode node = walk.node(n);
        String name = stageName(n);
        if (isNeuron(node)) {
            addStage(name, SpikingNeuron.builder().setSpec(neuron(n)).build(), Weights.NONE, null, shape, true);
            return List.of(n);
        }
        String after = walk.soleNext(n);
        if (node instanceof NirNode.SumPool2d pool && spikes && after != null && anySpike(after)) {
            walk.use(after);
            ImportBlocks.Mapped m = ImportBlocks.maxPool(pool, shape, walk.where(n));
            addStage(stageName(after), new TimeDistributed(m.block()), Weights.NONE, "max pool " + pool.kernelSize()
                    + " of spikes (SumPool2d then " + walk.node(after).type() + ")", m.shape(), true);
            return List.of(after);
        }
        if (node instanceof NirNode.Flatten flat) {
            ImportBlocks.checkFlatten(flat, shape, walk.where(n));
            if (shape.length > 1) {
                addStage(name, new FlattenFeatures(), Weights.NONE, "flatten", new long[] {NirArray.size(shape)}, spikes);
            }
            return List.of(n);
        }
        ImportBlocks.Mapped m = stateless(n);
        stages.add(new Stage(name, new TimeDistributed(m.block())));
        return List.of(n);
    }

    /** Adds a body stage; {@code what} (null for a neuron, which {@link #neuron} describes) goes to the layer list. */
    void addStage(String name, Block block, Weights w, String what, long[] newShape, boolean isSpikes) {
        stages.add(new Stage(name, block));
        parts.add(w);
        if (what != null) {
            layers.add(name + ": " + what + " -> " + Arrays.toString(newShape));
        }
        shape = newShape.clone();
        spikes = isSpikes;
    }

    long[] shape() {
        return shape.clone();
    }

    /** A stateless node as a block on [N, ...]; updates the shape. */
    private ImportBlocks.Mapped stateless(String n) {
        NirNode node = walk.node(n);
        String where = walk.where(n);
        ImportBlocks.Mapped m;
        String what;
        if (node instanceof NirNode.Conv2d c) {
            m = ImportBlocks.conv(c, shape, where);
            what = "Conv2d " + c.weight().dim(1) * c.groups() + "->" + c.weight().dim(0) + ", kernel " + c.weight().dim(2) + "x"
                    + c.weight().dim(3) + ", stride " + c.stride() + ", padding " + c.padding();
        } else if (node instanceof NirNode.Affine a) {
            m = ImportBlocks.linear(a.weight(), a.bias(), shape, where);
            what = "Affine " + a.weight().dim(1) + "->" + a.weight().dim(0);
        } else if (node instanceof NirNode.Linear l) {
            m = ImportBlocks.linear(l.weight(), null, shape, where);
            what = "Linear " + l.weight().dim(1) + "->" + l.weight().dim(0);
        } else if (node instanceof NirNode.AvgPool2d p) {
            m = ImportBlocks.pool(false, p.kernelSize(), p.stride(), p.padding(), shape, where);
            what = "AvgPool2d " + p.kernelSize() + ", stride " + p.stride();
        } else if (node instanceof NirNode.SumPool2d p) {
            m = ImportBlocks.pool(true, p.kernelSize(), p.stride(), p.padding(), shape, where);
            what = "SumPool2d " + p.kernelSize() + ", stride " + p.stride();
        } else if (node instanceof NirNode.Flatten f) {
            m = ImportBlocks.flatten(f, shape, where);
            what = "Flatten";
        } else if (node instanceof NirNode.Threshold) {
            throw new Snn4jException(where + ": a Threshold maps to snn4j only right after a SumPool2d of spikes (as a max"
                    + " pool)");
        } else {
            throw new Snn4jException(where + ": snn4j cannot import " + node.type() + " nodes (it imports Conv2d, Affine, Linear,"
                    + " IF, LIF, SumPool2d, AvgPool2d, Flatten, and Threshold after a SumPool2d of spikes)");
        }
        layers.add(stageName(n) + ": " + what + " -> " + Arrays.toString(m.shape()));
        parts.add(m.weights());
        shape = m.shape();
        spikes = false;
        return m;
    }

    /** The snn4j neuron of NIR neuron {@code n} on the current shape, listed in the layers. */
    private NeuronSpec neuron(String n) {
        NeuronSpec spec = neuronSpec(n, shape);
        layers.add(stageName(n) + ": " + spec.describe() + " -> " + Arrays.toString(shape));
        spikes = true;
        return spec;
    }

    /** The snn4j neuron of NIR neuron {@code n}, whose input has the per-sample shape {@code in}. */
    NeuronSpec neuronSpec(String n, long[] in) {
        NirNode node = walk.node(n);
        NeuronSpec spec = NeuronMapping.fromNir(node, dt, walk.where(n));
        NirArray threshold = node instanceof NirNode.Lif l ? l.vThreshold() : ((NirNode.If) node).vThreshold();
        if (threshold.size() != 1 && threshold.size() != NirArray.size(in)) {
            throw new Snn4jException(walk.where(n) + ": expected parameters for the " + NirArray.size(in) + " neurons of "
                    + Arrays.toString(in) + ", found " + Arrays.toString(threshold.shape()));
        }
        return spec;
    }

    /**
     * Whether node {@code n}, after a SumPool2d of spikes, makes "any spike in the window" of its
     * sum: a Threshold in [0, 1), or an IF that adds the sum unscaled (r dt = 1) with a threshold
     * in (0, 1) and reset 0 (as snn4j writes it), which then never keeps a potential.
     */
    private boolean anySpike(String n) {
        NirNode node = walk.node(n);
        if (node instanceof NirNode.Threshold t) {
            double v = NeuronMapping.uniform(t.threshold(), walk.where(n), "threshold");
            return v >= 0 && v < 1;
        }
        if (node instanceof NirNode.If f) {
            String where = walk.where(n);
            double gain = NeuronMapping.uniform(f.r(), where, "r") * dt;
            double v = NeuronMapping.uniform(f.vThreshold(), where, "v_threshold");
            return Math.abs(gain - 1) < 1e-5 && v > 0 && v < 1 && NeuronMapping.uniform(f.vReset(), where, "v_reset") == 0;
        }
        return false;
    }

    static boolean isNeuron(NirNode n) {
        return n instanceof NirNode.Lif || n instanceof NirNode.If;
    }

    /** An snn4j stage name: the NIR name without snn4j's "stem."/"body." prefix, dots as underscores. */
    static String stageName(String nirName) {
        return nirName.replaceFirst("^(stem|body)\\.", "").replaceAll("[^A-Za-z0-9_]", "_");
    }
}
