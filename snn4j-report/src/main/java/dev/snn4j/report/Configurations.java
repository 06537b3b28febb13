/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Groups runs into configurations: runs whose settings differ only in method, seed and where files
 * are (out, data) or which device ran them.
 *
 * <p>The {@code trt_*} settings mean nothing to a baseline run, so a baseline run is compared with
 * every TRT configuration that agrees with it on all other settings: one baseline per seed serves an
 * ablation over {@code trt_alpha}, for example.
 */
final class Configurations {

    /** Settings that do not define a configuration. */
    static final Set<String> IGNORED = Set.of("method", "seed", "out", "data", "device");

    /** Settings that only the TRT objective reads. */
    static final String TRT_PREFIX = "trt_";

    private Configurations() {}

    /**
     * One configuration: a label, its settings and its runs by method (baseline first).
     *
     * @param label the settings that tell this configuration apart from the others, e.g.
     *     {@code trt_alpha=0.5}; a short description when there is only one configuration
     * @param key the configuration's settings (JSON text of each value)
     * @param runs runs by method in {@link Methods#ORDER}
     */
    record Group(String label, SortedMap<String, String> key, Map<String, List<RunData>> runs) {
        Set<String> methods() {
            return runs.keySet();
        }
    }

    static List<Group> group(List<RunData> all) {
        Map<SortedMap<String, String>, List<RunData>> rows = new LinkedHashMap<>();
        for (RunData run : all) {
            if (!run.isBaseline()) {
                rows.computeIfAbsent(key(run), k -> new ArrayList<>()).add(run);
            }
        }
        Map<SortedMap<String, String>, List<RunData>> baselineOnly = new LinkedHashMap<>();
        for (RunData run : all) {
            if (run.isBaseline()) {
                SortedMap<String, String> key = key(run);
                boolean matched = false;
                for (Map.Entry<SortedMap<String, String>, List<RunData>> row : rows.entrySet()) {
                    if (withoutTrt(row.getKey()).equals(key)) {
                        row.getValue().add(run);
                        matched = true;
                    }
                }
                if (!matched) {
                    baselineOnly.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
                }
            }
        }
        rows.putAll(baselineOnly);

        Set<String> varying = varying(rows.keySet());
        List<Group> groups = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (Map.Entry<SortedMap<String, String>, List<RunData>> row : rows.entrySet()) {
            String label = row.getKey().entrySet().stream()
                    .filter(e -> varying.contains(e.getKey()))
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            if (label.isEmpty()) {
                label = describe(row.getValue().get(0));
            }
            String unique = label;
            for (int i = 2; !labels.add(unique); i++) {
                unique = label + " (" + i + ")";
            }
            Map<String, List<RunData>> byMethod = new TreeMap<>(Methods.ORDER);
            for (RunData run : row.getValue()) {
                byMethod.computeIfAbsent(run.method(), m -> new ArrayList<>()).add(run);
            }
            groups.add(new Group(unique, row.getKey(), byMethod));
        }
        return groups;
    }

    /** The settings every run shares (ignored settings left out), in the order of the first run. */
    static Map<String, String> shared(List<RunData> runs) {
        Map<String, String> shared = new LinkedHashMap<>();
        if (runs.isEmpty()) {
            return shared;
        }
        runs.get(0).settings().properties().forEach(e -> {
            if (!IGNORED.contains(e.getKey())) {
                shared.put(e.getKey(), text(e.getValue()));
            }
        });
        for (RunData run : runs) {
            shared.entrySet().removeIf(e -> {
                JsonNode v = run.settings().get(e.getKey());
                return v == null || !text(v).equals(e.getValue());
            });
        }
        return shared;
    }

    /** A run's configuration: its settings but the ignored ones, and for a baseline the trt_* ones. */
    static SortedMap<String, String> key(RunData run) {
        SortedMap<String, String> key = new TreeMap<>();
        run.settings().properties().forEach(e -> {
            if (!IGNORED.contains(e.getKey())) {
                key.put(e.getKey(), text(e.getValue()));
            }
        });
        return run.isBaseline() ? withoutTrt(key) : key;
    }

    private static SortedMap<String, String> withoutTrt(SortedMap<String, String> key) {
        SortedMap<String, String> copy = new TreeMap<>(key);
        copy.keySet().removeIf(k -> k.startsWith(TRT_PREFIX));
        return copy;
    }

    /**
     * Settings whose value is not the same in every configuration. A setting that some
     * configurations lack (run folders of different snn4j versions) varies too, except a trt_*
     * setting, which baseline configurations lack by design.
     */
    static Set<String> varying(Collection<? extends Map<String, String>> keys) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (Map<String, String> key : keys) {
            key.forEach((k, v) -> values.computeIfAbsent(k, x -> new TreeSet<>()).add("=" + v));
        }
        for (Map<String, String> key : keys) {
            values.forEach((k, v) -> {
                if (!key.containsKey(k) && !k.startsWith(TRT_PREFIX)) {
                    v.add("absent");
                }
            });
        }
        return values.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** e.g. "fashion-mnist · cnn3 · T=4 · 3 epochs", from whichever of these settings the run has. */
    static String describe(RunData run) {
        List<String> parts = new ArrayList<>();
        JsonNode s = run.settings();
        if (s.hasNonNull("dataset")) {
            parts.add(s.get("dataset").asText());
        }
        if (s.hasNonNull("model")) {
            parts.add(s.get("model").asText());
        }
        if (s.hasNonNull("timesteps")) {
            parts.add("T=" + s.get("timesteps").asText());
        }
        if (s.hasNonNull("epochs")) {
            parts.add(s.get("epochs").asText() + " epochs");
        }
        return parts.isEmpty() ? "all runs" : String.join(" · ", parts);
    }

    static String text(JsonNode value) {
        return value == null ? "" : value.isValueNode() ? value.asText() : value.toString();
    }
}
