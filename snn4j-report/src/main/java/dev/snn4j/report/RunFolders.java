/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads run folders' files ({@link RunDiscovery} finds the folders). Knows the run folder format (config.json, metrics.json
 * and the optional attacks.json of {@code snn4j attack}) and nothing else of snn4j.
 */
final class RunFolders {

    static final String CONFIG = "config.json";
    static final String METRICS = "metrics.json";
    static final String ATTACKS = "attacks.json";
    static final String TIMESTEPS = "timesteps.json";
    static final String UNKNOWN_METHOD = "?";

    private RunFolders() {}

    /** Reads one run folder. A missing metrics.json is a run without epochs; a broken file is an error. */
    static RunData read(Path dir, String name) {
        JsonNode configFile = readJson(dir.resolve(CONFIG));
        JsonNode settingsNode = configFile.get("config");
        if (settingsNode == null || !settingsNode.isObject()) {
            throw new Snn4jException(dir.resolve(CONFIG) + ": expected an object 'config' with the run's settings");
        }
        ObjectNode settings = (ObjectNode) settingsNode;
        Path metricsFile = dir.resolve(METRICS);
        JsonNode metrics = Files.isRegularFile(metricsFile) ? readJson(metricsFile) : Json.mapper().createObjectNode();

        String method = text(settings.get("method"));
        if (method == null) {
            method = text(metrics.get("method"));
        }
        JsonNode seedNode = settings.get("seed");
        OptionalLong seed = seedNode != null && seedNode.canConvertToLong() && seedNode.isIntegralNumber()
                ? OptionalLong.of(seedNode.asLong()) : OptionalLong.empty();
        JsonNode epochsSetting = settings.get("epochs");
        int planned = epochsSetting != null && epochsSetting.isIntegralNumber() ? epochsSetting.asInt() : 0;

        List<RunData.Epoch> epochs = new ArrayList<>();
        JsonNode epochArray = metrics.get("epochs");
        if (epochArray != null) {
            if (!epochArray.isArray()) {
                throw new Snn4jException(metricsFile + ": epochs: expected an array");
            }
            for (JsonNode e : epochArray) {
                epochs.add(epoch(e, epochs.size() + 1));
            }
        }
        JsonNode fin = metrics.get("final");
        boolean finished = fin != null && fin.isObject();
        JsonNode last = finished ? fin : epochArray != null && epochArray.size() > 0 ? epochArray.get(epochArray.size() - 1) : null;

        Map<String, Double> finals = new LinkedHashMap<>();
        Map<String, Double> firingRates = new LinkedHashMap<>();
        Map<String, Double> layerSops = new LinkedHashMap<>();
        if (last != null) {
            putNumber(finals, Metric.TEST_ACCURACY.id(), last.get("test_accuracy"));
            putNumber(finals, Metric.ASFR.id(), last.get("asfr"));
            finals.putAll(energy(last));
            firingRates.putAll(numbers(last.get("firing_rates")));
            JsonNode layers = last.path("energy").path("layers");
            for (JsonNode layer : layers) {
                JsonNode sops = layer.get("sops_per_sample");
                if (layer.hasNonNull("name") && sops != null && sops.isNumber()) {
                    layerSops.put(layer.get("name").asText(), sops.asDouble());
                }
            }
        }
        finals.putAll(cost(epochs));
        List<RunData.Attack> attacks = attacks(dir.resolve(ATTACKS));
        for (RunData.Attack a : attacks) {
            finals.put(Metric.attackId(a.name(), a.epsilon()), a.attackedAccuracy());
        }
        JsonNode generalization = last == null ? null : last.get("generalization");
        if (generalization != null && generalization.isObject()) {
            Metric.GENERALIZATION.forEach(m -> putNumber(finals, m.id(), generalization.get(m.id().substring("gap:".length()))));
        }
        Map<String, Double> latencies = latencies(dir.resolve(TIMESTEPS));
        JsonNode trainedTimesteps = settings.get("timesteps");
        if (!latencies.isEmpty() && trainedTimesteps != null && trainedTimesteps.isIntegralNumber()
                && finals.containsKey(Metric.TEST_ACCURACY.id())) {
            // at the trained T, eval --timesteps T is the plain evaluation (LowLatencyEvalTest)
            latencies.putIfAbsent(Metric.latencyId(trainedTimesteps.asInt()), finals.get(Metric.TEST_ACCURACY.id()));
        }
        finals.putAll(latencies);
        return new RunData(dir, name, settings, method == null ? UNKNOWN_METHOD : method, seed, List.copyOf(epochs), planned, finished,
                finals, firingRates, layerSops, attacks, RunData.lossTerms(metrics, epochs));
    }

