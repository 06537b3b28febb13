/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.Pool2d;
import dev.snn4j.layer.ResidualBlock;
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
        SpikingSequential body = new SpikingSequential()
                .add("pool1", MaxPool2x2.stage())
                .add("conv2", new TimeDistributed(ConvBn.conv3x3(8, 1)))
                .add("sn2", SpikingNeuron.builder().setSpec(lif).build())
                .add("gap", new GlobalAveragePool());
        return model(timesteps, body, classes, "tiny-cnn");
    }

    /**
     * Conv(1->4)-BN-LIF, the ImageNet layout's 3×3/2 max pool (padding 1), a residual block with
     * the identity shortcut and one with a projection (stride 2), global average pool;
     * Linear(8->classes), on [1, 8, 8] images: the residual blocks' fused halves.
     */
    public static SpikingModel resnet(int timesteps, int classes) {
        NeuronSpec lif = NeuronSpec.defaults();
        SpikingSequential body = new SpikingSequential()
                .add("maxpool", new TimeDistributed(
                        Pool2d.builder().setKind(Pool2d.Kind.MAX).setKernel(3).optStride(2).optPadding(1).build()))
                .add("block1", new ResidualBlock(4, 4, 1, lif))
                .add("block2", new ResidualBlock(4, 8, 2, lif))
                .add("gap", new GlobalAveragePool());
        return model(timesteps, body, classes, "tiny-resnet");
    }

    /** Conv(1->4)-BN-LIF on [1, 8, 8] images (direct encoding), {@code body}, Linear(->classes). */
    private static SpikingModel model(int timesteps, SpikingSequential body, int classes, String architecture) {
        Stem stem = Stem.builder()
                .setEncoding(InputEncoding.DIRECT)
                .optTimesteps(timesteps)
                .setEncoder(ConvBn.conv3x3(4, 1))
                .setNeuron(SpikingNeuron.builder().setSpec(NeuronSpec.defaults()).build())
                .optNeuronName("sn1")
                .build();
        return SpikingModel.builder()
                .setStem(stem)
                .setBody(body)
                .setHead(SynapticLinear.of(classes, true))
                .setSampleShape(1, 8, 8)
                .setClasses(classes)
                .optArchitecture(architecture)
                .build();
    }
}
