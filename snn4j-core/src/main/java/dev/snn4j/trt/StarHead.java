/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import dev.snn4j.CliEnum;

/** Which head classifies the star hybrid (key {@code trt_star_head}). */
public enum StarHead implements CliEnum {
    /** The model's own head, the one that also classifies r and r̂ (snn4j's default reading). */
    SHARED,
    /**
     * A linear layer of its own (features → classes, initialised like the model's), trained with the
     * star term only and dropped afterwards: the saved model is the plain SNN, its head untouched by h.
     */
    AUXILIARY;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static StarHead parse(String text) {
        return CliEnum.parse(StarHead.class, "trt_star_head", text);
    }
}
