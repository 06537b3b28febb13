/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A model's input side, up to and including its first spiking layer: an encoder (e.g. conv + batch
 * norm) followed by a spiking neuron.
 *
 * <p>With {@link InputEncoding#DIRECT} the input is static [B, ...]: the encoder runs once and the
 * same current drives the neuron at every step, instead of computing the same convolution T times.
 * With {@link InputEncoding#TEMPORAL} the input is [T, B, ...] and the encoder runs on all steps
 * folded into one batch.
 */
public final class Stem extends AbstractBlock {

    private static final byte VERSION = 1;

    private final InputEncoding encoding;
    private final int timesteps;
    private final Block encoder;
    private final SpikingNeuron neuron;
    private final String neuronName;
    /** The encoder's conv + batch norm fused with the neuron (a {@link ConvBn} encoder), or the neuron alone. */
    private final FusedUnit unit;
    /** The same with the max pool after the stem (planned by the model), or {@code null}. */
    private FusedUnit pooled;

    private Stem(Builder builder) {
        super(VERSION);
        this.encoding = builder.encoding;
        this.timesteps = builder.timesteps;
        this.encoder = addChildBlock("encoder", builder.encoder);
        this.neuron = addChildBlock(builder.neuronName, builder.neuron);
        this.neuronName = builder.neuronName;
        this.unit = new FusedUnit(fusedConvBn(), neuron, null, repeatSteps(),
                fusedConvBn() != null ? "stem.encoder + " + neuronName : "stem." + neuronName);
    }

    /** The encoder when it is a conv + batch norm the neuron can fuse, else {@code null}. */
    private ConvBn fusedConvBn() {
        return encoder instanceof ConvBn convBn && neuron.hasFusedKernel() ? convBn : null;
    }

    private int repeatSteps() {
        return encoding == InputEncoding.DIRECT ? timesteps : 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Direct encoding of static input: {@code encoder} runs once per sample and its output drives a
     * spiking layer of {@code neuron} at each of {@code timesteps} steps.
     */
    public static Stem direct(int timesteps, Block encoder, NeuronSpec neuron) {
        return builder().setEncoding(InputEncoding.DIRECT).optTimesteps(timesteps).setEncoder(encoder)
                .setNeuron(SpikingNeuron.of(neuron)).build();
    }

    /** Temporal input [T, B, ...] (event frames): {@code encoder} on every step, then a spiking layer of {@code neuron}. */
    public static Stem temporal(Block encoder, NeuronSpec neuron) {
        return builder().setEncoding(InputEncoding.TEMPORAL).setEncoder(encoder).setNeuron(SpikingNeuron.of(neuron)).build();
    }

    public InputEncoding encoding() {
        return encoding;
    }

    /** T for direct encoding; for temporal input T comes from the data. */
    public int timesteps() {
        return timesteps;
    }

    public SpikingNeuron neuron() {
        return neuron;
    }

    /** The block before the neuron (e.g. a {@link ConvBn}), for model inspection such as NIR export. */
    public Block encoder() {
        return encoder;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(run(parameterStore, inputs.singletonOrThrow(), unit, training, params));
    }

    /** The stem's neuron and the name it carries in the model. */
    public String neuronName() {
        return neuronName;
    }

    /**
     * Plans the max pool stage after the stem ({@code pool}, the body's first stage) into the stem's
     * fused pass, when the neuron has a kernel that takes the pool's window on the stem's spike maps.
     *
     * @return whether it is fused, i.e. whether {@link #forwardThenMaxPool} applies
     */
    public boolean planPool(Block pool, String poolName) {
        Shape[] out = getOutputShapes(getInputShapes());
        boolean fuses = neuron.hasFusedKernel() && SpikingSequential.poolFits(pool, out[0]);
        pooled = fuses ? new FusedUnit(fusedConvBn(), neuron, pool, repeatSteps(), unit.description() + " + body." + poolName)
                : null;
        return fuses;
    }

    /** The stem then the max pool it planned ({@link #planPool}), in one fused pass where it can. */
    public NDArray forwardThenMaxPool(ParameterStore parameterStore, NDArray x, boolean training, PairList<String, Object> params) {
        if (pooled == null) {
            throw new IllegalStateException("Stem: no max pool is planned after the stem");
        }
        return run(parameterStore, x, pooled, training, params);
    }

    /**
     * What the stem runs in one fused pass besides its neuron: the encoder's batch norm and/or the
     * planned pool (e.g. {@code stem.encoder + sn1 + body.pool1}); empty when it fuses neither.
     */
    public java.util.Optional<String> fusedUnit() {
        if (pooled != null) {
            return java.util.Optional.of(pooled.description());
        }
        return fusedConvBn() != null ? java.util.Optional.of(unit.description()) : java.util.Optional.empty();
    }

    /** The encoder (unless its batch norm is fused), then the unit. */
    private NDArray run(ParameterStore parameterStore, NDArray x, FusedUnit what, boolean training,
            PairList<String, Object> params) {
        NDArray input = fusedConvBn() != null ? x : encode(encoder, parameterStore, x, training, params);
        return what.forward(parameterStore, input, training, params);
    }

    /**
     * {@code block} on the input: [B, ...] once for direct encoding (the same current for all
     * steps), [T, B, ...] with all steps folded into one call for temporal input.
     */
    private NDArray encode(Block block, ParameterStore parameterStore, NDArray x, boolean training,
            PairList<String, Object> params) {
        if (encoding == InputEncoding.DIRECT) {
            return block.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
        }
        return TimeDistributed.apply(block, parameterStore, x, training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        if (encoding == InputEncoding.DIRECT) {
            Shape out = encoder.getOutputShapes(new Shape[] {in})[0];
            return new Shape[] {new Shape(timesteps).addAll(out)};
        }
        Shape folded = new Shape(in.get(0) * in.get(1)).addAll(in.slice(2));
        Shape out = encoder.getOutputShapes(new Shape[] {folded})[0];
        return new Shape[] {new Shape(in.get(0), in.get(1)).addAll(out.slice(1))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape encoderInput =
                encoding == InputEncoding.DIRECT ? in : new Shape(in.get(0) * in.get(1)).addAll(in.slice(2));
        encoder.initialize(manager, dataType, encoderInput);
        neuron.initialize(manager, dataType, getOutputShapes(inputShapes));
    }

    @Override
    protected void saveMetadata(DataOutputStream os) throws IOException {
        saveInputShapes(os);
        os.writeUTF(encoding.name());
    }

    @Override
    public void loadMetadata(byte loadVersion, DataInputStream is) throws IOException, MalformedModelException {
        if (loadVersion != VERSION) {
            throw new MalformedModelException("stem: expected format version " + VERSION + ", found " + loadVersion);
        }
        readInputShapes(is);
        String savedEncoding = is.readUTF();
        if (!savedEncoding.equals(encoding.name())) {
            throw new MalformedModelException("stem: expected encoding " + encoding + ", found " + savedEncoding);
        }
    }

    /** Builds a {@link Stem}: encoder, neuron and encoding are required; timesteps for direct encoding. */
    public static final class Builder {
        private InputEncoding encoding;
        private int timesteps;
        private Block encoder;
        private SpikingNeuron neuron;
        private String neuronName = "neuron";

        private Builder() {}

        /** The spiking layer's name in parameter names and firing-rate reports (default "neuron"). */
        public Builder optNeuronName(String name) {
            this.neuronName = name;
            return this;
        }

        public Builder setEncoding(InputEncoding encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder optTimesteps(int timesteps) {
            this.timesteps = timesteps;
            return this;
        }

        public Builder setEncoder(Block encoder) {
            this.encoder = encoder;
            return this;
        }

        public Builder setNeuron(SpikingNeuron neuron) {
            this.neuron = neuron;
            return this;
        }

        public Stem build() {
            if (encoding == null || encoder == null || neuron == null) {
                throw new IllegalArgumentException("Stem: encoding, encoder and neuron must be set");
            }
            if (encoding == InputEncoding.DIRECT && timesteps < 1) {
                throw new IllegalArgumentException("Stem: expected timesteps >= 1 for direct encoding, found " + timesteps);
            }
            return new Stem(this);
        }
    }
}