    /**
     * Test accuracy per T' from timesteps.json ({@code {"evaluations": [{timesteps, test_accuracy, ...}]}}
     * as {@code snn4j eval --timesteps} writes it), as {@code latency:T'}; the last entry of a T' counts.
     */
    static Map<String, Double> latencies(Path file) {
        Map<String, Double> out = new java.util.TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        JsonNode list = readJson(file).get("evaluations");
        if (list == null || !list.isArray()) {
            throw new Snn4jException(file + ": expected {\"evaluations\": [...]}, found no such list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i).get("timesteps");
            JsonNode accuracy = list.get(i).get("test_accuracy");
            if (t == null || !t.isIntegralNumber() || accuracy == null || !accuracy.isNumber()) {
                throw new Snn4jException(file + ": evaluations[" + i + "]: expected integer 'timesteps' and number 'test_accuracy'");
            }
            out.put(Metric.latencyId(t.asInt()), accuracy.asDouble());
        }
        return out;
    }

    private static RunData.Epoch epoch(JsonNode node, int position) {
        Map<String, Double> values = numbers(node);
        JsonNode number = node.get("epoch");
        int epoch = number != null && number.isIntegralNumber() ? number.asInt() : position;
        values.remove("epoch");
        return new RunData.Epoch(epoch, values, numbers(node.get("firing_rates")));
    }

    /**
     * Energy and synaptic-operation numbers of a run's final object: the numeric members of its
     * {@code energy} object ({@code energy.sops_per_sample}, {@code energy.energy_uj_per_sample},
     * ...), and any other numeric key whose name contains "sop" or "energy", or numeric member of an
     * object under such a key (as {@code key.member}).
     */
    /** Training cost over the epochs recorded: mean seconds per epoch, peak memory (when recorded). */
    static Map<String, Double> cost(List<RunData.Epoch> epochs) {
        Map<String, Double> cost = new LinkedHashMap<>();
        epochs.stream().map(e -> e.value("seconds")).filter(java.util.OptionalDouble::isPresent)
                .mapToDouble(java.util.OptionalDouble::getAsDouble).average()
                .ifPresent(v -> cost.put(Metric.SECONDS_PER_EPOCH.id(), v));
        epochs.stream().map(e -> e.value("peak_memory_mb")).filter(java.util.OptionalDouble::isPresent)
                .mapToDouble(java.util.OptionalDouble::getAsDouble).max()
                .ifPresent(v -> cost.put(Metric.PEAK_MEMORY.id(), v));
        return cost;
    }

    static Map<String, Double> energy(JsonNode fin) {
        Map<String, Double> found = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fin.properties()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (!key.contains("sop") && !key.contains("energy")) {
                continue;
            }
            if (e.getValue().isNumber()) {
                found.put(e.getKey(), e.getValue().asDouble());
            } else if (e.getValue().isObject()) {
                numbers(e.getValue()).forEach((k, v) -> found.put(e.getKey() + "." + k, v));
            }
        }
        found.values().removeIf(v -> !Double.isFinite(v));
        return found;
    }

    /**
     * The entries of attacks.json as {@code snn4j attack} writes it: {@code {"attacks": [{method,
     * epsilon, steps, step_size, seed, samples, clean_accuracy, attacked_accuracy, ...}]}}. Also
     * read: a bare array of such entries, or a single entry. Unknown keys are ignored; only
     * {@code epsilon} and {@code attacked_accuracy} are required.
     */
    static List<RunData.Attack> attacks(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root = readJson(file);
        JsonNode entries = root.isObject() && root.has("attacks") ? root.get("attacks") : root;
        List<JsonNode> list = new ArrayList<>();
        if (entries.isArray()) {
            entries.forEach(list::add);
        } else if (entries.isObject()) {
            list.add(entries);
        } else {
            throw new Snn4jException(file + ": expected {\"attacks\": [...]}, found " + abbreviate(root.toString()));
        }
        List<RunData.Attack> attacks = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = file + ": attacks[" + i + "]";
            if (!entry.isObject()) {
                throw new Snn4jException(where + ": expected an object, found " + abbreviate(entry.toString()));
            }
            String method = text(entry.get("method"));
            String name = method == null || method.isBlank() ? "attack" : method;
            JsonNode steps = entry.get("steps");
            if (steps != null && steps.isIntegralNumber() && steps.asInt() > 1) {
                name += " (" + steps.asInt() + " steps)";
            }
            JsonNode samples = entry.get("samples");
            attacks.add(new RunData.Attack(
                    name,
                    required(entry, "epsilon", where),
                    entry.hasNonNull("clean_accuracy") ? OptionalDouble.of(required(entry, "clean_accuracy", where)) : OptionalDouble.empty(),
                    required(entry, "attacked_accuracy", where),
                    samples != null && samples.isIntegralNumber() ? OptionalLong.of(samples.asLong()) : OptionalLong.empty()));
        }
        return attacks;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static double required(JsonNode entry, String key, String where) {
        JsonNode v = entry.get(key);
        if (v == null || v.isNull()) {
            throw new Snn4jException(where + ": " + key + ": missing");
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new Snn4jException(where + ": " + key + ": expected a number, found " + abbreviate(v.toString()));
        }
        return v.asDouble();
    }

    private static Map<String, Double> numbers(JsonNode node) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isNumber() && Double.isFinite(e.getValue().asDouble())) {
                    values.put(e.getKey(), e.getValue().asDouble());
                }
            });
        }
        return values;
    }

    private static void putNumber(Map<String, Double> target, String key, JsonNode value) {
        if (value != null && value.isNumber() && Double.isFinite(value.asDouble())) {
            target.put(key, value.asDouble());
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static JsonNode readJson(Path file) {
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new Snn4jException(file + ": empty file, expected JSON");
            }
            return node;
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new Snn4jException(file + ": cannot read JSON: " + message, e);
        }
    }
}
