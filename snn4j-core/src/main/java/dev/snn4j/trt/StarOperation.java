/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;

/**
 * TRT's star operation: the hybrid feature h, the element-wise product of the original and the
 * reversed view, large only where a feature fires in both directions of time. Where the product is
 * taken ({@link StarProduct}) and its scale ({@link StarScale}) are options; the default,
 * h = r ⊙ r̂ on the pooled firing rates, is this project's reading of the paper.
 */
public final class StarOperation {

    private StarOperation() {}

    /** r ⊙ r̂ of two rate arrays [B, D]. */
    public static NDArray hybrid(NDArray rates, NDArray reversedRates) {
        return rates.mul(reversedRates);
    }

    /**
     * The hybrid [B, D] of paired pooled features [T, 2B, D] (original samples first, their reversed
     * views last), taken where {@code at} says and scaled as {@code scale} says.
     */
    public static NDArray hybrid(NDArray pairedFeatures, long batch, StarProduct at, StarScale scale) {
        NDArray product = at.product(pairedFeatures, batch);
        NDArray rates = scale == StarScale.NORMALIZED
                ? pairedFeatures.get(new NDIndex(":, 0:{}", batch)).mean(new int[] {0}) : null;
        return scale.apply(product, rates);
    }
}
