/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;

/**
 * {@code cnn3}: stem Conv(C→32, 3×3, pad 1, no bias)-BN-SN; body MaxPool2-Conv(32→64)-BN-SN-MaxPool2-
 * Conv(64→128)-BN-SN-global average pool; head Linear(128→classes). Any channel count, H, W >= 4.
 */
final class Cnn3 {

    private Cnn3() {}

    static SpikingModel build(ModelSpec spec) {
        InputCheck.image(spec, 0, 4);
        Stem stem = Parts.stem(spec, convBn(32), "sn1");
        SpikingSequential body =
                new SpikingSequential()
                        .add("pool1", MaxPool2x2.stage())
                        .add("conv2", new TimeDistributed(convBn(64)))
                        .add("sn2", Parts.neuron(spec))
                        .add("pool2", MaxPool2x2.stage())
                        .add("conv3", new TimeDistributed(convBn(128)))
                        .add("sn3", Parts.neuron(spec))
                        .add("gap", new GlobalAveragePool());
        Block head = SynapticLinear.of(spec.numClasses(), true);
        return new SpikingModel(spec, stem, body, head);
    }

    /** 3×3 convolution, padding 1, no bias (batch norm follows), then batch norm. */
    static Block convBn(int channels) {
        return ConvBn.conv3x3(channels, 1);
    }
}
