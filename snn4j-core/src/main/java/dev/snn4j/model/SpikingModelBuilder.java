/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import ai.djl.util.Pair;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link SpikingModel} from a stem, a body and a head of the caller's design; its
 * {@link ModelSpec} is derived from them (encoding and, for direct encoding, T from the stem; the
 * neuron when every spiking layer has the same), so costs, reports and saved runs describe the
 * model itself. Required: the three parts, the sample shape and the class count; temporal
 * stems also need the number of frames.
 */
public final class SpikingModelBuilder {
    private Stem stem;
    private SpikingSequential body;
    private Block head;
    private long[] sampleShape;
    private int classes;
    private int timesteps;
    private String architecture = "custom";

    SpikingModelBuilder() {}

    public SpikingModelBuilder setStem(Stem value) {
        stem = value;
        return this;
    }

    public SpikingModelBuilder setBody(SpikingSequential value) {
        body = value;
        return this;
    }

    public SpikingModelBuilder setHead(Block value) {
        head = value;
        return this;
    }

    /** The shape of one sample without batch and time, e.g. {@code 1, 28, 28}. */
    public SpikingModelBuilder setSampleShape(long... shape) {
        sampleShape = shape.clone();
        return this;
    }

    public SpikingModelBuilder setClasses(int value) {
        classes = value;
        return this;
    }

    /** Temporal input: frames per sample (direct encoding takes T from the stem). */
    public SpikingModelBuilder optTimesteps(int value) {
        timesteps = value;
        return this;
    }

    /** The design's name in run folders and reports (default {@code custom}); not a preset's name. */
    public SpikingModelBuilder optArchitecture(String value) {
        architecture = value;
        return this;
    }

    public SpikingModel build() {
        if (stem == null || body == null || head == null || sampleShape == null) {
            throw new IllegalArgumentException("SpikingModel: stem, body, head and sample shape must be set");
        }
        if (ModelPreset.find(architecture).isPresent()) {
            throw new IllegalArgumentException("SpikingModel: '" + architecture
                    + "' is a preset's name; build presets with ModelPreset.build, or choose another name");
        }
        boolean direct = stem.encoding() == dev.snn4j.layer.InputEncoding.DIRECT;
        if (direct && timesteps != 0 && timesteps != stem.timesteps()) {
            throw new IllegalArgumentException("SpikingModel: expected timesteps " + stem.timesteps()
                    + " (the stem's), found " + timesteps);
        }
        if (!direct && timesteps < 1) {
            throw new IllegalArgumentException("SpikingModel: a temporal stem needs optTimesteps (frames per sample)");
        }
        List<SpikingNeuron> neurons = new ArrayList<>();
        for (Block part : List.of(stem, body, head)) {
            neuronsIn(part, neurons);
        }
        dev.snn4j.neuron.NeuronSpec shared = neurons.isEmpty() ? null : neurons.get(0).spec();
        for (SpikingNeuron n : neurons) {
            if (!n.spec().equals(shared)) {
                shared = null;
                break;
            }
        }
        ModelSpec spec = new ModelSpec(architecture, shared, direct ? stem.timesteps() : timesteps, classes,
                sampleShape, stem.encoding());
        return new SpikingModel(spec, stem, body, head);
    }

    private static void neuronsIn(Block block, List<SpikingNeuron> out) {
        if (block instanceof SpikingNeuron neuron) {
            out.add(neuron);
            return;
        }
        for (Pair<String, Block> child : block.getChildren()) {
            neuronsIn(child.getValue(), out);
        }
    }
}
