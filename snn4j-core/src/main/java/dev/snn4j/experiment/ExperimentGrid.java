/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import dev.snn4j.config.TrainConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment file expanded into runs. Top-level keys are the train flags' names in snake_case
 * ({@code dataset}, {@code timesteps}, {@code trt_alpha}, ...); any of them may be a list, and the
 * grid is their cross product. {@code methods} and {@code seeds} are lists. {@code variants} is a
 * list of mappings of settings, each a configuration of its own (for one-factor-at-a-time
 * designs: {@code [{}, {trt_star_at: steps}, {trt_beta: 0}]}; a variant's value replaces the
 * top-level one), crossed with the lists.
 * {@code evaluate} asks for evaluations of every finished run ({@link Evaluations}). A baseline run
 * ignores the {@code trt_*} settings, so baselines that differ only in those are one run, shared by
 * every TRT configuration it is compared with.
 */
public final class ExperimentGrid {

    /** One run of the grid: its settings, the swept settings that name it, its folder name. */
    public record Run(TrainConfig config, Map<String, String> swept, String group, String name, Evaluations evaluations) {

        /** A run with no evaluations besides its own. */
        public Run(TrainConfig config, Map<String, String> swept, String group, String name) {
            this(config, swept, group, name, Evaluations.NONE);
        }
    }

    private ExperimentGrid() {}

