/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Adam as {@code torch.optim.Adam} (L2 weight decay added to the gradient) or, with
 * {@code decoupled}, AdamW ({@code torch.optim.AdamW}: w -= lr·wd·w before the Adam step).
 * β1 = 0.9, β2 = 0.999, ε = 1e-8.
 */
public final class Adam extends ParameterOptimizer {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final float weightDecay;
    private final boolean decoupled;

    public Adam(float weightDecay, boolean decoupled) {
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
    }

    @Override
    protected NDList newState(NDArray weight) {
        return new NDList(weight.zerosLike(), weight.zerosLike());
    }

    // in-place arithmetic with numbers is safe here: no autograd graph keeps the constants
    @Override
    protected void update(NDArray weight, NDArray gradient, NDList state, float learningRate, long step) {
        NDArray m = state.get(0);
        NDArray v = state.get(1);
        try (NDArray g = gradient.duplicate()) {
            if (weightDecay != 0f) {
                try (NDArray decay = weight.duplicate()) {
                    if (decoupled) {
                        weight.subi(decay.muli(learningRate * weightDecay));
                    } else {
                        g.addi(decay.muli(weightDecay));
                    }
                }
            }
            try (NDArray g2 = g.mul(g)) {
                v.muli(BETA2).addi(g2.muli(1 - BETA2));
            }
            m.muli(BETA1).addi(g.muli(1 - BETA1));
            double c1 = 1 - Math.pow(BETA1, step);
            double c2 = 1 - Math.pow(BETA2, step);
            try (NDArray denominator = v.sqrt()) {
                denominator.divi((float) Math.sqrt(c2)).addi(EPSILON);
                try (NDArray update = m.div(denominator)) {
                    weight.subi(update.muli((float) (learningRate / c1)));
                }
            }
        }
    }
}
