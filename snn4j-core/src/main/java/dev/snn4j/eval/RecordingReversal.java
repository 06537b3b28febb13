/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import dev.snn4j.CliEnum;

/** How {@code eval --reversed} plays a test sample backwards. */
public enum RecordingReversal implements CliEnum {
    /**
     * Event frames in reverse order with ON and OFF swapped: what a camera would record of the
     * scene played backwards (a pixel that brightened now darkens).
     */
    PLAYBACK,
    /** Frames in reverse order only, as TRT's input reversal does. */
    FRAMES;

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }
}
