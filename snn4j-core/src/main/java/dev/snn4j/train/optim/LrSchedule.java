/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import dev.snn4j.CliEnum;

/** How the learning rate changes over the run's optimisation steps. */
public enum LrSchedule implements CliEnum {
    /** From lr down to 0 along half a cosine wave, over all steps of all epochs (the first step uses lr). */
    COSINE {
        @Override
        public float rate(double base, long step, long stepsPerEpoch, int epochs) {
            return cosine(base, (double) (step - 1) / (Math.max(1, stepsPerEpoch) * Math.max(1, epochs)));
        }
    },
    /**
     * The same cosine, stepped once per epoch (T_max = epochs): the schedule of PyTorch recipes
     * that call CosineAnnealingLR after every epoch; the last epoch keeps a non-zero rate.
     */
    COSINE_EPOCH {
        @Override
        public float rate(double base, long step, long stepsPerEpoch, int epochs) {
            return cosine(base, (double) ((step - 1) / Math.max(1, stepsPerEpoch)) / Math.max(1, epochs));
        }
    },
    /** lr throughout. */
    CONSTANT {
        @Override
        public float rate(double base, long step, long stepsPerEpoch, int epochs) {
            return (float) base;
        }
    };

    /**
     * The learning rate of update {@code step} (1-based) of a run of {@code epochs} epochs of
     * {@code stepsPerEpoch} updates, from the base rate.
     */
    public abstract float rate(double base, long step, long stepsPerEpoch, int epochs);

    private static float cosine(double base, double progress) {
        return (float) (base * (1 + Math.cos(Math.PI * Math.min(1.0, progress))) / 2);
    }

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static LrSchedule parse(String text) {
        return CliEnum.parse(LrSchedule.class, "lr_schedule", text);
    }
}
