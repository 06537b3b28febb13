/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import dev.snn4j.Scalars;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TRT's loss on the three outputs of the shared head, with each term kept for reporting:
 *
 * <pre>L = CE(O, y) + λ_rev CE(Ô, y) + α τ² KL(softmax(O/τ) ‖ softmax(Ô/τ)) + β CE(O_h, y)</pre>
 *
 * O is the original path's logits, Ô the reversed path's and O_h the star-operation hybrid's.
 */
public final class TrtLoss {

    public static final String CE = "ce";
    public static final String REVERSED_CE = "reversed_ce";
    public static final String CONSISTENCY_KL = "consistency_kl";
    public static final String STAR_CE = "star_ce";

    private TrtLoss() {}

    /** The weighted total and the unweighted terms (consistency_kl includes τ²). */
    public record Value(NDArray total, Map<String, NDArray> terms) {}

    public static Value compute(NDArray o, NDArray oReversed, NDArray oHybrid, NDArray labels, TrtSettings settings) {
        Map<String, NDArray> terms = new LinkedHashMap<>();
        terms.put(CE, Losses.crossEntropy(o, labels));
        terms.put(REVERSED_CE, Losses.crossEntropy(oReversed, labels));
        terms.put(CONSISTENCY_KL, consistency(o, oReversed, settings));
        terms.put(STAR_CE, Losses.crossEntropy(oHybrid, labels));
        NDArray total =
                terms.get(CE)
                        .add(Scalars.mul(terms.get(REVERSED_CE), (float) settings.reversedCe()))
                        .add(Scalars.mul(terms.get(CONSISTENCY_KL), (float) settings.alpha()))
                        .add(Scalars.mul(terms.get(STAR_CE), (float) settings.beta()));
        return new Value(total, terms);
    }

    /** τ²·KL with O detached as the target, or the mean of both directions (symmetric). */
    static NDArray consistency(NDArray o, NDArray oReversed, TrtSettings settings) {
        double tau = settings.temperature();
        if (settings.consistency() == ConsistencyMode.DETACHED) {
            return Losses.distillationKl(o.stopGradient(), oReversed, tau);
        }
        return Scalars.mul(Losses.distillationKl(o, oReversed, tau).add(Losses.distillationKl(oReversed, o, tau)), 0.5f);
    }
}
