/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.Pool2d;
import dev.snn4j.layer.ResidualBlock;
import dev.snn4j.layer.SewBlock;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;

/**
 * Spiking ResNets. Every residual block is one body stage (a {@link ResidualBlock} or a
 * {@link SewBlock}), so TRT's reversal points are the stem and the block boundaries. Stage names
 * are {@code layerL_I} (stage L, block I from 0), e.g. {@code body.layer2_0.sn1}.
 *
 * <ul>
 *   <li>{@code resnet18} (CIFAR, [3, 32, 32], 10 classes): stem conv3×3(→64)-BN-SN, no max pool;
 *       basic blocks 2-2-2-2 at 64-128-256-512 channels, strides 1-2-2-2; global average pool; head
 *       Linear(512→classes). H, W >= 8.
 *   <li>{@code resnet19} (tdBN, Zheng et al. 2021; TET, Deng et al. 2022; CIFAR, [3, 32, 32], 10
 *       classes): stem conv3×3(→128)-BN-SN; basic blocks 3-3-2 at 128-256-512, strides 1-2-2; global
 *       average pool; then the published FC-256 as the <b>last two body stages</b>: {@code fc1}
 *       Linear(512→256)-BN and {@code sn_fc1}, so the pooled features are the 256 spikes of that
 *       layer; head Linear(256→classes). The published final FC is linear, so applying it to the
 *       firing rates equals averaging its per-step outputs. One change: batch norm after the
 *       Linear (and no bias), as before every other spiking layer here. Without it the layer is
 *       silent at initialisation (its inputs are pooled rates <= 1, so at PyTorch's default init its
 *       currents have a standard deviation of about 0.1 against a threshold of 1) and the loss
 *       stays exactly flat until some neuron first fires (observed: 6 SGD steps of identical
 *       loss); it costs 512 parameters. H, W >= 8.
 *   <li>{@code resnet34} (ImageNet, [3, 224, 224], 1000 classes): stem conv7×7/2(→64, pad 3)-BN-SN;
 *       body max pool 3×3/2 (pad 1) on the stem's spikes, then basic blocks 3-4-6-3 at 64-128-256-512,
 *       strides 1-2-2-2; global average pool; head Linear(512→classes). H, W >= 16.
 *   <li>{@code sew-resnet18}, {@code sew-resnet34} (SEW ResNet, Fang et al. 2021, ADD; ImageNet): the
 *       same layout as resnet34 (2-2-2-2 and 3-4-6-3 blocks) with {@link SewBlock}s. H, W >= 16.
 * </ul>
 */
final class ResNets {

    private ResNets() {}

    private enum Kind { SPIKING, SEW }

    static SpikingModel resnet18(ModelSpec spec) {
        InputCheck.image(spec, 3, 8);
        SpikingSequential body = new SpikingSequential();
        addLayers(body, spec, Kind.SPIKING, 64, new int[] {2, 2, 2, 2}, new int[] {64, 128, 256, 512});
        body.add("gap", new GlobalAveragePool());
        return new SpikingModel(spec, Parts.stem(spec, ConvBn.conv3x3(64, 1), "sn1"), body, head(spec));
    }

    static SpikingModel resnet19(ModelSpec spec) {
        InputCheck.image(spec, 3, 8);
        SpikingSequential body = new SpikingSequential();
        addLayers(body, spec, Kind.SPIKING, 128, new int[] {3, 3, 2}, new int[] {128, 256, 512});
        body.add("gap", new GlobalAveragePool())
                .add("fc1", new TimeDistributed(new SequentialBlock()
                        .add(SynapticLinear.of(256, false))
                        .add(BatchNorm.builder().build())))
                .add("sn_fc1", Parts.neuron(spec));
        return new SpikingModel(spec, Parts.stem(spec, ConvBn.conv3x3(128, 1), "sn1"), body, head(spec));
    }

    static SpikingModel resnet34(ModelSpec spec) {
        return imageNet(spec, Kind.SPIKING, new int[] {3, 4, 6, 3});
    }

    static SpikingModel sewResnet18(ModelSpec spec) {
        return imageNet(spec, Kind.SEW, new int[] {2, 2, 2, 2});
    }

    static SpikingModel sewResnet34(ModelSpec spec) {
        return imageNet(spec, Kind.SEW, new int[] {3, 4, 6, 3});
    }

    /** The ImageNet layout: 7×7/2 stem, 3×3/2 max pool, four stages at 64-128-256-512. */
    private static SpikingModel imageNet(ModelSpec spec, Kind kind, int[] blocks) {
        InputCheck.image(spec, 3, 16);
        Stem stem = Parts.stem(spec, ConvBn.of(64, 7, 2, 3), "sn1");
        SpikingSequential body = new SpikingSequential()
                .add("maxpool", new TimeDistributed(
                        Pool2d.builder().setKind(Pool2d.Kind.MAX).setKernel(3).optStride(2).optPadding(1).build()));
        addLayers(body, spec, kind, 64, blocks, new int[] {64, 128, 256, 512});
        body.add("gap", new GlobalAveragePool());
        return new SpikingModel(spec, stem, body, head(spec));
    }

    /** Stages of basic blocks; the first block of every stage but the first has stride 2. */
    private static void addLayers(
            SpikingSequential body, ModelSpec spec, Kind kind, int inChannels, int[] blocks, int[] channels) {
        int in = inChannels;
        for (int layer = 0; layer < blocks.length; layer++) {
            for (int i = 0; i < blocks[layer]; i++) {
                int stride = layer > 0 && i == 0 ? 2 : 1;
                Block block = kind == Kind.SEW
                        ? new SewBlock(in, channels[layer], stride, spec.neuron())
                        : new ResidualBlock(in, channels[layer], stride, spec.neuron());
                body.add("layer" + (layer + 1) + "_" + i, block);
                in = channels[layer];
            }
        }
    }

    private static Block head(ModelSpec spec) {
        return SynapticLinear.of(spec.numClasses(), true);
    }
}
