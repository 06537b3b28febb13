/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;

/**
 * TRT's star operation: the hybrid feature h = r ⊙ r̂, the element-wise product of the original and
 * the reversed firing rates. It is large only where a feature fires in both directions of time.
 */
public final class StarOperation {

    private StarOperation() {}

    public static NDArray hybrid(NDArray rates, NDArray reversedRates) {
        return rates.mul(reversedRates);
    }
}
