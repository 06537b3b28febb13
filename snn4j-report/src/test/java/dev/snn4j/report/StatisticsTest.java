/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Statistics against a textbook example and against closed forms computed here with plain
 * formulas (Student's t with 1 and 2 degrees of freedom has an elementary CDF).
 */
class StatisticsTest {

    @Test
    void meanAndSampleStd() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Statistics.mean(x), 1e-15);
        // squares of deviations: 9+1+1+1+0+0+4+16 = 32, divisor n-1 = 7
        assertEquals(Math.sqrt(32.0 / 7), Statistics.sampleStd(x).getAsDouble(), 1e-15);
        Statistics.Summary s = Statistics.summarize(x);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-15);
    }

    @Test
    void oneValueHasNoStd() {
        Statistics.Summary s = Statistics.summarize(0.87);
        assertEquals(1, s.n());
        assertEquals(0.87, s.mean());
        assertTrue(s.std().isEmpty());
        assertEquals("n/a", Statistics.format(s.std(), "%.3f"));
        assertEquals("0.123", Statistics.format(OptionalDouble.of(0.1234), "%.3f"));
    }

    /**
     * Student (1908) / Cushny and Peebles: extra hours of sleep with two drugs, ten patients. R's
     * {@code t.test(extra ~ group, data = sleep, paired = TRUE)} (drug 2 − drug 1): mean difference
     * 1.58, t = 4.0621, df = 9, p = 0.002833, 95% CI [0.7001142, 2.4598858].
     */
    @Test
    void pairedTTestOnStudentsSleepData() {
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        Statistics.PairedDifference p = Statistics.paired(drug2, drug1);
        assertEquals(10, p.n());
        assertEquals(1.58, p.meanDifference(), 1e-12);
        assertEquals(4.0621, p.t().getAsDouble(), 1e-4);
        assertEquals(0.002833, p.pValue().getAsDouble(), 1e-6);
        assertEquals(0.7001142, p.interval().orElseThrow().low(), 1e-7);
        assertEquals(2.4598858, p.interval().orElseThrow().high(), 1e-7);
        assertEquals(0.95, p.confidence());

        // the other way round: the sign flips, the p-value does not
        Statistics.PairedDifference q = Statistics.paired(drug1, drug2);
        assertEquals(-1.58, q.meanDifference(), 1e-12);
        assertEquals(-2.4598858, q.interval().orElseThrow().low(), 1e-7);
        assertEquals(p.pValue().getAsDouble(), q.pValue().getAsDouble(), 1e-15);
    }

    /** Two seeds: df = 1, where t is the Cauchy distribution, F(t) = 1/2 + atan(t)/π. */
    @Test
    void twoPairsUseTheCauchyQuantile() {
        double[] trt = {0.90, 0.92};
        double[] baseline = {0.88, 0.91};
        Statistics.PairedDifference p = Statistics.paired(trt, baseline);
        double mean = 0.015;
        double std = Math.sqrt((0.005 * 0.005 * 2) / 1); // differences 0.02 and 0.01
        double se = std / Math.sqrt(2);
        double q = Math.tan(Math.PI * (0.975 - 0.5)); // 12.7062...
        assertEquals(12.706204736, q, 1e-8);
        assertEquals(mean, p.meanDifference(), 1e-12);
        assertEquals(std, p.std().getAsDouble(), 1e-12);
        assertEquals(mean - q * se, p.interval().orElseThrow().low(), 1e-9);
        assertEquals(mean + q * se, p.interval().orElseThrow().high(), 1e-9);
        double t = mean / se;
        assertEquals(3.0, t, 1e-9);
        assertEquals(t, p.t().getAsDouble(), 1e-9);
        assertEquals(1 - 2 * Math.atan(t) / Math.PI, p.pValue().getAsDouble(), 1e-9);
        assertTrue(p.interval().orElseThrow().contains(0), "two seeds: the interval is wide and holds 0");
    }

    /** Three seeds: df = 2, F(t) = 1/2 + t/(2√(2 + t²)), so the 97.5% quantile is √(2c²/(1 − c²)), c = 0.95. */
    @Test
    void threePairsUseTheClosedFormForTwoDegreesOfFreedom() {
        double[] a = {0.81, 0.84, 0.86};
        double[] b = {0.80, 0.81, 0.82};
        double[] d = {0.01, 0.03, 0.04};
        double mean = (d[0] + d[1] + d[2]) / 3;
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(ss / 2);
        double se = std / Math.sqrt(3);
        double q = Math.sqrt(2 * 0.95 * 0.95 / (1 - 0.95 * 0.95));
        assertEquals(4.302652730, q, 1e-8);
        double t = mean / se;
        Statistics.PairedDifference p = Statistics.paired(a, b);
        assertEquals(3, p.n());
        assertEquals(mean, p.meanDifference(), 1e-12);
        assertEquals(mean - q * se, p.interval().orElseThrow().low(), 1e-9);
        assertEquals(mean + q * se, p.interval().orElseThrow().high(), 1e-9);
        assertEquals(1 - t / Math.sqrt(2 + t * t), p.pValue().getAsDouble(), 1e-9);
    }

    @Test
    void onePairHasADifferenceButNoIntervalOrPValue() {
        Statistics.PairedDifference p = Statistics.paired(new double[] {0.9}, new double[] {0.85});
        assertEquals(1, p.n());
        assertEquals(0.05, p.meanDifference(), 1e-12);
        assertTrue(p.std().isEmpty());
        assertTrue(p.interval().isEmpty());
        assertTrue(p.t().isEmpty());
        assertTrue(p.pValue().isEmpty());
        assertEquals("n/a", Statistics.format(p.pValue(), "%.3f"));
    }

    @Test
    void equalDifferencesGiveNoTestRatherThanNaN() {
        Statistics.PairedDifference p = Statistics.paired(new double[] {0.9, 0.8, 0.7}, new double[] {0.8, 0.7, 0.6});
        assertEquals(0.1, p.meanDifference(), 1e-12);
        assertEquals(0, p.std().getAsDouble(), 1e-12);
        assertTrue(p.interval().isEmpty());
        assertTrue(p.pValue().isEmpty());
        Statistics.PairedDifference same = Statistics.paired(new double[] {0.5, 0.5}, new double[] {0.5, 0.5});
        assertEquals(0, same.meanDifference());
        assertTrue(same.pValue().isEmpty());
        assertFalse(Double.isNaN(same.meanDifference()));
    }

    @Test
    void pairingBySeedIgnoresUnmatchedSeeds() {
        Map<Integer, Double> trt = Map.of(0, 0.90, 1, 0.92, 7, 0.5);
        Map<Integer, Double> baseline = Map.of(1, 0.91, 0, 0.88, 3, 0.99);
        Statistics.PairedDifference p = Statistics.pairedByKey(trt, baseline).orElseThrow();
        Statistics.PairedDifference direct = Statistics.paired(new double[] {0.90, 0.92}, new double[] {0.88, 0.91});
        assertEquals(direct, p);
        assertTrue(Statistics.pairedByKey(Map.of(1, 0.5), Map.of(2, 0.5)).isEmpty());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.mean());
        assertThrows(IllegalArgumentException.class, () -> Statistics.mean(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Statistics.paired(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Statistics.paired(new double[] {1, 2}, new double[] {1, 3}, 1.0));
    }

    @Test
    void tDistributionHelpers() {
        assertEquals(2.262157, Statistics.tQuantile(0.975, 9), 1e-6);
        assertEquals(1.959964, Statistics.tQuantile(0.975, 1e7), 1e-5);
        assertEquals(1.0, Statistics.twoSidedP(0, 5), 1e-15);
        assertEquals(1 - 2 * Math.atan(2.5) / Math.PI, Statistics.twoSidedP(-2.5, 1), 1e-12);
    }
}
