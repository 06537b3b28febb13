/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.model.SpikingModel;
import java.util.List;

/** Plain training: cross-entropy on the model's logits, or TET on the logits of every time step. */
public final class BaselineObjective implements TrainingObjective {

    public static final String CE = "ce";

    private final ClassLoss classLoss;

    /** Cross-entropy. */
    public BaselineObjective() {
        this(ClassLoss.CE);
    }

    /** Cross-entropy or TET, as {@code classLoss} says. */
    public BaselineObjective(ClassLoss classLoss) {
        this.classLoss = java.util.Objects.requireNonNull(classLoss, "classLoss");
    }

    @Override
    public Result compute(SpikingModel model, ParameterStore ps, NDArray input, NDArray labels, boolean training) {
        if (classLoss.loss() == OutputLoss.CE) {
            NDArray logits = model.forward(ps, new ai.djl.ndarray.NDList(input), training).singletonOrThrow();
            NDArray ce = Losses.crossEntropy(logits, labels);
            return new Result(ce, logits, List.of(new LossTerm(CE, 1, ce)));
        }
        NDArray steps = stepLogits(model, ps, model.features(ps, input, training), training);
        List<LossTerm> terms = classLoss.tetTerms("", steps, labels, 1);
        return new Result(TrtLoss.total(terms), steps.mean(new int[] {0}), terms);
    }

    /** The head applied to every time step of pooled features [T, N, D]: logits [T, N, C]. */
    static NDArray stepLogits(SpikingModel model, ParameterStore ps, NDArray features, boolean training) {
        Shape shape = features.getShape();
        NDArray flat = model.head(ps, features.reshape(shape.get(0) * shape.get(1), shape.get(2)), training);
        return flat.reshape(shape.get(0), shape.get(1), flat.getShape().get(1));
    }

    @Override
    public String name() {
        return "baseline";
    }
}
