/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static dev.snn4j.InvalidSettingException.require;

/**
 * TRT's settings. Loss: L = CE(O, y) + reversedCe·CE(Ô, y) + alpha·τ²·KL(softmax(O/τ) ‖ softmax(Ô/τ))
 * + beta·CE(O_h, y), with τ = {@code temperature}. The paper publishes no coefficients; the defaults
 * (all 1, τ = 2) are this project's reading. In config files and on the command line every key has
 * the prefix {@code trt_} ({@code trt_alpha}, {@code --trt-alpha}).
 *
 * @param reverse where time is reversed
 * @param reverseAt feature reversal: after the K-th spiking layer (1 = the stem's)
 * @param alpha weight of the consistency (KL) term
 * @param beta weight of the star-operation CE term
 * @param temperature softmax temperature τ of the KL term
 * @param reversedCe weight of the reversed path's CE term (λ_rev)
 * @param consistency detached target or symmetric KL
 * @param starAt where the star product is taken: pooled rates or per time step
 * @param starHead which head classifies the star hybrid: the shared one or an auxiliary one
 * @param starScale the hybrid as the product, its square root, or normalised per sample
 */
public record TrtSettings(
        ReversalPoint reverse,
        int reverseAt,
        double alpha,
        double beta,
        double temperature,
        double reversedCe,
        ConsistencyMode consistency,
        StarProduct starAt,
        StarHead starHead,
        StarScale starScale) {

    /**
     * Reversal chosen by the data, after the stem; every weight 1, τ = 2, detached consistency; the star
     * product r ⊙ r̂ of the pooled rates, classified by the shared head.
     */
    public static final TrtSettings DEFAULTS = new TrtSettings(ReversalPoint.AUTO, 1, 1.0, 1.0, 2.0, 1.0,
            ConsistencyMode.DETACHED, StarProduct.RATES, StarHead.SHARED, StarScale.PRODUCT);

    /** These settings with the star operation's three readings. */
    public TrtSettings withStar(StarProduct at, StarHead head, StarScale scale) {
        return new TrtSettings(reverse, reverseAt, alpha, beta, temperature, reversedCe, consistency, at, head, scale);
    }

    /** {@link #DEFAULTS}. */
    public static TrtSettings defaults() {
        return DEFAULTS;
    }

    public TrtSettings {
        require(reverse != null, "trt_reverse", "one of input, feature, auto", "none");
        require(consistency != null, "trt_consistency", "one of detached, symmetric", "none");
        require(starAt != null, "trt_star_at", "one of rates, steps", "none");
        require(starHead != null, "trt_star_head", "one of shared, auxiliary", "none");
        require(starScale != null, "trt_star_scale", "one of product, sqrt, normalized", "none");
        require(reverseAt >= 1, "trt_reverse_at", "an integer >= 1", reverseAt);
        requireWeight("trt_alpha", alpha);
        requireWeight("trt_beta", beta);
        requireWeight("trt_reversed_ce", reversedCe);
        require(temperature > 0 && Double.isFinite(temperature), "trt_temperature", "a finite number > 0", temperature);
        require(reverse != ReversalPoint.INPUT || reverseAt == 1, "trt_reverse_at",
                "1 with trt_reverse input (the input is reversed before every layer)", reverseAt);
    }

    private static void requireWeight(String key, double value) {
        require(value >= 0 && Double.isFinite(value), key, "a finite number >= 0", value);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder from {@link #DEFAULTS}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** Builds {@link TrtSettings}; {@link #build()} checks them. */
    public static final class Builder {
        private ReversalPoint reverse;
        private int reverseAt;
        private double alpha;
        private double beta;
        private double temperature;
        private double reversedCe;
        private ConsistencyMode consistency;
        private StarProduct starAt;
        private StarHead starHead;
        private StarScale starScale;

        private Builder(TrtSettings s) {
            reverse = s.reverse;
            reverseAt = s.reverseAt;
            alpha = s.alpha;
            beta = s.beta;
            temperature = s.temperature;
            reversedCe = s.reversedCe;
            consistency = s.consistency;
            starAt = s.starAt;
            starHead = s.starHead;
            starScale = s.starScale;
        }

        public Builder reverse(ReversalPoint value) { reverse = value; return this; }
        public Builder reverseAt(int value) { reverseAt = value; return this; }
        public Builder alpha(double value) { alpha = value; return this; }
        public Builder beta(double value) { beta = value; return this; }
        public Builder temperature(double value) { temperature = value; return this; }
        public Builder reversedCe(double value) { reversedCe = value; return this; }
        public Builder consistency(ConsistencyMode value) { consistency = value; return this; }
        public Builder starAt(StarProduct value) { starAt = value; return this; }
        public Builder starHead(StarHead value) { starHead = value; return this; }
        public Builder starScale(StarScale value) { starScale = value; return this; }

        public TrtSettings build() {
            return new TrtSettings(reverse, reverseAt, alpha, beta, temperature, reversedCe, consistency, starAt, starHead,
                    starScale);
        }
    }
}
