/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import dev.snn4j.CliEnum;

/** How a model's input meets time. */
public enum InputEncoding implements CliEnum {
    /**
     * A static sample [B, ...] (image, point cloud): the stem's first layers run once and their
     * output drives the first spiking layer at every one of T steps (direct encoding).
     */
    DIRECT,
    /** A temporal sample [T, B, ...] (event frames): every step has its own input. */
    TEMPORAL;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }
}
