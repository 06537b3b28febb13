/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import dev.snn4j.Snn4jException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimiser with PyTorch's update rules whose state can be saved and restored, so that a
 * resumed run continues exactly where the killed one stopped (DJL's optimisers keep their state
 * private). Updates run outside autograd, in place.
 */
public abstract class ParameterOptimizer {

    private final Map<String, NDList> state = new LinkedHashMap<>();
    private long steps;

    /** Number of completed {@link #step} calls. */
    public long steps() {
        return steps;
    }

    /**
     * Updates every trainable parameter that has a gradient, then zeroes the gradients.
     *
     * @param learningRate the rate for this step (the caller's schedule)
     */
    public void step(PairList<String, Parameter> parameters, float learningRate) {
        steps++;
        for (Pair<String, Parameter> pair : parameters) {
            Parameter p = pair.getValue();
            NDArray weight = p.getArray();
            if (!p.requiresGradient() || !weight.hasGradient()) {
                continue;
            }
            try (NDArray gradient = weight.getGradient()) {
                NDList slots = state.computeIfAbsent(pair.getKey(), k -> newState(weight));
                update(weight, gradient, slots, learningRate, steps);
                // in place; set(index, 0) would leak a scalar into the model manager on every step
                gradient.subi(gradient);
            }
        }
    }

    /** The state arrays one parameter needs (e.g. a momentum buffer), initialised. */
    protected abstract NDList newState(NDArray weight);

    /**
     * Applies one update in place.
     *
     * @param step the 1-based step number (Adam's bias correction)
     */
    protected abstract void update(NDArray weight, NDArray gradient, NDList state, float learningRate, long step);

    /** The state as one list: step count first, then each parameter's arrays, named "key/i". */
    public NDList exportState(NDManager manager) {
        NDList out = new NDList();
        NDArray count = manager.create(steps);
        count.setName("steps");
        out.add(count);
        for (Map.Entry<String, NDList> e : state.entrySet()) {
            for (int i = 0; i < e.getValue().size(); i++) {
                NDArray copy = e.getValue().get(i).duplicate();
                copy.setName(e.getKey() + "/" + i);
                out.add(copy);
            }
        }
        return out;
    }

    /** Restores state written by {@link #exportState}; arrays are copied into {@code manager}. */
    public void importState(NDList saved, NDManager manager, String source) {
        state.clear();
        if (saved.isEmpty() || !"steps".equals(saved.get(0).getName())) {
            throw new Snn4jException(source + ": expected optimiser state starting with 'steps', found none");
        }
        steps = saved.get(0).getLong();
        for (int i = 1; i < saved.size(); i++) {
            NDArray a = saved.get(i);
            String name = a.getName();
            int slash = name == null ? -1 : name.lastIndexOf('/');
            if (slash < 0) {
                throw new Snn4jException(source + ": expected optimiser arrays named key/index, found " + name);
            }
            NDArray copy = manager.create(a.getShape(), a.getDataType());
            a.copyTo(copy);
            state.computeIfAbsent(name.substring(0, slash), k -> new NDList()).add(copy);
        }
    }
}
