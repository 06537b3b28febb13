/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.snn4j.CliEnum;

/**
 * Where TRT's star operation takes the product of the original and the reversed view (key
 * {@code trt_star_at}). The paper says "element-wise product of the features"; which features is
 * this project's reading.
 */
public enum StarProduct implements CliEnum {
    /** h = r ⊙ r̂ on the pooled firing rates, r = mean over T of the features (snn4j's default reading). */
    RATES {
        @Override
        NDArray product(NDArray features, long batch) {
            NDArray rates = features.mean(new int[] {0});
            return rates.get(new NDIndex("0:{}", batch)).mul(rates.get(new NDIndex("{}:", batch)));
        }
    },
    /**
     * h = mean over t of s_t ⊙ ŝ_t: the product per time step, before the mean over T (for spikes, the
     * rate at which a feature fires at the same step in both views).
     */
    STEPS {
        @Override
        NDArray product(NDArray features, long batch) {
            NDArray original = features.get(new NDIndex(":, 0:{}", batch));
            NDArray reversed = features.get(new NDIndex(":, {}:", batch));
            return original.mul(reversed).mean(new int[] {0});
        }
    };

    /**
     * The raw product [B, D] from the paired pooled features [T, 2B, D]: the original samples first,
     * their reversed views last.
     */
    abstract NDArray product(NDArray features, long batch);

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static StarProduct parse(String text) {
        return CliEnum.parse(StarProduct.class, "trt_star_at", text);
    }
}
