/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import dev.snn4j.CliEnum;

/** White-box attacks through the surrogate gradients. */
public enum AttackMethod implements CliEnum {
    /** Fast gradient sign method (Goodfellow et al., 2015): one step of size epsilon. */
    FGSM,
    /** Projected gradient descent (Madry et al., 2018): random start, steps of step-size, projection. */
    PGD;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }
}
