/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import dev.snn4j.Snn4jException;

/**
 * TRT's settings. Loss: L = CE(O, y) + reversedCe·CE(Ô, y) + alpha·τ²·KL(softmax(O/τ) ‖ softmax(Ô/τ))
 * + beta·CE(O_h, y), with τ = {@code temperature}. The paper publishes no coefficients; the defaults
 * (all 1, τ = 2) are this project's reading.
 *
 * @param reverse where time is reversed
 * @param reverseAt feature mode: reverse after the K-th spiking layer (1 = the stem's)
 * @param alpha weight of the consistency (KL) term
 * @param beta weight of the star-operation CE term
 * @param temperature softmax temperature τ of the KL term
 * @param reversedCe weight of the reversed path's CE term (λ_rev)
 * @param consistency detached target or symmetric KL
 */
public record TrtSettings(
        ReversalPoint reverse,
        int reverseAt,
        double alpha,
        double beta,
        double temperature,
        double reversedCe,
        ConsistencyMode consistency) {

    public static TrtSettings defaults() {
        return new TrtSettings(ReversalPoint.AUTO, 1, 1.0, 1.0, 2.0, 1.0, ConsistencyMode.DETACHED);
    }

    public TrtSettings {
        if (reverse == null) {
            throw new Snn4jException("--trt-reverse: expected one of input, feature, auto, found none");
        }
        if (consistency == null) {
            throw new Snn4jException("--trt-consistency: expected one of detached, symmetric, found none");
        }
        if (reverseAt < 1) {
            throw new Snn4jException("--trt-reverse-at: expected an integer >= 1, found " + reverseAt);
        }
        requireWeight("--trt-alpha", alpha);
        requireWeight("--trt-beta", beta);
        requireWeight("--trt-reversed-ce", reversedCe);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new Snn4jException("--trt-temperature: expected a finite number > 0, found " + temperature);
        }
    }

    private static void requireWeight(String flag, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new Snn4jException(flag + ": expected a finite number >= 0, found " + value);
        }
    }
}
