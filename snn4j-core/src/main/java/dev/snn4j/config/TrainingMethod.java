/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import dev.snn4j.CliEnum;

/** The training method: plain cross-entropy, or Temporal Reversed Training. */
public enum TrainingMethod implements CliEnum {
    BASELINE,
    TRT;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static TrainingMethod parse(String text) {
        return CliEnum.parse(TrainingMethod.class, "method", text);
    }
}
