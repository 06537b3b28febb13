/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import dev.snn4j.CliEnum;

/** How TRT's consistency (KL) term treats the two outputs. */
public enum ConsistencyMode implements CliEnum {
    /** KL(softmax(O/τ) ‖ softmax(Ô/τ)) with the original output O detached: it is the target. */
    DETACHED,
    /** The mean of KL in both directions, with gradients through both outputs. */
    SYMMETRIC;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static ConsistencyMode parse(String text) {
        return CliEnum.parse(ConsistencyMode.class, "trt_consistency", text);
    }
}
