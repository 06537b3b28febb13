/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import dev.snn4j.Scalars;
import java.util.List;

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

    /** The weighted total and every term: unweighted value and weight (consistency_kl includes τ²). */
    public record Value(NDArray total, List<LossTerm> terms) {}

    public static Value compute(NDArray o, NDArray oReversed, NDArray oHybrid, NDArray labels, TrtSettings settings) {
        List<LossTerm> terms = List.of(
                new LossTerm(CE, 1, Losses.crossEntropy(o, labels)),
                new LossTerm(REVERSED_CE, settings.reversedCe(), Losses.crossEntropy(oReversed, labels)),
                new LossTerm(CONSISTENCY_KL, settings.alpha(), consistency(o, oReversed, settings)),
                new LossTerm(STAR_CE, settings.beta(), Losses.crossEntropy(oHybrid, labels)));
        return new Value(total(terms), terms);
    }

    /**
     * As above with the paths' classification terms given ({@code classification}, TET's per-step terms
     * instead of CE(O, y) and CE(Ô, y)), followed by the consistency and star terms on O and Ô.
     */
    public static Value compute(List<LossTerm> classification, NDArray o, NDArray oReversed, NDArray oHybrid,
            NDArray labels, TrtSettings settings) {
        List<LossTerm> terms = new java.util.ArrayList<>(classification);
        terms.add(new LossTerm(CONSISTENCY_KL, settings.alpha(), consistency(o, oReversed, settings)));
        terms.add(new LossTerm(STAR_CE, settings.beta(), Losses.crossEntropy(oHybrid, labels)));
        return new Value(total(terms), List.copyOf(terms));
    }

    /** Σ weight × value, the first term (weight 1) as it is. */
    public static NDArray total(List<LossTerm> terms) {
        NDArray total = terms.get(0).weight() == 1 ? terms.get(0).value()
                : Scalars.mul(terms.get(0).value(), (float) terms.get(0).weight());
        for (LossTerm term : terms.subList(1, terms.size())) {
            total = total.add(Scalars.mul(term.value(), (float) term.weight()));
        }
        return total;
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
