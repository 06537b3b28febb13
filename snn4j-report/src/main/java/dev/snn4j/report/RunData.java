/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One run folder as the report sees it: its settings, every finished epoch and its final numbers.
 *
 * @param dir the run folder
 * @param name a short unique name: the folder's path relative to the common parent of all runs
 * @param settings the {@code config} object of config.json (every setting, snake_case keys)
 * @param method {@code baseline}, {@code trt}, ... ({@code config.method}, else metrics.json's)
 * @param seed the seed, when config.json has one
 * @param epochs every epoch recorded in metrics.json, in order
 * @param plannedEpochs the {@code epochs} setting, 0 when unknown
 * @param finished metrics.json has its {@code final} object: the run ended normally
 * @param finals the run's final numbers by metric id ({@link Metric}): test accuracy, ASFR,
 *     energy/SOP values and attacked accuracies; taken from the last epoch for an unfinished run
 * @param firingRates each spiking layer's final firing rate
 * @param layerSops each synaptic layer's synaptic operations per test sample (metrics.json's
 *     {@code energy.layers}), empty when not recorded
 * @param attacks the entries of attacks.json, empty when there is none
 * @param lossTerms the epoch keys that are loss terms, in the objective's order (metrics.json's
 *     {@code loss_terms}; before it recorded them, TRT's four terms where present)
 */
record RunData(
        Path dir,
        String name,
        ObjectNode settings,
        String method,
        OptionalLong seed,
        List<Epoch> epochs,
        int plannedEpochs,
        boolean finished,
        Map<String, Double> finals,
        Map<String, Double> firingRates,
        Map<String, Double> layerSops,
        List<Attack> attacks,
        List<String> lossTerms) {

    /** The loss terms of runs from before metrics.json named them (the only ones snn4j had then). */
    private static final List<String> EARLIER_LOSS_TERMS = List.of("ce", "reversed_ce", "consistency_kl", "star_ce");

    /** The loss-term names of a metrics.json: its {@code loss_terms}, else the earlier terms its epochs hold. */
    static List<String> lossTerms(com.fasterxml.jackson.databind.JsonNode metrics, List<Epoch> epochs) {
        com.fasterxml.jackson.databind.JsonNode named = metrics.get("loss_terms");
        List<String> out = new java.util.ArrayList<>();
        if (named != null && named.isObject()) {
            named.fieldNames().forEachRemaining(out::add);
            return List.copyOf(out);
        }
        for (String term : EARLIER_LOSS_TERMS) {
            if (epochs.stream().anyMatch(e -> e.values().containsKey(term))) {
                out.add(term);
            }
        }
        return List.copyOf(out);
    }

    /**
     * One epoch of metrics.json.
     *
     * @param epoch 1-based epoch number
     * @param values every numeric key of the epoch ({@code train_loss}, {@code ce}, ...)
     * @param firingRates the epoch's per-layer firing rates
     */
    record Epoch(int epoch, Map<String, Double> values, Map<String, Double> firingRates) {
        OptionalDouble value(String key) {
            Double v = values.get(key);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    /**
     * One entry of attacks.json: the accuracy under an adversarial attack of strength epsilon.
     *
     * @param name the attack: its method, e.g. {@code fgsm}, with the number of steps when more
     *     than one, e.g. {@code pgd (7 steps)}; {@code attack} when the entry names no method
     * @param epsilon the attack's strength (L-infinity radius in pixel units)
     * @param cleanAccuracy accuracy without attack, when given
     * @param attackedAccuracy accuracy under attack
     * @param samples test samples attacked, when given
     */
    record Attack(String name, double epsilon, OptionalDouble cleanAccuracy, double attackedAccuracy, OptionalLong samples) {}

    OptionalDouble finalValue(String metric) {
        Double v = finals.get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    boolean isBaseline() {
        return Methods.BASELINE.equals(method);
    }

    /** "finished", "2 of 3 epochs" or "no epoch yet". */
    String status() {
        if (finished) {
            return "finished";
        }
        if (epochs.isEmpty()) {
            return "no epoch yet";
        }
        return plannedEpochs > 0 ? epochs.size() + " of " + plannedEpochs + " epochs" : epochs.size() + " epochs, unfinished";
    }
}
