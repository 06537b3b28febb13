/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import dev.snn4j.layer.PointMaxPool;
import dev.snn4j.layer.Pointwise;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;

/**
 * {@code pointnet}: Spiking PointNet (Ren et al. 2023) for point-cloud classification (ModelNet40:
 * [N, 3] points, N = 1024, 40 classes), laid out as the authors' code lays it out, without the
 * input and feature transform networks (T-Net).
 *
 * <p>Channels last, [B, N, 3] in, [T, B, N, C] inside, so a shared per-point layer is one Linear on
 * all points folded into the batch ({@link Pointwise}). Stem: Linear(3→64, no bias)-BN-SN, the
 * Linear and batch norm computed once per sample under direct encoding, the neuron driven for T
 * steps. Body: Linear(64→128)-BN-SN and Linear(128→1024)-BN per point, then the maximum over points
 * ({@link PointMaxPool}) of that batch-norm output, then the classifier MLP Linear(1024→512)-BN-SN,
 * Linear(512→256)-BN-SN, giving spike features [T, B, 256]; head Linear(256→classes) on their firing
 * rates. The 1024-wide layer has no neuron before the pooling, as in PointNet, where it has no
 * ReLU: the maximum of spikes would be an OR over all points, which fires almost always and tells
 * the classes apart poorly (measured on shapes3d: 20% against 28% for this layout after 3 epochs).
 * TRT's feature reversal after the first spiking layer flips the stem's [T, B, N, 64] spikes, as
 * for images. Any N >= 1.
 */
final class PointNet {

    private PointNet() {}

    static SpikingModel build(ModelSpec spec) {
        InputCheck.points(spec);
        Stem stem = Parts.stem(spec, linearBn(64), "sn1");
        SpikingSequential body = new SpikingSequential()
                .add("fc2", linearBn(128))
                .add("sn2", Parts.neuron(spec))
                .add("fc3", linearBn(1024))
                .add("maxpool", new PointMaxPool())
                .add("fc4", linearBn(512))
                .add("sn4", Parts.neuron(spec))
                .add("fc5", linearBn(256))
                .add("sn5", Parts.neuron(spec));
        return new SpikingModel(spec, stem, body, SynapticLinear.of(spec.numClasses(), true));
    }

    /**
     * A Linear (no bias, since batch norm follows) and batch norm over channels, shared by every
     * point of [T, B, N, C], or over [T, B, C] after the pooling.
     */
    private static Block linearBn(int units) {
        return new Pointwise(new SequentialBlock()
                .add(SynapticLinear.of(units, false))
                .add(BatchNorm.builder().build()));
    }
}
