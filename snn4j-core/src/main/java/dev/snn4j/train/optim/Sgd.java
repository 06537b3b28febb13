/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * SGD as {@code torch.optim.SGD}: d = g + wd·w; with momentum b = m·b + d (b = d on the first
 * step); w -= lr·b. Unlike DJL's SGD, the learning rate multiplies the buffer, not the gradient
 * fed into it, so a changing schedule behaves as in PyTorch. No Nesterov, no dampening.
 */
public final class Sgd extends ParameterOptimizer {

    private final float momentum;
    private final float weightDecay;

    public Sgd(float momentum, float weightDecay) {
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    @Override
    protected NDList newState(NDArray weight) {
        return momentum == 0f ? new NDList() : new NDList(weight.zerosLike());
    }

    // in-place arithmetic with numbers is safe here: no autograd graph keeps the constants
    @Override
    protected void update(NDArray weight, NDArray gradient, NDList state, float learningRate, long step) {
        try (NDArray d = gradient.duplicate()) {
            if (weightDecay != 0f) {
                try (NDArray decay = weight.duplicate()) {
                    d.addi(decay.muli(weightDecay));
                }
            }
            NDArray direction = d;
            if (momentum != 0f) {
                // the buffer starts at zero, so the first step gives b = d as in PyTorch
                direction = state.get(0).muli(momentum).addi(d);
            }
            try (NDArray delta = direction.duplicate()) {
                weight.subi(delta.muli(learningRate));
            }
        }
    }
}
