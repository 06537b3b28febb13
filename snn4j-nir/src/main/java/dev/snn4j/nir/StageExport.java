/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.util.Pair;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.FlattenFeatures;
import dev.snn4j.layer.Pool2d;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.layer.SewBlock;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stem's neuron and each body stage of a model written into an {@link ExportChain} ({@link NirExport}). */
final class StageExport {

    /** The threshold that turns a sum of spikes into "any spike". */
    static final float ANY_SPIKE = 0.5f;

    private final ExportChain chain;
    private final double dt;

    StageExport(ExportChain chain, double dt) {
        this.chain = chain;
        this.dt = dt;
    }

    /** Writes body stage {@code stage}, named {@code name}; a global average pool is {@link #averagePool}. */
    void stage(String name, Block stage) {
        if (stage instanceof SpikingNeuron neuron) {
            neuron(name, neuron);
        } else if (stage instanceof TimeDistributed td && td.inner() instanceof Pool2d pool) {
            pool(name, pool);
        } else if (stage instanceof TimeDistributed td && SynapseExport.handles(td.inner())) {
            SynapseExport.append(chain, name, td.inner());
        } else if (stage instanceof TimeDistributed td && td.inner() instanceof Pool2dBlock pool) {
            long[] in = chain.shape();
            long[] out = pool.getOutputShapes(new Shape[] {new Shape(1, in[0], in[1], in[2])})[0].slice(1).getShape();
            chain.append(name, pool.node(), out, false);
        } else if (stage instanceof FlattenFeatures) {
            flatten(name);
        } else if (stage instanceof ResidualBlock || stage instanceof SewBlock) {
            residual(name, stage);
        } else {
            throw unsupported(name, stage instanceof TimeDistributed td ? td.inner() : stage);
        }
    }

    void neuron(String name, SpikingNeuron neuron) {
        double inverseTau = neuron.plifWeight() == null ? 0
                : 1 / (1 + Math.exp(-neuron.plifWeight().getArray().getFloat()));
        long[] shape = chain.shape();
        chain.append(name, NeuronMapping.toNir(neuron.spec(), inverseTau, shape, dt, name), shape, true);
    }

    /**
     * A pool: an average pool is NIR's AvgPool2d; a max pool of spikes is their sum over the window,
     * then an IF with threshold 0.5 and reset 0 (r = 1/dt: it adds the sum unscaled). Exact: the
     * sums are whole numbers &gt;= 0 (padded zeros add nothing, and every window holds at least one
     * input, since padding &lt;= kernel/2); a sum of 0 leaves v at 0, any larger sum takes v above 0.5,
     * which fires and resets v to 0. So v is 0 at the start of every step, and the IF fires exactly
     * when a spike is in the window. NIR's pools have no ceil mode: a pool that keeps a partial
     * window on this map is refused.
     */
    private void pool(String name, Pool2d pool) {
        long[] in = chain.shape();
        boolean max = pool.kind() == Pool2d.Kind.MAX;
        if (in.length != 3 || max && !chain.spikes()) {
            throw new Snn4jException(name + ": NIR has no max pooling; snn4j writes it as a SumPool2d and an IF, which equal"
                    + " it only on the spikes [C, H, W] of one spiking layer, found " + (chain.spikes() || !max ? "shape "
                    + Arrays.toString(in) : "values that are not spikes"));
        }
        if (!pool.floorEqualsCeil(in[1], in[2])) {
            throw new Snn4jException(name + ": " + pool + " keeps a partial window of the " + in[1] + "x" + in[2]
                    + " map, which NIR's pools (without ceil mode) cannot express; expected a map it divides evenly");
        }
        long[] out = {in[0], pool.outputSize(0, in[1]), pool.outputSize(1, in[2])};
        List<Long> kernel = list(pool.kernel().getShape());
        List<Long> stride = list(pool.stride().getShape());
        List<Long> padding = list(pool.padding().getShape());
        if (!max) {
            chain.append(name, new NirNode.AvgPool2d(kernel, stride, padding), out, false);
            return;
        }
        chain.append(name + ".sum", new NirNode.SumPool2d(kernel, stride, padding), out, false);
        chain.append(name, new NirNode.If(NirArray.full(out, (float) (1 / dt)), NirArray.full(out, ANY_SPIKE),
                NirArray.full(out, 0f)), out, true);
    }

