/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import ai.djl.Device;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import dev.snn4j.neuron.kernel.FusedKernel;

/**
 * A square 2-D convolution without bias followed by batch norm: the stateless half of every
 * conv-BN-SN layer. The bias is left out because batch norm's shift replaces it.
 *
 * <p>A {@link SequentialBlock} (so models save and load as they always did) that a spiking layer
 * after it can recognise: {@link SpikingSequential} and {@link Stem} then run only the convolution
 * through libtorch and hand the batch norm to the spiking layer's fused pass ({@link
 * dev.snn4j.neuron.SpikingNeuron#forwardFused}).
 */
public final class ConvBn extends SequentialBlock {

    /** DJL's BatchNorm defaults, stated here because the fused pass must use the same. */
    private static final float EPSILON = 1e-5f;
    private static final float MOMENTUM = 0.9f;

    private final Block conv;
    private final BatchNorm batchNorm;

    private ConvBn(int channels, int kernel, int stride, int padding) {
        conv = SynapticConv2d.synapticBuilder()
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding))
                .setFilters(channels)
                .optBias(false)
                .build();
        batchNorm = BatchNorm.builder().optEpsilon(EPSILON).optMomentum(MOMENTUM).build();
        add(conv);
        add(batchNorm);
    }

    /** k×k convolution to {@code channels} with the given stride and padding, then batch norm. */
    public static ConvBn of(int channels, int kernel, int stride, int padding) {
        return new ConvBn(channels, kernel, stride, padding);
    }

    /** 3×3 convolution, padding 1 (size kept at stride 1, halved at stride 2), then batch norm. */
    public static ConvBn conv3x3(int channels, int stride) {
        return of(channels, 3, stride, 1);
    }

    /** 1×1 convolution (a residual shortcut's projection), then batch norm. */
    public static ConvBn conv1x1(int channels, int stride) {
        return of(channels, 1, stride, 0);
    }

    public Block conv() {
        return conv;
    }

    public BatchNorm batchNorm() {
        return batchNorm;
    }

    /** The batch norm's arrays for a fused pass, as {@code parameterStore} gives them for this step. */
    public FusedKernel.BatchNorm batchNormParameters(ParameterStore parameterStore, Device device, boolean training) {
        return new FusedKernel.BatchNorm(
                value(parameterStore, "gamma", device, training),
                value(parameterStore, "beta", device, training),
                value(parameterStore, "runningMean", device, training),
                value(parameterStore, "runningVar", device, training),
                EPSILON,
                MOMENTUM);
    }

    private ai.djl.ndarray.NDArray value(ParameterStore parameterStore, String name, Device device, boolean training) {
        Parameter parameter = batchNorm.getParameters().get(name);
        return parameterStore.getValue(parameter, device, training);
    }
}
