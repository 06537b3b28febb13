/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import dev.snn4j.Snn4jException;

/** A training step's loss was NaN or infinite: the run stopped, its last finished epoch intact. */
public final class NonFiniteLossException extends Snn4jException {

    private static final long serialVersionUID = 1L;

    NonFiniteLossException(String message) {
        super(message);
    }
}
