/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import dev.snn4j.CliEnum;

/** How the learning rate changes over the run's optimisation steps. */
public enum LrSchedule implements CliEnum {
    /** From --lr down to 0 along half a cosine wave, over all steps of all epochs. */
    COSINE,
    /**
     * The same cosine, stepped once per epoch (T_max = epochs): the schedule of PyTorch recipes
     * that call CosineAnnealingLR after every epoch; the last epoch keeps a non-zero rate.
     */
    COSINE_EPOCH,
    /** --lr throughout. */
    CONSTANT;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static LrSchedule parse(String text) {
        return CliEnum.parse(LrSchedule.class, "--lr-schedule", text);
    }
}
