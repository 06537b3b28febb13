/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.CliEnum;

/**
 * What an event-frame pixel's value is, given its (clipped) event count c.
 *
 * <p>Counts span orders of magnitude between quiet and busy pixels (and after downsampling by
 * summing); the scale decides how much of that range a network sees. Applied when a sample is
 * written, after {@link FrameOptions#clip()} and before {@link FrameOptions#divisor()}, so changing it
 * does not invalidate the frame cache.
 */
public enum FrameScale implements CliEnum {
    /** The count itself, as SpikingJelly's frames (the default). */
    COUNT,
    /** log(1 + c): compresses busy pixels. */
    LOG1P,
    /** 1 when the pixel had any event, else 0. */
    BINARY;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /** The scaled value of count {@code c}, before the divisor. */
    public float apply(int c) {
        return switch (this) {
            case COUNT -> c;
            case LOG1P -> (float) Math.log1p(c);
            case BINARY -> c > 0 ? 1f : 0f;
        };
    }
}
