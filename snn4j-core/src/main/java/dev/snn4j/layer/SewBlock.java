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
 * The basic block of a spike-element-wise ResNet (SEW ResNet, Fang et al. 2021) with the ADD
 * connect function, on [T, B, C, H, W]:
 *
 * <pre>
 * out = SN2( BN(conv3×3(SN1( BN(conv3×3/s(x)) ))) ) + shortcut(x)
 * shortcut(x) = x                          (same channels, stride 1)
 *             = SN3( BN(conv1×1/s(x)) )    (otherwise: downsample, then its own neuron)
 * </pre>
 *
 * <p>The block's last neuron sits inside the residual branch, so the branch and the shortcut add
 * spikes: the output is a non-negative integer per element (0, 1, 2, ...; it grows with depth
 * along identity paths), not a spike. Every neuron still emits exactly 0 or 1. The whole block is one
 * body stage for TRT. Each conv-BN-SN runs as one fused pass.
 */
public final class SewBlock extends ResidualBase {

    private static final byte VERSION = 1;

    private final SpikingNeuron sn2;
    private final TimeDistributed downsample;
    private final SpikingNeuron downsampleSn;
    private final FusedUnit second;
    private final FusedUnit down;

    /**
     * @param inChannels channels of the input
     * @param outChannels channels of the output
     * @param stride 1, or 2 to halve height and width
     * @param neuron the neuron of every spiking layer in the block
     */
    public SewBlock(int inChannels, int outChannels, int stride, NeuronSpec neuron) {
        super(VERSION, inChannels, outChannels, stride, neuron);
        sn2 = addChildBlock("sn2", SpikingNeuron.of(neuron));
        second = unit(conv2, sn2, "conv2 + sn2");
        if (needsProjection(inChannels, outChannels, stride)) {
            downsample = addChildBlock("downsample", new TimeDistributed(ConvBn.conv1x1(outChannels, stride)));
            downsampleSn = addChildBlock("downsample_sn", SpikingNeuron.of(neuron));
            down = unit(downsample, downsampleSn, "downsample + downsample_sn");
        } else {
            downsample = null;
            downsampleSn = null;
            down = null;
        }
    }

    /** Whether the shortcut is conv1×1-BN-SN rather than the identity. */
    public boolean hasDownsample() {
        return downsample != null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray branch = run(second, conv2, sn2, ps, firstHalf(ps, x, training, params), training, params);
        NDArray identity = downsample == null ? x : run(down, downsample, downsampleSn, ps, x, training, params);
        return new NDList(branch.add(identity));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] out = initializeBranch(manager, dataType, inputShapes);
        sn2.initialize(manager, dataType, out);
        if (downsample != null) {
            downsample.initialize(manager, dataType, inputShapes);
            downsampleSn.initialize(manager, dataType, out);
        }
    }

    @Override
    public String toString() {
        return "SewBlock(ADD, " + inChannels + "->" + outChannels + ", stride " + stride
                + (downsample == null ? ", identity)" : ", downsample)");
    }
}
