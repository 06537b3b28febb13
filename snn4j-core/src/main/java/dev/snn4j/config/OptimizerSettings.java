/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.train.optim.OptimizerKind;

/**
 * The optimiser and its learning-rate schedule.
 *
 * @param optimizer SGD with momentum, Adam or AdamW (PyTorch's update rules)
 * @param lr the peak learning rate
 * @param momentum SGD's momentum; Adam and AdamW do not use it (it must keep its default)
 * @param weightDecay L2 penalty (SGD, Adam) or decoupled decay (AdamW)
 * @param lrSchedule how the learning rate falls over the run
 */
public record OptimizerSettings(OptimizerKind optimizer, double lr, double momentum, double weightDecay,
        LrSchedule lrSchedule) {

    /** SGD 0.1 with momentum 0.9 and weight decay 5e-4, cosine to 0 over every step. */
    public static final OptimizerSettings DEFAULTS = new OptimizerSettings(OptimizerKind.SGD, 0.1, 0.9, 5e-4,
            LrSchedule.COSINE);

    /** SGD's default momentum, the value momentum must keep when the optimiser does not use it. */
    private static final double DEFAULT_MOMENTUM = 0.9;

    public OptimizerSettings {
        require(optimizer != null, "optimizer", "sgd, adam or adamw", "none");
        require(lrSchedule != null, "lr_schedule", "cosine, cosine_epoch or constant", "none");
        require(lr > 0 && Double.isFinite(lr), "lr", "a finite number > 0", lr);
        require(momentum >= 0 && momentum < 1, "momentum", "a number in [0, 1)", momentum);
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "weight_decay", "a finite number >= 0", weightDecay);
        require(optimizer == OptimizerKind.SGD || momentum == DEFAULT_MOMENTUM, "momentum",
                DEFAULT_MOMENTUM + ", the default (" + optimizer.cliName() + " never uses momentum)", momentum);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** Builds {@link OptimizerSettings}; {@link #build()} checks them. */
    public static final class Builder {
        private OptimizerKind optimizer;
        private double lr;
        private double momentum;
        private double weightDecay;
        private LrSchedule lrSchedule;

        private Builder(OptimizerSettings s) {
            optimizer = s.optimizer;
            lr = s.lr;
            momentum = s.momentum;
            weightDecay = s.weightDecay;
            lrSchedule = s.lrSchedule;
        }

        public Builder optimizer(OptimizerKind value) { optimizer = value; return this; }
        public Builder lr(double value) { lr = value; return this; }
        public Builder momentum(double value) { momentum = value; return this; }
        public Builder weightDecay(double value) { weightDecay = value; return this; }
        public Builder lrSchedule(LrSchedule value) { lrSchedule = value; return this; }

        public OptimizerSettings build() {
            return new OptimizerSettings(optimizer, lr, momentum, weightDecay, lrSchedule);
        }
    }
}