    /**
     * A global average pool: a SumPool2d over the whole map and a Flatten, the 1/(H·W) carried by
     * the weights of the linear layer that follows ({@code next}), which every NIR importer reads;
     * when something else follows, an AvgPool2d over the whole map.
     */
    void averagePool(String name, Block next) {
        long[] in = chain.shape();
        if (in.length == 1) {
            return; // [T, B, C] already: the block passes it through
        }
        if (in.length != 3) {
            throw new Snn4jException(name + ": expected a global average pool of [C, H, W] maps, found "
                    + Arrays.toString(in));
        }
        List<Long> window = List.of(in[1], in[2]);
        long[] pooled = {in[0], 1, 1};
        if (SynapseExport.startsWithLinear(next)) {
            chain.append(name, new NirNode.SumPool2d(window, window, List.of(0L, 0L)), pooled, false);
            chain.scaleNextWeights(1f / (in[1] * in[2]));
        } else {
            chain.append(name, new NirNode.AvgPool2d(window, window, List.of(0L, 0L)), pooled, false);
        }
        chain.append(name + "_flatten", new NirNode.Flatten(list(pooled), 0, -1), new long[] {in[0]}, false);
    }

    private void flatten(String name) {
        long[] in = chain.shape();
        if (in.length > 1) {
            chain.append(name, new NirNode.Flatten(list(in), 0, -1), new long[] {NirArray.size(in)}, chain.spikes());
        }
    }

    /**
     * A residual block: the branch, then the shortcut from the block's input, both into the
     * block's last neuron (tdBN) or summed after it (SEW).
     */
    private void residual(String name, Block block) {
        Map<String, Block> parts = children(block);
        ExportChain.State input = chain.state();
        stage(name + ".conv1", parts.get("conv1"));
        stage(name + ".sn1", parts.get("sn1"));
        stage(name + ".conv2", parts.get("conv2"));
        boolean sew = block instanceof SewBlock;
        if (sew) {
            stage(name + ".sn2", parts.get("sn2"));
        }
        ExportChain.State branch = chain.state();
        chain.restore(input);
        if (parts.containsKey(sew ? "downsample" : "shortcut")) {
            stage(name + (sew ? ".downsample" : ".shortcut"), parts.get(sew ? "downsample" : "shortcut"));
            if (sew) {
                stage(name + ".downsample_sn", parts.get("downsample_sn"));
            }
        }
        chain.addEnds(branch, name);
        if (!sew) {
            stage(name + ".sn2", parts.get("sn2"));
        }
    }

    private static Map<String, Block> children(Block block) {
        Map<String, Block> out = new LinkedHashMap<>();
        for (Pair<String, Block> child : block.getChildren()) {
            out.put(strip(child.getKey()), child.getValue());
        }
        return out;
    }

    /** DJL prefixes child names with their position ("01conv2"): the name without it. */
    static String childName(Block block, int index) {
        return strip(block.getChildren().get(index).getKey());
    }

    private static String strip(String name) {
        return name.replaceFirst("^\\d\\d", "");
    }

    static Snn4jException unsupported(String name, Block block) {
        return new Snn4jException(name + ": " + block.getClass().getSimpleName() + " has no NIR counterpart snn4j can write"
                + " (snn4j exports convolutions and linear layers with their batch norms, IF and LIF/PLIF layers with hard"
                + " reset, max pools of spikes and average pools (layer.Pool2d), global average pools, flattening and residual blocks)");
    }

    static List<Long> list(long[] values) {
        List<Long> out = new ArrayList<>();
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
