/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics over repeated runs (one value per seed): mean, sample standard deviation, and the
 * paired comparison of two methods trained with the same seeds (difference, t confidence interval,
 * two-sided paired t-test).
 *
 * <p>What a small sample cannot tell is empty, never NaN: the standard deviation needs two values,
 * the interval and the p-value need two pairs whose differences are not all equal (with no spread
 * the t statistic is undefined, and a zero-width interval would claim a certainty that two or three
 * seeds do not give). {@link #format} prints an empty value as {@code n/a}.
 *
 * <p>Lives in the root package so that both the experiment runner ({@code train}) and the report
 * ({@code report}, which must not see {@code train}) can use it. It depends on commons-math3 only.
 */
public final class Statistics {

    /** The confidence level of {@link #paired(double[], double[])}: 95%. */
    public static final double CONFIDENCE = 0.95;

    /** What {@link #format} prints for an undefined value. */
    public static final String NOT_AVAILABLE = "n/a";

    /**
     * Differences whose spread is below this fraction of the values' magnitude count as equal: 0.9 −
     * 0.8 and 0.8 − 0.7 differ in the last bits only, and a t-test on rounding errors would report
     * p ≈ 0.
     */
    private static final double NO_SPREAD = 1e-12;

    private Statistics() {}

    /**
     * Mean and sample standard deviation of n values.
     *
     * @param n number of values, at least 1
     * @param std sample standard deviation (divisor n − 1); empty when n = 1
     */
    public record Summary(int n, double mean, OptionalDouble std) {}

    /** A closed interval {@code [low, high]}. */
    public record Interval(double low, double high) {
        public boolean contains(double x) {
            return low <= x && x <= high;
        }
    }

    /**
     * The paired comparison of method A against method B over matching seeds: d_i = a_i − b_i.
     *
     * @param n number of pairs, at least 1
     * @param meanDifference mean of d_i
     * @param std sample standard deviation of d_i; empty when n = 1
     * @param confidence confidence level of the interval, e.g. 0.95
     * @param interval t interval of the mean difference, mean ± t(1 − (1 − confidence)/2, n − 1)·std/√n;
     *     empty when n = 1 or every difference is equal (up to rounding)
     * @param t the t statistic mean/(std/√n) with n − 1 degrees of freedom; empty as the interval
     * @param pValue two-sided p-value of the paired t-test of mean difference 0; empty as the interval
     */
    public record PairedDifference(
            int n,
            double meanDifference,
            OptionalDouble std,
            double confidence,
            Optional<Interval> interval,
            OptionalDouble t,
            OptionalDouble pValue) {}

    public static double mean(double... values) {
        check(values);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (divisor n − 1), empty for a single value. */
    public static OptionalDouble sampleStd(double... values) {
        check(values);
        if (values.length < 2) {
            return OptionalDouble.empty();
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return OptionalDouble.of(Math.sqrt(squares / (values.length - 1)));
    }

    public static Summary summarize(double... values) {
        return new Summary(values.length, mean(values), sampleStd(values));
    }

    public static Summary summarize(List<Double> values) {
        return summarize(toArray(values));
    }

    /** The paired comparison of {@code a} against {@code b} (a_i − b_i) at 95% confidence. */
    public static PairedDifference paired(double[] a, double[] b) {
        return paired(a, b, CONFIDENCE);
    }

    /** The paired comparison of {@code a} against {@code b} (a_i − b_i), pair i being a[i] and b[i]. */
    public static PairedDifference paired(double[] a, double[] b, double confidence) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in size: " + a.length + " and " + b.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), found " + confidence);
        }
        check(a);
        check(b);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        int n = d.length;
        double mean = mean(d);
        OptionalDouble std = sampleStd(d);
        if (std.isEmpty() || std.getAsDouble() <= NO_SPREAD * scale(a, b)) {
            return new PairedDifference(n, mean, std, confidence, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        double df = n - 1;
        double standardError = std.getAsDouble() / Math.sqrt(n);
        double halfWidth = tQuantile(1 - (1 - confidence) / 2, df) * standardError;
        double t = mean / standardError;
        return new PairedDifference(n, mean, std, confidence, Optional.of(new Interval(mean - halfWidth, mean + halfWidth)),
                OptionalDouble.of(t), OptionalDouble.of(twoSidedP(t, df)));
    }

    /**
     * The paired comparison over the keys (e.g. seeds) both maps hold, a[k] − b[k]; empty when they
     * share no key. Keys held by one map only are ignored.
     */
    public static <K extends Comparable<K>> Optional<PairedDifference> pairedByKey(Map<K, Double> a, Map<K, Double> b) {
        List<K> keys = new ArrayList<>(a.keySet());
        keys.retainAll(b.keySet());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        keys.sort(null);
        double[] x = new double[keys.size()];
        double[] y = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            x[i] = a.get(keys.get(i));
            y[i] = b.get(keys.get(i));
        }
        return Optional.of(paired(x, y));
    }

    /** The p-quantile of Student's t distribution with df degrees of freedom. */
    public static double tQuantile(double p, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** P(|T| ≥ |t|) for Student's t with df degrees of freedom. */
    public static double twoSidedP(double t, double df) {
        // the lower tail directly: 1 - cdf(|t|) would lose the digits of a small p-value
        return Math.min(1, 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)));
    }

    /** The value with a {@link String#format} pattern (Locale.ROOT), or {@code n/a} when empty. */
    public static String format(OptionalDouble value, String pattern) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, pattern, value.getAsDouble()) : NOT_AVAILABLE;
    }

    /** The largest magnitude among the values, the scale of their rounding errors. */
    private static double scale(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.max(Math.abs(a[i]), Math.abs(b[i])));
        }
        return max;
    }

    private static void check(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("not a finite number: " + v);
            }
        }
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
