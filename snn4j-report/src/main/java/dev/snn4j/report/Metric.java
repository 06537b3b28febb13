/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A final number of a run that the report summarises over seeds: test accuracy, ASFR, an
 * energy/SOP value or the accuracy under an attack.
 *
 * @param id key in {@link RunData#finals()}
 * @param label column and chart title, with its unit
 * @param kind how values are shown
 * @param compared summarised over seeds and compared between methods; false for a reference
 *     number that does not depend on the run (the ANN's MACs and energy)
 */
record Metric(String id, String label, Kind kind, boolean compared) {

    /** How a metric's values are shown. */
    enum Kind {
        /** A fraction shown in percent, differences in percentage points. */
        ACCURACY,
        /** A firing rate, four decimals. */
        RATE,
        /** Any other number, four significant digits. */
        NUMBER
    }

    static final Metric TEST_ACCURACY = new Metric("test_accuracy", "test accuracy (%)", Kind.ACCURACY, true);
    static final Metric ASFR = new Metric("asfr", "ASFR", Kind.RATE, true);
    /** Training cost: mean seconds of an epoch's training steps (evaluation excluded). */
    static final Metric SECONDS_PER_EPOCH = new Metric("cost.seconds_per_epoch", "training seconds per epoch", Kind.NUMBER, true);
    /** Training cost: the process's peak resident memory over the run (MB). */
    static final Metric PEAK_MEMORY = new Metric("cost.peak_memory_mb", "peak memory (MB)", Kind.NUMBER, true);
    /** The training-cost metrics, in table order. */
    static final List<Metric> COST = List.of(SECONDS_PER_EPOCH, PEAK_MEMORY);
    /** metrics.json's {@code generalization} (the first N training samples, evaluation mode), as {@code gap:KEY}. */
    static final List<Metric> GENERALIZATION = List.of(
            new Metric("gap:train_accuracy", "train accuracy, evaluation mode (%)", Kind.ACCURACY),
            new Metric("gap:accuracy_gap", "generalisation gap: train − test accuracy (pp)", Kind.ACCURACY),
            new Metric("gap:train_loss", "train loss (CE)", Kind.NUMBER),
            new Metric("gap:test_loss", "test loss (CE)", Kind.NUMBER),
            new Metric("gap:loss_gap", "loss gap: test − train CE", Kind.NUMBER));

    /** The id of the test accuracy at T' time steps (timesteps.json of {@code snn4j eval --timesteps}). */
    static String latencyId(int timesteps) {
        return "latency:" + timesteps;
    }

    static Metric latency(int timesteps) {
        return new Metric(latencyId(timesteps), "test accuracy at T' = " + timesteps + " (%)", Kind.ACCURACY);
    }

    /** Metrics with a section of their own, not in the summary's main table nor among the energy numbers. */
    boolean ownSection() {
        return id.startsWith("gap:") || id.startsWith("latency:") || id.startsWith("attack:");
    }

    /**
     * The keys of metrics.json's {@code energy} object (written by {@code eval} and training) and
     * their labels, in the order the report shows them.
     */
    static final Map<String, String> ENERGY_LABELS = energyLabels();

    private static Map<String, String> energyLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("energy.sops_per_sample", "SOPs per sample");
        labels.put("energy.macs_per_sample", "MACs per sample");
        labels.put("energy.energy_uj_per_sample", "energy per sample (µJ)");
        labels.put("energy.ann_macs_per_sample", "ANN reference: MACs per sample");
        labels.put("energy.ann_energy_uj_per_sample", "ANN reference: energy per sample (µJ)");
        return labels;
    }

    Metric(String id, String label, Kind kind) {
        this(id, label, kind, true);
    }

    /** The id of an attack's final metric: accuracy under attack {@code method} at strength epsilon. */
    static String attackId(String method, double epsilon) {
        return "attack:" + method + ":" + formatEpsilon(epsilon);
    }

    static Metric attack(String method, double epsilon) {
        return new Metric(attackId(method, epsilon), "accuracy under " + method + ", ε = " + formatEpsilon(epsilon) + " (%)",
                Kind.ACCURACY);
    }

    /**
     * An energy or SOP number: labelled when metrics.json's energy object defines it, else by its
     * key. MACs (real-valued input layers) and the ANN reference are fixed by the architecture, so
     * they are shown but not compared.
     */
    static Metric energy(String key) {
        boolean fixed = key.startsWith("energy.ann_") || key.equals("energy.macs_per_sample");
        return new Metric(key, ENERGY_LABELS.getOrDefault(key, key), Kind.NUMBER, !fixed);
    }

    /** Constants of the energy model (picojoules per operation), shown as a note rather than compared. */
    static boolean isEnergyConstant(String key) {
        return key.endsWith("_pj");
    }

    /** e.g. 0.1, or 8/255 for a radius in 1/255 steps that has no short decimal. */
    static String formatEpsilon(double epsilon) {
        String decimal = String.format(Locale.ROOT, "%.6g", epsilon).replaceFirst("\\.?0+(e|$)", "$1");
        double steps = epsilon * 255;
        if (decimal.length() > 6 && Math.abs(steps - Math.rint(steps)) < 1e-6 && Math.rint(steps) >= 1) {
            return (long) Math.rint(steps) + "/255";
        }
        return decimal;
    }

    /** The factor from stored value to shown value (100 for accuracies). */
    double scale() {
        return kind == Kind.ACCURACY ? 100 : 1;
    }

    String format(double value) {
        return switch (kind) {
            case ACCURACY -> String.format(Locale.ROOT, "%.2f", 100 * value);
            case RATE -> String.format(Locale.ROOT, "%.4f", value);
            case NUMBER -> String.format(Locale.ROOT, "%.4g", value);
        };
    }

    /** A difference with its sign, e.g. {@code +0.45} (percentage points for accuracies). */
    String formatDifference(double difference) {
        String text = format(Math.abs(difference));
        boolean zero = text.matches("[0.]+");
        return (zero ? "" : difference < 0 ? "−" : "+") + text;
    }

    /** The unit of a difference, e.g. "pp" (percentage points) for accuracies. */
    String differenceUnit() {
        return kind == Kind.ACCURACY ? " pp" : "";
    }

    /**
     * Test accuracy, ASFR, then every energy/SOP value (the energy model's constants aside) and
     * attack accuracy, generalisation number and accuracy at T' some run has.
     */
    static List<Metric> found(List<RunData> runs) {
        List<Metric> metrics = new ArrayList<>(List.of(Metric.TEST_ACCURACY, Metric.ASFR));
        Metric.COST.stream().filter(m -> runs.stream().anyMatch(r -> r.finals().containsKey(m.id()))).forEach(metrics::add);
        Set<String> found = new TreeSet<>();
        runs.forEach(r -> r.finals().keySet().stream().filter(k -> !k.equals(Metric.TEST_ACCURACY.id())
                && !k.equals(Metric.ASFR.id()) && !k.startsWith("attack:") && !k.startsWith("cost.")
                && !k.startsWith("gap:") && !k.startsWith("latency:")
                && !Metric.isEnergyConstant(k)).forEach(found::add));
        Set<String> energy = new LinkedHashSet<>();
        Metric.ENERGY_LABELS.keySet().stream().filter(found::contains).forEach(energy::add);
        energy.addAll(found);
        energy.forEach(k -> metrics.add(Metric.energy(k)));
        Map<String, Metric> attacks = new LinkedHashMap<>();
        runs.stream().flatMap(r -> r.attacks().stream())
                .sorted((a, b) -> a.name().equals(b.name()) ? Double.compare(a.epsilon(), b.epsilon()) : a.name().compareTo(b.name()))
                .forEach(a -> attacks.putIfAbsent(Metric.attackId(a.name(), a.epsilon()), Metric.attack(a.name(), a.epsilon())));
        metrics.addAll(attacks.values());
        Metric.GENERALIZATION.stream().filter(m -> runs.stream().anyMatch(r -> r.finals().containsKey(m.id()))).forEach(metrics::add);
        runs.stream().flatMap(r -> r.finals().keySet().stream()).filter(k -> k.startsWith("latency:"))
                .map(k -> Integer.parseInt(k.substring("latency:".length()))).distinct().sorted()
                .forEach(t -> metrics.add(Metric.latency(t)));
        return metrics;
    }
}
