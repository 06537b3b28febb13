/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.nn.Block;
import dev.snn4j.layer.ConvBn;
import dev.snn4j.layer.FlattenFeatures;
import dev.snn4j.layer.GlobalAveragePool;
import dev.snn4j.layer.MaxPool2x2;
import dev.snn4j.layer.Pool2d;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.layer.TimeDistributed;
import java.util.List;

/**
 * Plain conv stacks: a list of conv3×3-BN-SN layers (a number: output channels) and 2×2 pools
 * ("M"), the first conv in the stem, the rest in the body, one stage per conv, neuron and pool.
 *
 * <ul>
 *   <li>{@code vgg11} (CIFAR, [3, 32, 32], 10 classes): 64-M-128-M-256-256-M-512-512-M-512-512-M,
 *       global average pool, head Linear(512→classes). M is <b>max</b> pooling: the max of spikes
 *       is a spike (logical OR), so every convolution keeps binary, event-driven input, as in
 *       SpikingJelly's spiking VGG and this project's cnn3. The pools round up (ceil mode), which
 *       changes nothing for 32×32 (every map has an even size) and lets smaller inputs through: at
 *       16×16 the last pool sees a 1×1 map and passes it on. H, W >= 16.
 *   <li>{@code vggsnn} (the DVS model of TET, Deng et al. 2022: CIFAR10-DVS at [2, 48, 48], 10
 *       classes, temporal input): 64-128-A-256-256-A-512-512-A-512-512-A, then the final map is
 *       <b>flattened</b> (512·H/16·W/16 = 4608 features at 48×48) and the head is
 *       Linear(4608→classes), as in TET. A is 2×2 <b>average</b> pooling, as published. Because the
 *       head is linear, applying it to the firing rates equals TET's per-step classifier averaged
 *       over T. Four pools: H, W >= 16; the head's width follows the input size.
 * </ul>
 */
final class Vgg {

    private static final String POOL = "M";

    private Vgg() {}

    static SpikingModel vgg11(ModelSpec spec) {
        InputCheck.image(spec, 3, 16);
        return build(spec, List.of("64", POOL, "128", POOL, "256", "256", POOL, "512", "512", POOL, "512", "512", POOL),
                false, new GlobalAveragePool());
    }

    static SpikingModel vggSnn(ModelSpec spec) {
        InputCheck.image(spec, 2, 16);
        return build(spec, List.of("64", "128", POOL, "256", "256", POOL, "512", "512", POOL, "512", "512", POOL),
                true, new FlattenFeatures());
    }

    private static SpikingModel build(ModelSpec spec, List<String> layers, boolean averagePool, Block end) {
        Stem stem = Parts.stem(spec, ConvBn.conv3x3(Integer.parseInt(layers.get(0)), 1), "sn1");
        SpikingSequential body = new SpikingSequential();
        int conv = 1;
        int pool = 0;
        for (String layer : layers.subList(1, layers.size())) {
            if (layer.equals(POOL)) {
                body.add("pool" + ++pool, averagePool
                        ? new TimeDistributed(Pool2d.builder().setKind(Pool2d.Kind.AVG).setKernel(2).build())
                        : MaxPool2x2.stage(true));
            } else {
                conv++;
                body.add("conv" + conv, new TimeDistributed(ConvBn.conv3x3(Integer.parseInt(layer), 1)));
                body.add("sn" + conv, Parts.neuron(spec));
            }
        }
        body.add(end instanceof GlobalAveragePool ? "gap" : "flatten", end);
        return new SpikingModel(spec, stem, body, SynapticLinear.of(spec.numClasses(), true));
    }
}
