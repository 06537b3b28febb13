/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import dev.snn4j.CliEnum;
import dev.snn4j.Scalars;

/**
 * The scale of the star hybrid (key {@code trt_star_scale}). With firing rates of about 0.1 the raw
 * product is about ten times smaller than r, and a head shared with r can only classify it by
 * growing rates or weights; the other two forms keep the hybrid on r's scale.
 */
public enum StarScale implements CliEnum {
    /** h as it is: r ⊙ r̂ (snn4j's default reading). */
    PRODUCT {
        @Override
        NDArray apply(NDArray product, NDArray rates) {
            return product;
        }
    },
    /**
     * √(h + ε) − √ε with ε = 1e-4: the geometric mean of r and r̂ where both fire; ε keeps the gradient
     * at h = 0 finite (at most 1/(2√ε) = 50) and the subtraction keeps √0 at 0.
     */
    SQRT {
        @Override
        NDArray apply(NDArray product, NDArray rates) {
            return Scalars.sub(Scalars.add(product, (float) EPSILON).sqrt(), (float) Math.sqrt(EPSILON));
        }
    },
    /**
     * h · mean(r) / (mean(h) + 1e-6), means over the features of each sample: the hybrid's pattern
     * with the original rates' per-sample mean.
     */
    NORMALIZED {
        @Override
        NDArray apply(NDArray product, NDArray rates) {
            NDArray rateMean = rates.mean(new int[] {1}, true);
            NDArray productMean = Scalars.add(product.mean(new int[] {1}, true), 1e-6f);
            return product.mul(rateMean).div(productMean);
        }
    };

    /** ε of {@link #SQRT}. */
    public static final double EPSILON = 1e-4;

    /** The hybrid from the raw product [B, D] and the original path's rates r [B, D]. */
    abstract NDArray apply(NDArray product, NDArray rates);

    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    public static StarScale parse(String text) {
        return CliEnum.parse(StarScale.class, "trt_star_scale", text);
    }
}
