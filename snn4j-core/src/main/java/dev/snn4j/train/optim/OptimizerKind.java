/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import dev.snn4j.CliEnum;

/** Optimisers from DJL's PyTorch engine (SGD has momentum but no Nesterov there). */
public enum OptimizerKind implements CliEnum {
    SGD,
    ADAM,
    ADAMW;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static OptimizerKind parse(String text) {
        return CliEnum.parse(OptimizerKind.class, "--optimizer", text);
    }
}
