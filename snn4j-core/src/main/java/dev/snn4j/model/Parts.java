/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import dev.snn4j.layer.Stem;
import dev.snn4j.neuron.SpikingNeuron;

/** The pieces every preset is built from: the spec's neuron and a stem around an encoder. */
final class Parts {

    private Parts() {}

    /** A spiking layer with the spec's neuron (type and parameters injected everywhere). */
    static SpikingNeuron neuron(ModelSpec spec) {
        return SpikingNeuron.builder().setSpec(spec.neuron()).build();
    }

    /** The stem: {@code encoder} then the first spiking layer, named {@code neuronName}. */
    static Stem stem(ModelSpec spec, Block encoder, String neuronName) {
        return Stem.builder()
                .setEncoding(spec.encoding())
                .optTimesteps(spec.timesteps())
                .setEncoder(encoder)
                .setNeuron(neuron(spec))
                .optNeuronName(neuronName)
                .build();
    }
}
