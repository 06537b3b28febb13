/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;

/** Time reversal of time-first tensors [T, B, ...]. */
public final class TemporalReversal {

    private TemporalReversal() {}

    /** flip_T(x): step t of the result is step T-1-t of x. */
    public static NDArray reverse(NDArray timeFirst) {
        return timeFirst.flip(0);
    }

    /**
     * [x; flip_T(x)] along the batch axis: [T, B, ...] becomes [T, 2B, ...], so the original and the
     * reversed sequence go through the rest of the network in one pass.
     */
    public static NDArray withReversed(NDArray timeFirst) {
        return timeFirst.concat(reverse(timeFirst), 1);
    }
}
