/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.eval.Evaluation;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One epoch of a run as recorded in metrics.json. Each loss term of the objective (unweighted:
 * {@code ce}, and for TRT {@code reversed_ce}, {@code consistency_kl}, {@code star_ce}) appears as
 * its own key beside {@code train_loss}, the weighted total that was minimised.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean weighted loss over the epoch's training steps
 * @param lossTerms mean of each unweighted loss term (written as top-level keys)
 * @param trainAccuracy top-1 accuracy of the original path on the (augmented) training batches
 * @param testAccuracy top-1 accuracy on the test set, plain inference path
 * @param asfr average spike firing rate on the test set (mean of the per-layer rates)
 * @param firingRates each spiking layer's firing rate on the test set
 * @param learningRate learning rate at the epoch's last step
 * @param seconds wall time of the epoch's training steps (evaluation excluded)
 * @param evalSeconds wall time of the test-set evaluation
 * @param samplesPerSecond training samples per second
 * @param peakMemoryMb peak resident memory of the process so far (MB; Linux VmHWM)
 * @param energy test-set operations and energy per sample (see {@code Evaluation.Result})
 * @param generalization the generalisation gap, when measured after this epoch: {@code samples},
 *     {@code train_accuracy} and {@code train_loss} (the first N training samples, evaluation mode, no
 *     augmentation), {@code test_loss}, {@code accuracy_gap} (train − test) and {@code loss_gap}
 *     (test − train); {@code null} (not written) otherwise
 */
@JsonPropertyOrder({"epoch", "train_loss"})
public record EpochMetrics(
        int epoch,
        double trainLoss,
        @JsonIgnore Map<String, Double> lossTerms,
        double trainAccuracy,
        double testAccuracy,
        double asfr,
        Map<String, Double> firingRates,
        double learningRate,
        double seconds,
        double evalSeconds,
        double samplesPerSecond,
        double peakMemoryMb,
        Map<String, Object> energy,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Map<String, Object> generalization) {

    @JsonAnyGetter
    Map<String, Double> terms() {
        return lossTerms;
    }

    /**
     * Reads an epoch back from metrics.json: the known keys by name, every other number as a
     * loss term.
     */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static EpochMetrics fromJson(Map<String, Object> node) {
        Map<String, Double> terms = new java.util.LinkedHashMap<>();
        java.util.Set<String> known = java.util.Set.of("epoch", "train_loss", "train_accuracy", "test_accuracy", "asfr",
                "firing_rates", "learning_rate", "seconds", "eval_seconds", "samples_per_second", "peak_memory_mb", "energy", "generalization");
        node.forEach((k, v) -> {
            if (!known.contains(k) && v instanceof Number n) {
                terms.put(k, n.doubleValue());
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> rates = (Map<String, Object>) node.getOrDefault("firing_rates", Map.of());
        Map<String, Double> firing = new java.util.LinkedHashMap<>();
        rates.forEach((k, v) -> firing.put(k, ((Number) v).doubleValue()));
        return new EpochMetrics(num(node, "epoch").intValue(), num(node, "train_loss").doubleValue(), terms,
                num(node, "train_accuracy").doubleValue(), num(node, "test_accuracy").doubleValue(),
                num(node, "asfr").doubleValue(), firing, num(node, "learning_rate").doubleValue(),
                num(node, "seconds").doubleValue(), num(node, "eval_seconds").doubleValue(),
                num(node, "samples_per_second").doubleValue(), num(node, "peak_memory_mb").doubleValue(),
                energy(node.get("energy")), node.get("generalization") == null ? null : energy(node.get("generalization")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> energy(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static Number num(Map<String, Object> node, String key) {
        Object v = node.get(key);
        if (!(v instanceof Number n)) {
            throw new dev.snn4j.Snn4jException("metrics: expected a number for '" + key + "', found " + v);
        }
        return n;
    }
}
