/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;


/** Builds the optimiser and learning-rate schedule a run asks for. */
public final class Optimizers {

    private Optimizers() {}

    public static ParameterOptimizer create(OptimizerKind kind, double momentum, double weightDecay) {
        switch (kind) {
            case SGD:
                return new Sgd((float) momentum, (float) weightDecay);
            case ADAM:
                return new Adam((float) weightDecay, false);
            case ADAMW:
                return new Adam((float) weightDecay, true);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * The learning rate of update {@code step} (1-based) of a run of {@code epochs} epochs of
     * {@code stepsPerEpoch} updates: constant; cosine annealing to 0 stepped per update, as PyTorch's
     * CosineAnnealingLR with T_max = all updates (the first update uses the base rate); or the same
     * stepped once per epoch, T_max = epochs, as PyTorch recipes that call the scheduler after each
     * epoch do (epoch e, 0-based, uses base (1 + cos(pi e / epochs)) / 2).
     */
    public static float learningRate(LrSchedule schedule, double base, long step, long stepsPerEpoch, int epochs) {
        long perEpoch = Math.max(1, stepsPerEpoch);
        switch (schedule) {
            case CONSTANT:
                return (float) base;
            case COSINE:
                return cosine(base, (double) (step - 1) / (perEpoch * Math.max(1, epochs)));
            case COSINE_EPOCH:
                return cosine(base, (double) ((step - 1) / perEpoch) / Math.max(1, epochs));
            default:
                throw new AssertionError(schedule);
        }
    }

    private static float cosine(double base, double progress) {
        return (float) (base * (1 + Math.cos(Math.PI * Math.min(1.0, progress))) / 2);
    }
}
