package dev.snn4j.layer;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;

/**
 * A square 2-D convolution without bias followed by batch norm: the stateless half of every
 * conv-BN-SN layer. The bias is left out because batch norm's shift replaces it.
 */
public final class ConvBn {

    private ConvBn() {}

    /** k×k convolution to {@code channels} with the given stride and padding, then batch norm. */
    public static Block of(int channels, int kernel, int stride, int padding) {
        return new SequentialBlock()
                .add(SynapticConv2d.synapticBuilder()
                        .setKernelShape(new Shape(kernel, kernel))
                        .optStride(new Shape(stride, stride))
                        .optPadding(new Shape(padding, padding))
                        .setFilters(channels)
                        .optBias(false)
                        .build())
                .add(BatchNorm.builder().build());
    }

    /** 3×3 convolution, padding 1 (size kept at stride 1, halved at stride 2), then batch norm. */
    public static Block conv3x3(int channels, int stride) {
        return of(channels, 3, stride, 1);
    }

    /** 1×1 convolution (a residual shortcut's projection), then batch norm. */
    public static Block conv1x1(int channels, int stride) {
        return of(channels, 1, stride, 0);
    }
}
