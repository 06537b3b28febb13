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

    private Stem(Builder builder) {
        super(VERSION);
        this.encoding = builder.encoding;
        this.timesteps = builder.timesteps;
        this.encoder = addChildBlock("encoder", builder.encoder);
        this.neuron = addChildBlock(builder.neuronName, builder.neuron);
    }

    public static Builder builder() {
        return new Builder();
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
        return new NDList(run(parameterStore, inputs.singletonOrThrow(), null, training, params));
    }

    /**
     * The stem followed by {@code pool}, a {@link MaxPool2x2} stage: fused with the neuron when it
     * can be ({@link SpikingNeuron#forwardMaxPooled}), else one after the other.
     */
    public NDArray forwardThenMaxPool(
            ParameterStore parameterStore, NDArray x, Block pool, boolean training, PairList<String, Object> params) {
        if (!MaxPool2x2.isStage(pool)) {
            throw new IllegalArgumentException("Stem: expected a MaxPool2x2 stage, found " + pool);
        }
        return run(parameterStore, x, pool, training, params);
    }

    /**
     * Encoder, neuron and, when {@code pool} is given, the pool; a {@link ConvBn} encoder's batch
     * norm and the pool run fused with the neuron as far as it can take them ({@link FusedGroup}).
     */
    private NDArray run(ParameterStore parameterStore, NDArray x, Block pool, boolean training,
            PairList<String, Object> params) {
        int repeat = encoding == InputEncoding.DIRECT ? timesteps : 0;
        if (encoder instanceof ConvBn convBn) {
            NDArray y = encode(convBn.conv(), parameterStore, x, training, params);
            return FusedGroup.forward(parameterStore, y, convBn, neuron, pool, repeat, training, params);
        }
        NDArray current = encode(encoder, parameterStore, x, training, params);
        return FusedGroup.forward(parameterStore, current, null, neuron, pool, repeat, training, params);
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