    public static List<Run> expand(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new Snn4jException(source + ": expected a mapping of settings, found " + root);
        }
        List<String> methods = strings(root, "methods", List.of("baseline", "trt"), source);
        List<String> seeds = strings(root, "seeds", List.of("0"), source);
        Map<String, List<JsonNode>> axes = new LinkedHashMap<>();
        ObjectNode fixed = Json.mapper().createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String key = e.getKey();
            if (key.equals("methods") || key.equals("seeds") || key.equals("variants") || key.equals("evaluate")) {
                continue;
            }
            if (key.equals("method") || key.equals("seed") || key.equals("out")) {
                throw new Snn4jException(source + ": " + key + ": expected it in 'methods'/'seeds' or not at all (the experiment sets it)");
            }
            if (e.getValue().isArray()) {
                List<JsonNode> values = new ArrayList<>();
                e.getValue().forEach(values::add);
                if (values.isEmpty()) {
                    throw new Snn4jException(source + ": " + key + ": expected at least one value, found an empty list");
                }
                axes.put(key, values);
            } else {
                fixed.set(key, e.getValue());
            }
        }
        TrainConfig.fromJson(fixed, source); // every fixed key checked once, before any run starts
        Evaluations evaluations = Evaluations.parse(root.get("evaluate"), source);
        List<Map<String, JsonNode>> variants = variants(root.get("variants"), fixed, axes, source);
        long size = (long) methods.size() * seeds.size() * variants.size();
        StringBuilder sizes = new StringBuilder(methods.size() + " methods x " + seeds.size() + " seeds"
                + (variants.size() > 1 ? " x " + variants.size() + " variants" : ""));
        for (Map.Entry<String, List<JsonNode>> axis : axes.entrySet()) {
            try {
                size = Math.multiplyExact(size, axis.getValue().size());
            } catch (ArithmeticException e) {
                size = Long.MAX_VALUE;
            }
            sizes.append(" x ").append(axis.getValue().size()).append(' ').append(axis.getKey());
        }
        if (size > MAX_RUNS) {
            throw new Snn4jException(String.format(java.util.Locale.ROOT, "%s: expected a grid of at most %,d runs, found %s (%s)",
                    source, MAX_RUNS, size == Long.MAX_VALUE ? "more than 2^63" : String.format(java.util.Locale.ROOT, "%,d", size),
                    sizes));
        }

        List<Run> runs = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, JsonNode>> points = new ArrayList<>();
        for (Map<String, JsonNode> variant : variants) {
            for (Map<String, JsonNode> axesPoint : product(axes)) {
                Map<String, JsonNode> point = new LinkedHashMap<>(variant);
                point.putAll(axesPoint);
                points.add(point);
            }
        }
        for (Map<String, JsonNode> point : points) {
            for (String method : methods) {
                for (String seed : seeds) {
                    ObjectNode node = fixed.deepCopy();
                    point.forEach(node::set);
                    node.put("method", method);
                    node.set("seed", Json.mapper().valueToTree(parseInt(seed, source)));
                    Map<String, String> swept = new LinkedHashMap<>();
                    point.forEach((k, v) -> {
                        if (!(method.equals("baseline") && k.startsWith("trt_"))) {
                            swept.put(k, v.asText());
                        }
                    });
                    String group = groupName(swept);
                    String name = method + "-seed" + seed;
                    if (seen.add(group + "/" + name)) {
                        try { // every run's settings checked before the first run starts
                            TrainConfig config = TrainConfig.fromJson(node, null);
                            if (!evaluations.attacks().isEmpty() && config.data().dataset().kind() != dev.snn4j.data.DatasetId.Kind.IMAGES) {
                                throw new Snn4jException("evaluate.attacks: expected an image dataset (attacks perturb pixels), found "
                                        + config.data().dataset().cliName());
                            }
                            runs.add(new Run(config, swept, group, name, evaluations));
                        } catch (Snn4jException e) {
                            invalid.add(group + "/" + name + ": " + e.getMessage());
                        }
                    }
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidGridException(source, invalid, runs.size() + invalid.size());
        }
        return runs;
    }

    /** The largest grid expanded; a bigger one is refused from its size, before any run is built. */
    public static final int MAX_RUNS = 10_000;

    /** A grid with runs whose settings are invalid: every one of them, named by its folder. */
    public static final class InvalidGridException extends Snn4jException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> invalid;

        InvalidGridException(String source, List<String> invalid, int total) {
            super(source + ": " + invalid.size() + " of " + total + " runs have invalid settings, the first: " + invalid.get(0));
            this.invalid = List.copyOf(invalid);
        }

        /** "group/name: problem" for every invalid run, in the grid's order. */
        public List<String> invalid() {
            return invalid;
        }
    }

    /**
     * The {@code k}-th of {@code n} slices of the grid ({@code 1 <= k <= n}), for job arrays that
     * share an experiment: run {@code i} (counting from 0 in the grid's order) belongs to slice
     * {@code i mod n + 1}. The slices cover the grid exactly once, differ in size by at most one,
     * and keep the grid's order; the assignment depends only on the grid, so every process that
     * expands the same file computes the same slices.
     *
     * @throws IllegalArgumentException when {@code k} or {@code n} is out of range
     */
    public static List<Run> shard(List<Run> runs, int k, int n) {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("expected 1 <= k <= n, found k=" + k + ", n=" + n);
        }
        List<Run> slice = new ArrayList<>();
        for (int i = k - 1; i < runs.size(); i += n) {
            slice.add(runs.get(i));
        }
        return slice;
    }

    /** The folder of a configuration: swept key=value pairs, or "default" when nothing is swept. */
    static String groupName(Map<String, String> swept) {
        if (swept.isEmpty()) {
            return "default";
        }
        StringBuilder sb = new StringBuilder();
        swept.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v.replaceAll("[^A-Za-z0-9._:-]", "_")));
        return sb.toString();
    }

    /**
     * The {@code variants} list: mappings of single settings, each replacing the top-level value of
     * its key for that variant; a swept key (a top-level list) cannot be in a variant.
     */
    private static List<Map<String, JsonNode>> variants(JsonNode node, ObjectNode fixed, Map<String, List<JsonNode>> axes,
            String source) {
        if (node == null) {
            return List.of(Map.of());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new Snn4jException(source + ": variants: expected a non-empty list of mappings of settings, found " + node);
        }
        List<Map<String, JsonNode>> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode variant : node) {
            if (!variant.isObject()) {
                throw new Snn4jException(source + ": variants: expected mappings of settings such as {trt_beta: 0}, found " + variant);
            }
            Map<String, JsonNode> settings = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = variant.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey();
                if (e.getValue().isContainerNode()) {
                    throw new Snn4jException(source + ": variants: " + key + ": expected one value (sweep with a top-level list), found "
                            + e.getValue());
                }
                if (axes.containsKey(key) || List.of("method", "seed", "out", "methods", "seeds").contains(key)) {
                    throw new Snn4jException(source + ": variants: " + key + ": expected a setting that is not swept at the top level "
                            + "nor set by the experiment, found " + (axes.containsKey(key) ? "a top-level list of it" : "'" + key + "'"));
                }
                settings.put(key, e.getValue());
            }
            if (!names.add(settings.toString())) {
                throw new Snn4jException(source + ": variants: expected each variant once, found " + variant + " twice");
            }
            out.add(settings);
        }
        return out;
    }

    private static List<Map<String, JsonNode>> product(Map<String, List<JsonNode>> axes) {
        List<Map<String, JsonNode>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<JsonNode>> axis : axes.entrySet()) {
            List<Map<String, JsonNode>> next = new ArrayList<>();
            for (Map<String, JsonNode> p : points) {
                for (JsonNode v : axis.getValue()) {
                    Map<String, JsonNode> q = new LinkedHashMap<>(p);
                    q.put(axis.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    private static List<String> strings(JsonNode root, String key, List<String> fallback, String source) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new Snn4jException(source + ": " + key + ": expected a non-empty list, found " + node);
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int parseInt(String text, String source) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Snn4jException(source + ": seeds: expected integers, found '" + text + "'");
        }
    }
}
