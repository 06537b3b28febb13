/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default initialisation of convolution and linear weights: kaiming_uniform with
 * a = √5, i.e. U(-1/√fan_in, 1/√fan_in), fan_in = input channels × kernel size.
 *
 * <p>DJL's default (He normal) draws weights about 2.4 times larger. Under batch norm the scale of a
 * weight does not change the output, but with weight decay it sets the effective learning rate:
 * larger weights learn markedly slower, and recipes tuned in PyTorch-based SNN frameworks do not
 * carry over. snn4j models use this initialiser so that those recipes do.
 */
public final class PyTorchDefaultInitializer implements Initializer {

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        if (shape.dimension() < 2) {
            throw new IllegalArgumentException("expected a weight of at least 2 dimensions, found " + shape);
        }
        long fanIn = shape.size() / shape.get(0);
        float bound = (float) (1.0 / Math.sqrt(fanIn));
        return manager.randomUniform(-bound, bound, shape, dataType, manager.getDevice());
    }
}
