/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;
import dev.snn4j.model.SpikingModel;
import java.util.List;

/**
 * How a training batch is pushed through a model's three parts and how its loss is formed. The
 * baseline is plain cross-entropy; TRT adds time reversal, a consistency term and the star
 * operation. Evaluation never goes through an objective: it calls the plain model.
 */
public interface TrainingObjective {

    /**
     * @param loss the scalar to minimise: the sum of weight × value over {@code terms}
     * @param logits the original path's logits O [B, classes], for training accuracy
     * @param terms every term of the loss, unweighted values with their weights, in a fixed order
     */
    record Result(NDArray loss, NDArray logits, List<LossTerm> terms) {}

    Result compute(SpikingModel model, ParameterStore ps, NDArray input, NDArray labels, boolean training);

    /** The method's name in run folders and reports: {@code baseline}, {@code trt}. */
    String name();

    /**
     * Parameters the objective trains besides the model's (TRT's auxiliary star head), stepped by the
     * same optimiser and never saved with the model; none by default.
     */
    default ai.djl.util.PairList<String, ai.djl.nn.Parameter> parameters() {
        return new ai.djl.util.PairList<>();
    }

    /**
     * Takes back the {@link #parameters()} a checkpoint saved (by name), so that a resumed run
     * continues with them instead of new ones; by default there are none to take.
     *
     * @param arrays the saved values, empty for a checkpoint without any
     * @param source the checkpoint, for messages
     * @throws dev.snn4j.Snn4jException when they are not this objective's parameters
     */
    default void restoreParameters(java.util.Map<String, ai.djl.ndarray.NDArray> arrays, java.nio.file.Path source) {
        if (!arrays.isEmpty()) {
            throw new dev.snn4j.Snn4jException(source + ": holds parameters " + arrays.keySet() + " that objective " + name()
                    + " does not train; expected a checkpoint of this run's settings");
        }
    }
}
