/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.util.PairList;
import dev.snn4j.Scalars;
import org.junit.jupiter.api.Test;

/**
 * The optimisers against PyTorch's update rules, computed by hand in double precision, over three
 * steps with a changing learning rate; and export/import of their state.
 */
class OptimizerTest {

    private static final double[] W0 = {0.5, -1.0};
    private static final double[] LR = {0.1, 0.05, 0.02};

    /** Loss 0.5·Σ c_i w_i², gradient c_i w_i, with c = (2, 3). */
    private static double[] grad(double[] w) {
        return new double[] {2 * w[0], 3 * w[1]};
    }

    private static float[] run(ParameterOptimizer opt, int steps) {
        try (NDManager m = NDManager.newBaseManager()) {
            return run(opt, steps, m);
        }
    }

    private static float[] run(ParameterOptimizer opt, int steps, NDManager m) {
        {
            Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).optShape(new Shape(2)).build();
            p.setInitializer((manager, shape, type) -> manager.create(new float[] {(float) W0[0], (float) W0[1]}));
            p.initialize(m, DataType.FLOAT32);
            PairList<String, Parameter> params = new PairList<>();
            params.add("w", p);
            NDArray c = m.create(new float[] {2, 3});
            for (int s = 0; s < steps; s++) {
                try (NDManager scope = m.newSubManager();
                        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray w = p.getArray();
                    collector.backward(Scalars.mul(w.mul(w).mul(c).sum(), 0.5f));
                }
                opt.step(params, (float) LR[s]);
            }
            return p.getArray().toFloatArray();
        }
    }

    @Test
    void sgdWithMomentumAndWeightDecayFollowsPyTorch() {
        double mom = 0.9;
        double wd = 0.01;
        double[] w = W0.clone();
        double[] b = new double[2];
        for (int s = 0; s < 3; s++) {
            double[] g = grad(w);
            for (int i = 0; i < 2; i++) {
                double d = g[i] + wd * w[i];
                b[i] = s == 0 ? d : mom * b[i] + d;
                w[i] -= LR[s] * b[i];
            }
        }
        assertArrayEquals(toFloat(w), run(new Sgd((float) mom, (float) wd), 3), 1e-6f);
    }

    @Test
    void adamAndAdamWFollowPyTorch() {
        for (boolean decoupled : new boolean[] {false, true}) {
            double wd = 0.1;
            double[] w = W0.clone();
            double[] m = new double[2];
            double[] v = new double[2];
            for (int s = 1; s <= 3; s++) {
                double lr = LR[s - 1];
                double[] g = grad(w);
                for (int i = 0; i < 2; i++) {
                    double gi = g[i];
                    if (decoupled) {
                        w[i] -= lr * wd * w[i];
                    } else {
                        gi += wd * w[i];
                    }
                    m[i] = 0.9 * m[i] + 0.1 * gi;
                    v[i] = 0.999 * v[i] + 0.001 * gi * gi;
                    double mHat = m[i] / (1 - Math.pow(0.9, s));
                    double denom = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(0.999, s)) + 1e-8;
                    w[i] -= lr * mHat / denom * (1 - Math.pow(0.9, s)) / (1 - Math.pow(0.9, s));
                }
            }
            assertArrayEquals(toFloat(w), run(new Adam((float) wd, decoupled), 3), 1e-5f, "decoupled=" + decoupled);
        }
    }

    @Test
    void stateRoundTripsThroughExport() {
        try (NDManager m = NDManager.newBaseManager()) {
            Sgd sgd = new Sgd(0.9f, 0f);
            run(sgd, 2, m);
            NDList exported = sgd.exportState(m);
            Sgd restored = new Sgd(0.9f, 0f);
            restored.importState(NDList.decode(m, exported.encode()), m, "test");
            assertEquals(2, restored.steps());
            NDList again = restored.exportState(m);
            assertEquals(exported.size(), again.size());
            for (int i = 0; i < again.size(); i++) {
                assertEquals(exported.get(i).getName(), again.get(i).getName());
                assertEquals(exported.get(i), again.get(i));
            }
        }
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }
}
