/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.model.PyTorchDefaultInitializer;
import dev.snn4j.model.SpikingModel;

/**
 * The star hybrid's own head ({@code trt_star_head auxiliary}): a linear layer features → classes,
 * initialised like the model's layers on the first training step, in the model's manager. It belongs
 * to the objective, not to the model, so the saved model is the plain SNN.
 */
final class AuxiliaryHead {

    /** The prefix of its parameters' names in the optimiser's state. */
    static final String PREFIX = "trt_star_head.";

    private SynapticLinear block;

    NDArray forward(SpikingModel model, ParameterStore ps, NDArray hybrid, boolean training) {
        if (block == null) {
            NDManager manager = model.getParameters().valueAt(0).getArray().getManager();
            block = SynapticLinear.of(model.spec().numClasses(), true);
            block.setInitializer(new PyTorchDefaultInitializer(), Parameter.Type.WEIGHT);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, hybrid.getShape().get(1)));
        }
        return block.forward(ps, new NDList(hybrid), training).singletonOrThrow();
    }

    /**
     * Takes back the values a checkpoint saved ({@link #PREFIX}weight and bias, in the model's
     * manager): the head is built with their shape and holds them; nothing when none were saved.
     */
    void restore(java.util.Map<String, NDArray> arrays, java.nio.file.Path source) {
        if (arrays.isEmpty()) {
            return;
        }
        NDArray weight = arrays.get(PREFIX + "weight");
        if (weight == null || weight.getShape().dimension() != 2 || !arrays.containsKey(PREFIX + "bias") || arrays.size() != 2) {
            throw new dev.snn4j.Snn4jException(source + ": expected the star head's " + PREFIX + "weight [classes, features] and "
                    + PREFIX + "bias, found " + arrays.keySet());
        }
        block = SynapticLinear.of(weight.getShape().get(0), true);
        block.initialize(weight.getManager(), DataType.FLOAT32, new Shape(1, weight.getShape().get(1)));
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray saved = arrays.get(PREFIX + p.getKey());
            if (saved == null || !saved.getShape().equals(p.getValue().getArray().getShape())) {
                throw new dev.snn4j.Snn4jException(source + ": expected " + PREFIX + p.getKey() + " of shape "
                        + p.getValue().getArray().getShape() + ", found " + (saved == null ? "none" : saved.getShape()));
            }
            p.getValue().getArray().set(saved.toFloatArray());
            saved.close();
        }
    }

    /** Its parameters (none before the first training step). */
    PairList<String, Parameter> parameters() {
        PairList<String, Parameter> out = new PairList<>();
        if (block != null) {
            for (Pair<String, Parameter> p : block.getParameters()) {
                out.add(PREFIX + p.getKey(), p.getValue());
            }
        }
        return out;
    }
}
