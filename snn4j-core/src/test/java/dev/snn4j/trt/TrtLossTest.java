/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each TRT loss term on small logits, against values computed by hand in double precision. */
class TrtLossTest {

    private static final double[][] O = {{1, 2, 3}, {0.5, -1, 0}};
    private static final double[][] O_REV = {{2, 2, 1}, {0, 0, 1}};
    private static final double[][] O_HYB = {{0, 0, 0}, {3, 0, -3}};
    private static final int[] Y = {2, 0};

    @Test
    void crossEntropyIsMeanNegativeLogSoftmaxOfTheLabel() {
        double expected = (ce(O[0], Y[0]) + ce(O[1], Y[1])) / 2;
        // by hand for the first row: log(e^1 + e^2 + e^3) - 3 = 0.40760596
        assertEquals(0.40760596, ce(O[0], 2), 1e-7);
        try (NDManager m = NDManager.newBaseManager()) {
            assertEquals(expected, Losses.crossEntropy(arr(m, O), m.create(Y)).getFloat(), 1e-6);
        }
    }

    @Test
    void klIsTemperatureScaledAndZeroForEqualLogits() {
        double tau = 2;
        double expected = tau * tau * (kl(O[0], O_REV[0], tau) + kl(O[1], O_REV[1], tau)) / 2;
        try (NDManager m = NDManager.newBaseManager()) {
            assertEquals(expected, Losses.distillationKl(arr(m, O), arr(m, O_REV), tau).getFloat(), 1e-6);
            assertEquals(0.0, Losses.distillationKl(arr(m, O), arr(m, O), tau).getFloat(), 1e-7);
        }
    }

    @Test
    void totalWeighsEveryTermAndReportsThemUnweighted() {
        TrtSettings s = TrtSettings.builder().alpha(0.7).beta(0.3).temperature(3.0).reversedCe(0.5).build();
        double ceO = (ce(O[0], 2) + ce(O[1], 0)) / 2;
        double ceRev = (ce(O_REV[0], 2) + ce(O_REV[1], 0)) / 2;
        double ceHyb = (ce(O_HYB[0], 2) + ce(O_HYB[1], 0)) / 2;
        double klTerm = 9 * (kl(O[0], O_REV[0], 3) + kl(O[1], O_REV[1], 3)) / 2;
        try (NDManager m = NDManager.newBaseManager()) {
            TrtLoss.Value v = TrtLoss.compute(arr(m, O), arr(m, O_REV), arr(m, O_HYB), m.create(Y), s);
            assertEquals(List.of(TrtLoss.CE, TrtLoss.REVERSED_CE, TrtLoss.CONSISTENCY_KL, TrtLoss.STAR_CE),
                    v.terms().stream().map(LossTerm::name).toList());
            assertEquals(List.of(1.0, 0.5, 0.7, 0.3), v.terms().stream().map(LossTerm::weight).toList(), "the weights, as data");
            assertEquals(ceO, v.terms().get(0).value().getFloat(), 1e-6);
            assertEquals(ceRev, v.terms().get(1).value().getFloat(), 1e-6);
            assertEquals(klTerm, v.terms().get(2).value().getFloat(), 1e-5);
            assertEquals(ceHyb, v.terms().get(3).value().getFloat(), 1e-6);
            assertEquals(ceO + 0.5 * ceRev + 0.7 * klTerm + 0.3 * ceHyb, v.total().getFloat(), 1e-5);
        }
    }

    @Test
    void symmetricConsistencyAveragesBothDirections() {
        TrtSettings s = TrtSettings.builder().consistency(ConsistencyMode.SYMMETRIC).build();
        double both = 4 * (kl(O[0], O_REV[0], 2) + kl(O[1], O_REV[1], 2) + kl(O_REV[0], O[0], 2) + kl(O_REV[1], O[1], 2)) / 4;
        try (NDManager m = NDManager.newBaseManager()) {
            assertEquals(both, TrtLoss.consistency(arr(m, O), arr(m, O_REV), s).getFloat(), 1e-5);
        }
    }

    private static NDArray arr(NDManager m, double[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[0].length; j++) {
                flat[i * rows[0].length + j] = (float) rows[i][j];
            }
        }
        return m.create(flat, new Shape(rows.length, rows[0].length));
    }

    private static double ce(double[] logits, int label) {
        return logSumExp(logits) - logits[label];
    }

    /** KL(softmax(p/τ) ‖ softmax(q/τ)). */
    private static double kl(double[] p, double[] q, double tau) {
        double[] ps = scale(p, tau);
        double[] qs = scale(q, tau);
        double lp = logSumExp(ps);
        double lq = logSumExp(qs);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            double logP = ps[i] - lp;
            sum += Math.exp(logP) * (logP - (qs[i] - lq));
        }
        return sum;
    }

    private static double[] scale(double[] v, double tau) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / tau;
        }
        return out;
    }

    private static double logSumExp(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.exp(x);
        }
        return Math.log(s);
    }
}
