/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import java.util.LinkedHashMap;
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
 *       as a SumPool2d followed by an IF with threshold 0.5 and reset 0 ({@link StageExport}).
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
        b.add("input", new NirNode.Input(StageExport.list(sample)));
        ExportChain chain = new ExportChain(b, "input", sample);
        StageExport stages = new StageExport(chain, dt);
        Stem stem = model.stemBlock();
        if (!SynapseExport.handles(stem.encoder())) {
            throw StageExport.unsupported("stem." + StageExport.childName(stem, 0), stem.encoder());
        }
        SynapseExport.append(chain, "stem." + StageExport.childName(stem, 0), stem.encoder());
        stages.neuron("stem." + StageExport.childName(stem, 1), stem.neuron());
        SpikingSequential body = model.bodyBlock();
        for (int i = 0; i < body.size(); i++) {
            String name = "body." + StageExport.childName(body, i);
            if (body.stage(i) instanceof GlobalAveragePool) {
                Block next = i + 1 < body.size() ? body.stage(i + 1) : model.headBlock();
                stages.averagePool(name, next instanceof TimeDistributed td ? td.inner() : next);
            } else {
                stages.stage(name, body.stage(i));
            }
        }
        if (!(model.headBlock() instanceof Linear)) {
            throw StageExport.unsupported("head", model.headBlock());
        }
        SynapseExport.append(chain, "head", model.headBlock());
        chain.append("output", new NirNode.Output(StageExport.list(chain.shape())), chain.shape(), false);
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

    /** Builds a {@link NirExport}; everything is optional. */
    public static final class Builder {
        private double dt = DEFAULT_DT;
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder() {}

        /** Seconds per snn4j time step (default {@link #DEFAULT_DT}). */
        public Builder optDt(double dt) {
            this.dt = NeuronMapping.checkDt(dt);
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
