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
import ai.djl.nn.AbstractBlock;
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
 * body stage for TRT.
 */
public final class SewBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inChannels;
    private final int outChannels;
    private final int stride;
    private final TimeDistributed conv1;
    private final SpikingNeuron sn1;
    private final TimeDistributed conv2;
    private final SpikingNeuron sn2;
    private final TimeDistributed downsample;
    private final SpikingNeuron downsampleSn;

    /**
     * @param inChannels channels of the input
     * @param outChannels channels of the output
     * @param stride 1, or 2 to halve height and width
     * @param neuron the neuron of every spiking layer in the block
     */
    public SewBlock(int inChannels, int outChannels, int stride, NeuronSpec neuron) {
        super(VERSION);
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.stride = stride;
        conv1 = addChildBlock("conv1", new TimeDistributed(ConvBn.conv3x3(outChannels, stride)));
        sn1 = addChildBlock("sn1", SpikingNeuron.builder().setSpec(neuron).build());
        conv2 = addChildBlock("conv2", new TimeDistributed(ConvBn.conv3x3(outChannels, 1)));
        sn2 = addChildBlock("sn2", SpikingNeuron.builder().setSpec(neuron).build());
        if (ResidualBlock.needsProjection(inChannels, outChannels, stride)) {
            downsample = addChildBlock("downsample", new TimeDistributed(ConvBn.conv1x1(outChannels, stride)));
            downsampleSn = addChildBlock("downsample_sn", SpikingNeuron.builder().setSpec(neuron).build());
        } else {
            downsample = null;
            downsampleSn = null;
        }
    }

    /** Whether the shortcut is conv1×1-BN-SN rather than the identity. */
    public boolean hasDownsample() {
        return downsample != null;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList h = conv1.forward(ps, inputs, training, params);
        h = sn1.forward(ps, h, training, params);
        h = conv2.forward(ps, h, training, params);
        NDArray branch = sn2.forward(ps, h, training, params).singletonOrThrow();
        NDArray identity = downsample == null
                ? inputs.singletonOrThrow()
                : downsampleSn.forward(ps, downsample.forward(ps, inputs, training, params), training, params)
                        .singletonOrThrow();
        return new NDList(branch.add(identity));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return conv2.getOutputShapes(conv1.getOutputShapes(inputShapes));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        if (in.dimension() != 5 || in.get(2) != inChannels) {
            throw new IllegalArgumentException("SewBlock: expected input [T, B, " + inChannels + ", H, W], found " + in);
        }
        conv1.initialize(manager, dataType, inputShapes);
        Shape[] mid = conv1.getOutputShapes(inputShapes);
        sn1.initialize(manager, dataType, mid);
        conv2.initialize(manager, dataType, mid);
        Shape[] out = conv2.getOutputShapes(mid);
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
