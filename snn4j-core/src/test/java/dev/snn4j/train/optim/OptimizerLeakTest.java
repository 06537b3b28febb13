/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.PairList;
import org.junit.jupiter.api.Test;

/**
 * A training step must leave nothing behind in the long-lived manager that holds the parameters:
 * DJL's {@code set(NDIndex, Number)}, once used to zero gradients, attached one array per parameter
 * per step to it, about 8 MB of native memory per step for cnn3.
 */
class OptimizerLeakTest {

    private static int arraysAfterSteps(ParameterOptimizer opt, NDManager m, PairList<String, Parameter> params, int steps) {
        for (int s = 0; s < steps; s++) {
            try (NDManager scope = m.newSubManager();
                    GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                // results live in the first operand's manager: start from an input of the step's scope, as a model does
                NDArray input = scope.ones(new Shape(3, 4));
                NDArray loss = input.mul(params.valueAt(0).getArray()).mul(params.valueAt(1).getArray()).sum();
                collector.backward(loss);
            }
            opt.step(params, 0.01f);
        }
        return m.getManagedArrays().size();
    }

    private static void check(ParameterOptimizer opt) {
        try (NDManager m = NDManager.newBaseManager()) {
            PairList<String, Parameter> params = new PairList<>();
            for (String name : new String[] {"a", "b"}) {
                Parameter p = Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(new Shape(3, 4)).build();
                p.setInitializer((manager, shape, type) -> manager.randomUniform(-1, 1, shape, type));
                p.initialize(m, DataType.FLOAT32);
                params.add(name, p);
            }
            int afterWarmUp = arraysAfterSteps(opt, m, params, 2);
            int afterMore = arraysAfterSteps(opt, m, params, 20);
            assertEquals(afterWarmUp, afterMore, opt.getClass().getSimpleName() + ": arrays left in the parameters' manager");
        }
    }

    @Test
    void sgdStepsLeaveNoArraysBehind() {
        check(new Sgd(0.9f, 5e-4f));
    }

    @Test
    void adamStepsLeaveNoArraysBehind() {
        check(new Adam(1e-4f, true));
    }
}
