/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;


/** Builds the optimiser and learning-rate schedule a run asks for. */
public final class Optimizers {

    private Optimizers() {}

    /** {@code kind.create(momentum, weightDecay)}. */
    public static ParameterOptimizer create(OptimizerKind kind, double momentum, double weightDecay) {
        return kind.create(momentum, weightDecay);
    }

    /**
     * The learning rate of update {@code step} (1-based) of a run of {@code epochs} epochs of
     * {@code stepsPerEpoch} updates: constant; cosine annealing to 0 stepped per update, as PyTorch's
     * CosineAnnealingLR with T_max = all updates (the first update uses the base rate); or the same
     * stepped once per epoch, T_max = epochs, as PyTorch recipes that call the scheduler after each
     * epoch do (epoch e, 0-based, uses base (1 + cos(pi e / epochs)) / 2).
     */
    public static float learningRate(LrSchedule schedule, double base, long step, long stepsPerEpoch, int epochs) {
        return schedule.rate(base, step, stepsPerEpoch, epochs);
    }
}
