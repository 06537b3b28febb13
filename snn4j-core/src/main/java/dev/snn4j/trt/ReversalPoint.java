/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import dev.snn4j.CliEnum;

/** Where TRT reverses time. */
public enum ReversalPoint implements CliEnum {
    /** Flip the input sequence along T (temporal data such as event frames). */
    INPUT,
    /**
     * Static data: run the stem once, then flip its spike sequence along T, so everything after the
     * reversal point sees [S; flip_T(S)] in one pass.
     */
    FEATURE,
    /** FEATURE for static datasets, INPUT for temporal ones. */
    AUTO;

    /** AUTO resolved against the kind of data; INPUT and FEATURE stay as they are. */
    public ReversalPoint resolve(boolean temporalInput) {
        if (this != AUTO) {
            return this;
        }
        return temporalInput ? INPUT : FEATURE;
    }

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static ReversalPoint parse(String text) {
        return CliEnum.parse(ReversalPoint.class, "trt_reverse", text);
    }
}
