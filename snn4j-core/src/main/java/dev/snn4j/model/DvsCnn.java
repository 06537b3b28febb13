/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;

/**
 * {@code dvs-cnn}: a small, fast model for event-camera frames of 34×34 to 48×48 with 2 polarity
 * channels (N-MNIST, DVS128 Gesture or CIFAR10-DVS downscaled), temporal input [T, B, 2, H, W], 10
 * classes. 32C3-MP2-64C3-MP2-128C3-MP2-128C3-GAP-FC: stem Conv(2→32, 3×3)-BN-SN on every frame;
 * body MaxPool2-Conv(32→64)-BN-SN-MaxPool2-Conv(64→128)-BN-SN-MaxPool2-Conv(128→128)-BN-SN-global
 * average pool; head Linear(128→classes). Max pooling keeps spikes binary. About 0.24 M parameters
 * and 13 M MACs per step at 34×34 (28 M at 48×48). H, W >= 8.
 */
final class DvsCnn {

    private DvsCnn() {}

    static SpikingModel build(ModelSpec spec) {
        InputCheck.image(spec, 2, 8);
        Stem stem = Parts.stem(spec, ConvBn.conv3x3(32, 1), "sn1");
        SpikingSequential body = new SpikingSequential()
                .add("pool1", MaxPool2x2.stage())
                .add("conv2", new TimeDistributed(ConvBn.conv3x3(64, 1)))
                .add("sn2", Parts.neuron(spec))
                .add("pool2", MaxPool2x2.stage())
                .add("conv3", new TimeDistributed(ConvBn.conv3x3(128, 1)))
                .add("sn3", Parts.neuron(spec))
                .add("pool3", MaxPool2x2.stage())
                .add("conv4", new TimeDistributed(ConvBn.conv3x3(128, 1)))
                .add("sn4", Parts.neuron(spec))
                .add("gap", new GlobalAveragePool());
        return new SpikingModel(spec, stem, body, SynapticLinear.of(spec.numClasses(), true));
    }
}
