/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;
import dev.snn4j.model.SpikingModel;
import java.util.List;

/** Plain training: cross-entropy on the model's logits. */
public final class BaselineObjective implements TrainingObjective {

    public static final String CE = "ce";

    @Override
    public Result compute(SpikingModel model, ParameterStore ps, NDArray input, NDArray labels, boolean training) {
        NDArray logits = model.forward(ps, new ai.djl.ndarray.NDList(input), training).singletonOrThrow();
        NDArray ce = Losses.crossEntropy(logits, labels);
        return new Result(ce, logits, List.of(new LossTerm(CE, 1, ce)));
    }

    @Override
    public String name() {
        return "baseline";
    }
}
