/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;

/** Small models built from snn4j blocks (not presets), as a library user builds them. */
public final class TinyModels {

    private TinyModels() {}

    /**
     * Conv(1->4)-BN-LIF, then max pool, Conv(4->8)-BN-LIF, global average pool; Linear(8->classes):
     * every fused path (batch norm, max pool) on [1, 8, 8] images, T steps of direct encoding.
     */
    public static SpikingModel cnn(int timesteps, int classes) {
        NeuronSpec lif = NeuronSpec.defaults();
        Stem stem = Stem.builder()
                .setEncoding(InputEncoding.DIRECT)
                .optTimesteps(timesteps)
                .setEncoder(ConvBn.conv3x3(4, 1))
                .setNeuron(SpikingNeuron.builder().setSpec(lif).build())
                .optNeuronName("sn1")
                .build();
        SpikingSequential body = new SpikingSequential()
                .add("pool1", MaxPool2x2.stage())
                .add("conv2", new TimeDistributed(ConvBn.conv3x3(8, 1)))
                .add("sn2", SpikingNeuron.builder().setSpec(lif).build())
                .add("gap", new GlobalAveragePool());
        return SpikingModel.builder()
                .setStem(stem)
                .setBody(body)
                .setHead(SynapticLinear.of(classes, true))
                .setSampleShape(1, 8, 8)
                .setClasses(classes)
                .optArchitecture("tiny-cnn")
                .build();
    }
}
