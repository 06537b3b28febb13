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
        List<Attack> attacks) {

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
