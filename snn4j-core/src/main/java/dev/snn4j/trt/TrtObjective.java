/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.SpikingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporal Reversed Training (Zuo, Ding et al., arXiv 2408.09108) as a training objective.
 *
 * <p>The batch and its time-reversed copy run through the network in one pass ([x; flip_T(x)] on
 * the batch axis, after the stem's spiking layer for static data). The shared head classifies the
 * original rates r, the reversed rates r̂ and (by default) the star-operation hybrid h = r ⊙ r̂:
 *
 * <pre>L = CE(O, y) + λ_rev CE(Ô, y) + α τ² KL(softmax(O/τ) ‖ softmax(Ô/τ)) + β CE(O_h, y)</pre>
 *
 * <p>Where h is taken, its scale and its head are {@link TrtSettings}' star options; with TET
 * ({@link ClassLoss}) both CE terms become TET's per-step terms. The model is not changed: no
 * parameter is added to it (an auxiliary star head belongs to this objective, see
 * {@link #parameters()}), and inference runs the original path only.
 */
public final class TrtObjective implements TrainingObjective {

    private final TrtSettings settings;
    private final ReversalPoint mode;
    private final int reversalStage;
    private final AuxiliaryHead auxiliaryHead = new AuxiliaryHead();
    private final ClassLoss classLoss;

    /** Resolves {@code auto} and the reversal point against the model; fails early on a bad choice. */
    public TrtObjective(TrtSettings settings, SpikingModel model) {
        this(settings, model, ClassLoss.CE);
    }

    /**
     * As above, with the paths' classification loss: with TET, CE(O, y) and CE(Ô, y) become TET's
     * terms of every step's output ({@code tet_ce}, {@code tet_mse}, {@code reversed_tet_ce},
     * {@code reversed_tet_mse}); the KL and the star term stay on O and Ô, the mean outputs over T.
     */
    public TrtObjective(TrtSettings settings, SpikingModel model, ClassLoss classLoss) {
        this.settings = settings;
        this.classLoss = java.util.Objects.requireNonNull(classLoss, "classLoss");
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
        NDArray hybrid = StarOperation.hybrid(features, batch, settings.starAt(), settings.starScale());
        boolean tet = classLoss.loss() == OutputLoss.TET;
        Shape shape = features.getShape();
        // what the head classifies for O and Ô: the rates [2B, D], or with TET every step [T·2B, D]
        NDArray paths = tet ? features.reshape(shape.get(0) * shape.get(1), shape.get(2)) : SpikingModel.firingRates(features);
        long rows = paths.getShape().get(0);
        NDArray logits;
        NDArray oHybrid;
        if (settings.starHead() == StarHead.SHARED) {
            // one head call for all: [paths; h] -> [O (and Ô, per step with TET); O_h]
            NDArray all = model.head(ps, paths.concat(hybrid, 0), training);
            logits = all.get(new NDIndex("0:{}", rows));
            oHybrid = all.get(new NDIndex("{}:", rows));
        } else {
            logits = model.head(ps, paths, training);
            oHybrid = auxiliaryHead.forward(model, ps, hybrid, training);
        }
        if (!tet) {
            NDArray o = logits.get(new NDIndex("0:{}", batch));
            NDArray oReversed = logits.get(new NDIndex("{}:{}", batch, 2 * batch));
            TrtLoss.Value loss = TrtLoss.compute(o, oReversed, oHybrid, labels, settings);
            return new Result(loss.total(), o, loss.terms());
        }
        NDArray steps = logits.reshape(shape.get(0), shape.get(1), logits.getShape().get(1)); // [T, 2B, C]
        NDArray stepsO = steps.get(new NDIndex(":, 0:{}", batch));
        NDArray stepsReversed = steps.get(new NDIndex(":, {}:", batch));
        List<LossTerm> classification = new ArrayList<>(classLoss.tetTerms("", stepsO, labels, 1));
        classification.addAll(classLoss.tetTerms("reversed_", stepsReversed, labels, settings.reversedCe()));
        NDArray o = stepsO.mean(new int[] {0});
        TrtLoss.Value loss = TrtLoss.compute(classification, o, stepsReversed.mean(new int[] {0}), oHybrid, labels, settings);
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
    public void restoreParameters(java.util.Map<String, NDArray> arrays, java.nio.file.Path source) {
        if (!arrays.isEmpty() && settings.starHead() != StarHead.AUXILIARY) {
            TrainingObjective.super.restoreParameters(arrays, source);
        }
        auxiliaryHead.restore(arrays, source);
    }

    @Override
    public String name() {
        return "trt";
    }
}
