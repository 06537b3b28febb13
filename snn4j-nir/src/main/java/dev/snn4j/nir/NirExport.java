/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.FlattenFeatures;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.layer.SewBlock;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained {@link SpikingModel} as a NIR graph of one time step: {@code input} → stem → body →
 * head → {@code output}, node names following the model's ({@code stem.sn1}, {@code body.conv2},
 * {@code head}).
 *
 * <p>Our reading, where NIR leaves room (also in the graph's metadata):
 *
 * <ul>
 *   <li>Time: one snn4j step is one step of {@code dt} seconds (default 0.1 ms); see
 *       {@link NeuronMapping} for the neuron equations.
 *   <li>Input: direct encoding presents the same static sample at each of the T steps (snn4j runs
 *       its first convolution once, which is the same); temporal input is one frame per step.
 *   <li>Read-out: snn4j's head is linear on the firing rates, so applying it at every step and
 *       averaging over the T steps is the same: the class scores are the mean over time of
 *       {@code output}.
 *   <li>Batch norms are folded into the convolution or linear layer before them ({@link
 *       SynapseExport}).
 *   <li>NIR has no max pooling. A 2×2 max pool of spikes is a logical OR, which NIR writes exactly
 *       as a SumPool2d followed by an IF with threshold 0.5 and reset 0 ({@link #maxPool}).
 *   <li>A global average pool is a SumPool2d over the whole map and a Flatten, with 1/(H·W) in
 *       the weights of the linear layer after it; a residual addition is two edges into one node
 *       (NIR sums a node's inputs).
 * </ul>
 *
 * <p>Not exported (an error names the layer): soft reset, DJL's own pooling blocks (vgg11,
 * vggsnn, resnet34, sew-resnet18/34 use them), max pooling of values that are not spikes, and
 * PointNet's per-point layers.
 */
public final class NirExport {

    /** The default time step: 0.1 ms, as SpikingJelly's and snnTorch's NIR bridges assume. */
    public static final double DEFAULT_DT = 1e-4;

    /** The threshold that turns a sum of spikes into "any spike". */
    static final float ANY_SPIKE = 0.5f;

    private final double dt;
    private final Map<String, Object> metadata;

    private NirExport(Builder builder) {
        this.dt = builder.dt;
        this.metadata = new LinkedHashMap<>(builder.metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The graph of {@code model}, whose parameters must be initialised (trained or loaded). */
    public NirGraph graph(SpikingModel model) {
        ModelSpec spec = model.spec();
        NirGraph.Builder b = NirGraph.builder();
        long[] sample = spec.sampleShape();
        b.add("input", new NirNode.Input(list(sample)));
        ExportChain chain = new ExportChain(b, "input", sample);
        Stem stem = model.stemBlock();
        if (!SynapseExport.handles(stem.encoder())) {
            throw unsupported("stem." + childName(stem, 0), stem.encoder());
        }
        SynapseExport.append(chain, "stem." + childName(stem, 0), stem.encoder());
        neuron(chain, "stem." + childName(stem, 1), stem.neuron());
        SpikingSequential body = model.bodyBlock();
        for (int i = 0; i < body.size(); i++) {
            String name = "body." + childName(body, i);
            if (body.stage(i) instanceof GlobalAveragePool) {
                Block next = i + 1 < body.size() ? body.stage(i + 1) : model.headBlock();
                averagePool(chain, name, next instanceof TimeDistributed td ? td.inner() : next);
            } else {
                stage(chain, name, body.stage(i));
            }
        }
        if (!(model.headBlock() instanceof Linear)) {
            throw unsupported("head", model.headBlock());
        }
        SynapseExport.append(chain, "head", model.headBlock());
        chain.append("output", new NirNode.Output(list(chain.shape())), chain.shape(), false);
        b.optMetadata(NirFile.PRODUCER_KEY, "snn4j " + Provenance.readSnn4jVersion());
        b.optMetadata(NirMetadata.DT, dt);
        b.optMetadata(NirMetadata.TIMESTEPS, (long) spec.timesteps());
        b.optMetadata(NirMetadata.ENCODING, spec.encoding().cliName());
        b.optMetadata(NirMetadata.INPUT, spec.encoding() == InputEncoding.DIRECT
                ? "present the same sample at each of the " + spec.timesteps() + " steps"
                : "one frame per step (" + spec.timesteps() + " in training)");
        b.optMetadata(NirMetadata.READOUT, "the class scores are the mean over the time steps of 'output'");
        b.optMetadata(NirMetadata.MODEL, spec.describe());
        metadata.forEach(b::optMetadata);
        return b.build();
    }

    private void stage(ExportChain chain, String name, Block stage) {
        if (stage instanceof SpikingNeuron neuron) {
            neuron(chain, name, neuron);
        } else if (MaxPool2x2.isStage(stage)) {
            maxPool(chain, name);
        } else if (stage instanceof TimeDistributed td && SynapseExport.handles(td.inner())) {
            SynapseExport.append(chain, name, td.inner());
        } else if (stage instanceof TimeDistributed td && td.inner() instanceof Pool2dBlock pool) {
            long[] in = chain.shape();
            long[] out = pool.getOutputShapes(new ai.djl.ndarray.types.Shape[] {new ai.djl.ndarray.types.Shape(1, in[0], in[1],
                    in[2])})[0].slice(1).getShape();
            chain.append(name, pool.node(), out, false);
        } else if (stage instanceof FlattenFeatures) {
            flatten(chain, name);
        } else if (stage instanceof ResidualBlock || stage instanceof SewBlock) {
            residual(chain, name, stage);
        } else {
            throw unsupported(name, stage instanceof TimeDistributed td ? td.inner() : stage);
        }
    }

    private void neuron(ExportChain chain, String name, SpikingNeuron neuron) {
        double inverseTau = neuron.plifWeight() == null ? 0
                : 1 / (1 + Math.exp(-neuron.plifWeight().getArray().getFloat()));
        long[] shape = chain.shape();
        chain.append(name, NeuronMapping.toNir(neuron.spec(), inverseTau, shape, dt, name), shape, true);
    }

    /**
     * A 2×2 max pool of spikes: their sum over the window, then an IF with threshold 0.5 and reset
     * 0 (r = 1/dt: it adds the sum unscaled). Exact: the sums are whole numbers >= 0; a sum of 0
     * leaves v at 0, any larger sum takes v above 0.5, which fires and resets v to 0. So v is 0
     * at the start of every step, and the IF fires exactly when a spike is in the window.
     */
    private void maxPool(ExportChain chain, String name) {
        long[] in = chain.shape();
        if (!chain.spikes() || in.length != 3) {
            throw new Snn4jException(name + ": NIR has no max pooling; snn4j writes it as sum-then-threshold, which equals"
                    + " it only on the spikes [C, H, W] of one spiking layer, found " + (chain.spikes() ? "shape "
                    + Arrays.toString(in) : "values that are not spikes"));
        }
        long[] out = {in[0], in[1] / 2, in[2] / 2};
        List<Long> two = List.of(2L, 2L);
        chain.append(name + ".sum", new NirNode.SumPool2d(two, two, List.of(0L, 0L)), out, false);
        chain.append(name, new NirNode.If(NirArray.full(out, (float) (1 / dt)), NirArray.full(out, ANY_SPIKE),
                NirArray.full(out, 0f)), out, true);
    }

    /**
     * A global average pool: a SumPool2d over the whole map and a Flatten, the 1/(H·W) carried by
     * the weights of the linear layer that follows ({@code next}), which every NIR importer reads;
     * when something else follows, an AvgPool2d over the whole map.
     */
    private static void averagePool(ExportChain chain, String name, Block next) {
        long[] in = chain.shape();
        if (in.length == 1) {
            return; // [T, B, C] already: the block passes it through
        }
        if (in.length != 3) {
            throw new Snn4jException(name + ": expected a global average pool of [C, H, W] maps, found " + Arrays.toString(in));
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

    private static void flatten(ExportChain chain, String name) {
        long[] in = chain.shape();
        if (in.length > 1) {
            chain.append(name, new NirNode.Flatten(list(in), 0, -1), new long[] {NirArray.size(in)}, chain.spikes());
        }
    }

    /**
     * A residual block: the branch, then the shortcut from the block's input, both into the
     * block's last neuron (tdBN) or summed after it (SEW).
     */
    private void residual(ExportChain chain, String name, Block block) {
        Map<String, Block> parts = children(block);
        ExportChain.State input = chain.state();
        stage(chain, name + ".conv1", parts.get("conv1"));
        stage(chain, name + ".sn1", parts.get("sn1"));
        stage(chain, name + ".conv2", parts.get("conv2"));
        boolean sew = block instanceof SewBlock;
        if (sew) {
            stage(chain, name + ".sn2", parts.get("sn2"));
        }
        ExportChain.State branch = chain.state();
        chain.restore(input);
        if (parts.containsKey(sew ? "downsample" : "shortcut")) {
            stage(chain, name + (sew ? ".downsample" : ".shortcut"), parts.get(sew ? "downsample" : "shortcut"));
            if (sew) {
                stage(chain, name + ".downsample_sn", parts.get("downsample_sn"));
            }
        }
        chain.addEnds(branch, name);
        if (!sew) {
            stage(chain, name + ".sn2", parts.get("sn2"));
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
    private static String childName(Block block, int index) {
        return strip(block.getChildren().get(index).getKey());
    }

    private static String strip(String name) {
        return name.replaceFirst("^\\d\\d", "");
    }

    private static Snn4jException unsupported(String name, Block block) {
        return new Snn4jException(name + ": " + block.getClass().getSimpleName() + " has no NIR counterpart snn4j can write"
                + " (snn4j exports convolutions and linear layers with their batch norms, IF and LIF/PLIF layers with hard"
                + " reset, 2x2 max pools of spikes, global average pools, flattening and residual blocks)");
    }

    private static List<Long> list(long[] values) {
        List<Long> out = new ArrayList<>();
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    /** Builds a {@link NirExport}; everything is optional. */
    public static final class Builder {
        private double dt = DEFAULT_DT;
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder() {}

        /** Seconds per snn4j time step (default {@link #DEFAULT_DT}). */
        public Builder optDt(double dt) {
            if (!(dt > 0) || Double.isInfinite(dt)) {
                throw new Snn4jException("--dt: expected a positive number of seconds, found " + dt);
            }
            this.dt = dt;
            return this;
        }

        /** An extra graph metadata entry (a string, a double or a long), e.g. the dataset. */
        public Builder optMetadata(String key, Object value) {
            metadata.put(key, value);
            return this;
        }

        public NirExport build() {
            return new NirExport(this);
        }
    }
}
