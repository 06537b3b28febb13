/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.SpikingModel;

/**
 * Temporal Reversed Training (Zuo, Ding et al., arXiv 2408.09108) as a training objective.
 *
 * <p>The batch and its time-reversed copy run through the network in one pass ([x; flip_T(x)] on
 * the batch axis, after the stem's spiking layer for static data). The shared head classifies the
 * original rates r, the reversed rates r̂ and the star-operation hybrid h = r ⊙ r̂:
 *
 * <pre>L = CE(O, y) + λ_rev CE(Ô, y) + α τ² KL(softmax(O/τ) ‖ softmax(Ô/τ)) + β CE(O_h, y)</pre>
 *
 * <p>The model is not changed: no parameter is added, and inference runs the original path only.
 */
public final class TrtObjective implements TrainingObjective {

    private final TrtSettings settings;
    private final ReversalPoint mode;
    private final int reversalStage;
    private final AuxiliaryHead auxiliaryHead = new AuxiliaryHead();

    /** Resolves {@code auto} and the reversal point against the model; fails early on a bad choice. */
    public TrtObjective(TrtSettings settings, SpikingModel model) {
        this.settings = settings;
        boolean temporal = model.spec().encoding() == InputEncoding.TEMPORAL;
        this.mode = settings.reverse().resolve(temporal);
        if (mode == ReversalPoint.INPUT && !temporal) {
            throw new Snn4jException(
                    "trt_reverse input: expected temporal data [T, B, ...], found a static dataset; "
                            + "use feature (or auto) to reverse the stem's spike sequence");
        }
        if (mode == ReversalPoint.INPUT && settings.reverseAt() != 1) {
            throw new Snn4jException(
                    "trt_reverse_at: expected 1 with `trt_reverse` input, found " + settings.reverseAt());
        }
        this.reversalStage = mode == ReversalPoint.FEATURE ? model.reversalStage(settings.reverseAt()) : 0;
    }

    /** The reversal actually used (never {@code auto}). */
    public ReversalPoint mode() {
        return mode;
    }

    @Override
    public Result compute(SpikingModel model, ParameterStore ps, NDArray input, NDArray labels, boolean training) {
        long batch = labels.getShape().get(0);
        NDArray features = pairedFeatures(model, ps, input, training); // [T, 2B, D]
        NDArray rates = SpikingModel.firingRates(features); // [2B, D]
        NDArray hybrid = StarOperation.hybrid(features, batch, settings.starAt(), settings.starScale());
        NDArray logits;
        NDArray oHybrid;
        if (settings.starHead() == StarHead.SHARED) {
            // one head call for all three: [r; r̂; h] -> [O; Ô; O_h]
            logits = model.head(ps, rates.concat(hybrid, 0), training);
            oHybrid = logits.get(new NDIndex("{}:", 2 * batch));
        } else {
            logits = model.head(ps, rates, training);
            oHybrid = auxiliaryHead.forward(model, ps, hybrid, training);
        }
        NDArray o = logits.get(new NDIndex("0:{}", batch));
        NDArray oReversed = logits.get(new NDIndex("{}:{}", batch, 2 * batch));
        TrtLoss.Value loss = TrtLoss.compute(o, oReversed, oHybrid, labels, settings);
        return new Result(loss.total(), o, loss.terms());
    }

    /** Pooled features [T, 2B, D] of the original (first B) and the time-reversed (last B) samples. */
    NDArray pairedFeatures(SpikingModel model, ParameterStore ps, NDArray input, boolean training) {
        if (mode == ReversalPoint.INPUT) {
            return model.features(ps, TemporalReversal.withReversed(input), training);
        }
        NDArray spikes = model.front(ps, input, reversalStage, training, null);
        return model.body(ps, TemporalReversal.withReversed(spikes), reversalStage, model.bodyStages(), training);
    }

    @Override
    public ai.djl.util.PairList<String, ai.djl.nn.Parameter> parameters() {
        return auxiliaryHead.parameters();
    }

    @Override
    public String name() {
        return "trt";
    }
}
