/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import dev.snn4j.CliEnum;

/** How the outputs are classified (key {@code loss}), for baseline and TRT alike. */
public enum OutputLoss implements CliEnum {
    /** CE(O, y) of the output O = head(mean over T of the features). */
    CE,
    /**
     * TET (Deng et al., 2022): (1 − λ)·mean over t of CE(O_t, y) + λ·mean over t of MSE(O_t, φ), with
     * O_t = head(features at step t); λ and φ are keys {@code tet_lambda} and {@code tet_phi}.
     */
    TET;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static OutputLoss parse(String text) {
        return CliEnum.parse(OutputLoss.class, "loss", text);
    }
}
