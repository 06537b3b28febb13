/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The numbers of the summary table: per configuration and metric, mean ± std over the finished runs
 * of each method, and each method against the baseline, paired by seed.
 */
final class Summaries {

    private Summaries() {}

    /**
     * Method {@code method} against the baseline on the seeds both were trained with.
     *
     * @param method the method compared with the baseline
     * @param paired the paired difference (method − baseline); empty when no seed has both runs
     */
    record Comparison(String method, Optional<Statistics.PairedDifference> paired) {}

    /**
     * One row of the summary table.
     *
     * @param group the configuration
     * @param metric the metric
     * @param byMethod mean ± std of each method with at least one finished run having the metric
     * @param comparisons each non-baseline method against the baseline, when both have runs
     */
    record Row(Configurations.Group group, Metric metric, Map<String, Statistics.Summary> byMethod,
            List<Comparison> comparisons) {}

    static List<Row> rows(List<Configurations.Group> groups, List<Metric> metrics, List<String> warnings) {
        List<Row> rows = new ArrayList<>();
        for (Configurations.Group group : groups) {
            for (Metric metric : metrics) {
                Map<String, Statistics.Summary> byMethod = new LinkedHashMap<>();
                Map<String, Map<Long, Double>> bySeed = new LinkedHashMap<>();
                for (Map.Entry<String, List<RunData>> e : group.runs().entrySet()) {
                    List<Double> values = new ArrayList<>();
                    Map<Long, Double> seeds = new TreeMap<>();
                    Map<Long, String> seedRuns = new TreeMap<>();
                    for (RunData run : e.getValue()) {
                        if (!run.finished() || run.finalValue(metric.id()).isEmpty()) {
                            continue;
                        }
                        double v = run.finalValue(metric.id()).getAsDouble();
                        values.add(v);
                        if (run.seed().isPresent()) {
                            long seed = run.seed().getAsLong();
                            if (seeds.containsKey(seed)) {
                                String w = "configuration " + group.label() + ", " + e.getKey() + ": seed " + seed + " in "
                                        + seedRuns.get(seed) + " and " + run.name() + "; only the first is paired";
                                if (!warnings.contains(w)) {
                                    warnings.add(w);
                                }
                            } else {
                                seeds.put(seed, v);
                                seedRuns.put(seed, run.name());
                            }
                        }
                    }
                    if (!values.isEmpty()) {
                        byMethod.put(e.getKey(), Statistics.summarize(values));
                        bySeed.put(e.getKey(), seeds);
                    }
                }
                if (byMethod.isEmpty()) {
                    continue;
                }
                List<Comparison> comparisons = new ArrayList<>();
                Map<Long, Double> baseline = bySeed.get(Methods.BASELINE);
                if (baseline != null) {
                    for (Map.Entry<String, Map<Long, Double>> e : bySeed.entrySet()) {
                        if (!e.getKey().equals(Methods.BASELINE)) {
                            comparisons.add(new Comparison(e.getKey(), Statistics.pairedByKey(e.getValue(), baseline)));
                        }
                    }
                }
                rows.add(new Row(group, metric, byMethod, comparisons));
            }
        }
        return rows;
    }
}
