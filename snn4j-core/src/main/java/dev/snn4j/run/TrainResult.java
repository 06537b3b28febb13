/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: the last epoch's test accuracy and firing rates, and the mean time per
 * epoch.
 */
public record TrainResult(
        Path runDir,
        String method,
        double testAccuracy,
        double asfr,
        Map<String, Double> firingRates,
        double secondsPerEpoch,
        double samplesPerSecond,
        int epochs,
        long parameters,
        List<EpochMetrics> history) {

    /**
     * @param runDir the run folder, or {@code null} for a run without one
     * @param method the objective's name ({@code baseline}, {@code trt})
     */
    public static TrainResult of(Path runDir, String method, List<EpochMetrics> history, long parameters) {
        EpochMetrics last = history.get(history.size() - 1);
        double seconds = history.stream().mapToDouble(EpochMetrics::seconds).average().orElse(0);
        double speed = history.stream().mapToDouble(EpochMetrics::samplesPerSecond).average().orElse(0);
        return new TrainResult(runDir, method, last.testAccuracy(), last.asfr(), last.firingRates(),
                seconds, speed, history.size(), parameters, history);
    }

    /** The {@code final} object of metrics.json and the body of {@code train --json}. */
    public ObjectNode toFinalJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("run_dir", runDir == null ? null : runDir.toString());
        node.put("method", method);
        node.put("test_accuracy", testAccuracy);
        node.put("asfr", asfr);
        node.set("firing_rates", Json.mapper().valueToTree(firingRates));
        node.put("seconds_per_epoch", secondsPerEpoch);
        node.put("samples_per_second", samplesPerSecond);
        node.put("epochs", epochs);
        node.put("parameters", parameters);
        node.set("energy", Json.mapper().valueToTree(history.get(history.size() - 1).energy()));
        if (history.get(history.size() - 1).generalization() != null) {
            node.set("generalization", Json.mapper().valueToTree(history.get(history.size() - 1).generalization()));
        }
        return node;
    }
}
