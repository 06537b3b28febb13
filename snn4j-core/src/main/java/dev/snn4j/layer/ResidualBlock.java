/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.neuron.SpikingNeuron;

/**
 * The basic block of a spiking ResNet with the neuron after the residual addition (tdBN, Zheng et
 * al. 2021; TET, Deng et al. 2022), on spikes [T, B, C, H, W]:
 *
 * <pre>
 * out = SN2( BN(conv3×3(SN1( BN(conv3×3/s(x)) ))) + shortcut(x) )
 * shortcut(x) = x                          (same channels, stride 1)
 *             = BN(conv1×1/s(x))           (otherwise: projection)
 * </pre>
 *
 * <p>Input and output are spikes. The whole block is one body stage: TRT can reverse time before or
 * after it, never between its two neurons (the shortcut needs the unreversed input). conv1-BN-SN1
 * runs as one fused pass, and so does conv2-BN + shortcut → SN2: the kernel adds the shortcut to the
 * normalised input, and the shortcut's gradient goes on through autograd.
 */
public final class ResidualBlock extends ResidualBase {

    private static final byte VERSION = 1;

    private final TimeDistributed shortcut;
    private final SpikingNeuron sn2;
    /** conv2-BN, the shortcut added, SN2: one fused pass, or {@code null} when SN2 has no kernel. */
    private final FusedUnit second;

    /**
     * @param inChannels channels of the input spikes
     * @param outChannels channels of the output
     * @param stride 1, or 2 to halve height and width
     * @param neuron the neuron of both spiking layers
     */
    public ResidualBlock(int inChannels, int outChannels, int stride, NeuronSpec neuron) {
        super(VERSION, inChannels, outChannels, stride, neuron);
        shortcut = needsProjection(inChannels, outChannels, stride)
                ? addChildBlock("shortcut", new TimeDistributed(ConvBn.conv1x1(outChannels, stride)))
                : null;
        sn2 = addChildBlock("sn2", SpikingNeuron.of(neuron));
        second = unit(conv2, sn2, "conv2 + shortcut + sn2");
    }

    /** Whether the shortcut is a 1×1 convolution with batch norm rather than the identity. */
    public boolean hasProjection() {
        return shortcut != null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray h = firstHalf(ps, x, training, params);
        NDArray identity = shortcut == null ? x : shortcut.forward(ps, inputs, training, params).singletonOrThrow();
        if (second != null) {
            return new NDList(second.forward(ps, h, identity, training, params));
        }
        NDArray branch = conv2.forward(ps, new NDList(h), training, params).singletonOrThrow();
        return sn2.forward(ps, new NDList(branch.add(identity)), training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] out = initializeBranch(manager, dataType, inputShapes);
        if (shortcut != null) {
            shortcut.initialize(manager, dataType, inputShapes);
        }
        sn2.initialize(manager, dataType, out);
    }

    @Override
    public String toString() {
        return "ResidualBlock(" + inChannels + "->" + outChannels + ", stride " + stride
                + (shortcut == null ? ", identity)" : ", projection)");
    }
}
