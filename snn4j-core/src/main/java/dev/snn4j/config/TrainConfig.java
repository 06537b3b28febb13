/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.trt.ReversalPoint;
import dev.snn4j.trt.TrtSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every setting of a training run, in six groups, and the single source of truth for them: the
 * {@code train} command's flags are these settings (flag {@code --batch-size} is key
 * {@code batch_size}), config files and a run folder's {@code config.json} hold them as one flat
 * object with those keys (the groups are unwrapped; TRT's keys carry the prefix {@code trt_}), and
 * code builds them with typed builders:
 *
 * <pre>{@code
 * TrainConfig config = TrainConfig.defaults().toBuilder()
 *         .data(d -> d.dataset(DatasetId.NFMNIST).trainLimit(500))
 *         .run(r -> r.method(TrainingMethod.TRT).epochs(2))
 *         .build();
 * }</pre>
 *
 * Code-built and file-built configs pass the same checks, and each error names the key:
 * "epochs: expected an integer >= 1, found 0".
 *
 * @param data which data and how it is prepared
 * @param model the architecture and T
 * @param neuron the neuron injected into every spiking layer
 * @param optimizer optimiser and learning-rate schedule
 * @param trt TRT's settings (used only by the trt method, recorded always)
 * @param run method, epochs, batch, seed, device, folder
 */
public record TrainConfig(
        @JsonUnwrapped @JsonProperty(GROUP + "data") DataSettings data,
        @JsonUnwrapped @JsonProperty(GROUP + "model") ModelSettings model,
        @JsonUnwrapped @JsonProperty(GROUP + "run") RunSettings run,
        @JsonUnwrapped @JsonProperty(GROUP + "optimizer") OptimizerSettings optimizer,
        @JsonUnwrapped @JsonProperty(GROUP + "neuron") NeuronSettings neuron,
        @JsonUnwrapped(prefix = "trt_") @JsonProperty(GROUP + "trt") TrtSettings trt) {

    /**
     * The groups' own names in Jackson's view, never written (the groups are unwrapped): distinct from
     * every key, since keys such as {@code model} and {@code data} name settings inside the groups.
     */
    private static final String GROUP = "group:";

    private static final TrainConfig DEFAULTS = new TrainConfig(DataSettings.DEFAULTS, ModelSettings.DEFAULTS,
            RunSettings.DEFAULTS, OptimizerSettings.DEFAULTS, NeuronSettings.DEFAULTS, TrtSettings.DEFAULTS);

    /** Every key of a config file, in {@code config.json}'s order. */
    private static final List<String> KEYS = keysOf(DEFAULTS);

    /**
     * Keys that run folders of earlier snn4j versions do not record, with the value those versions
     * used (not today's default) as a function of the rest of the saved config.
     */
    private static final Map<String, UnaryOperator<ObjectNode>> ADDED_LATER = Map.ofEntries(
            // --normalize arrived after runs had been trained with the dataset's mean and std
            Map.entry("normalize", saved -> saved.put("normalize", imageDataset(saved) ? "dataset" : "auto")),
            // neuron types with parameters of their own (QIF, EIF) came after IF, LIF and PLIF, which have none
            Map.entry("neuron_params", saved -> {
                saved.putObject("neuron_params");
                return saved;
            }),
            // the star operation's readings came later; earlier runs used r ⊙ r̂ of the rates, shared head
            Map.entry("trt_star_at", saved -> saved.put("trt_star_at", "rates")),
            Map.entry("trt_star_head", saved -> saved.put("trt_star_head", "shared")),
            Map.entry("trt_star_scale", saved -> saved.put("trt_star_scale", "product")),
            // TET and the generalisation gap came later: earlier runs used CE and did not measure the gap
            Map.entry("loss", saved -> saved.put("loss", "ce")),
            Map.entry("tet_lambda", saved -> saved.put("tet_lambda", 0.0)),
            Map.entry("tet_phi", saved -> saved.put("tet_phi", 1.0)),
            Map.entry("train_eval_samples", saved -> saved.put("train_eval_samples", 0)),
            Map.entry("train_eval_every_epoch", saved -> saved.put("train_eval_every_epoch", false)));

    public TrainConfig {
        require(data != null, "data", "data settings", "none");
        require(model != null, "model", "model settings", "none");
        require(run != null, "run", "run settings", "none");
        require(optimizer != null, "optimizer", "optimiser settings", "none");
        require(neuron != null, "neuron", "neuron settings", "none");
        require(trt != null, "trt", "TRT settings", "none");
        if (run.method() == TrainingMethod.TRT) {
            require(trt.reverse() != ReversalPoint.INPUT || data.dataset().isTemporal(), "trt_reverse",
                    "feature or auto for " + data.dataset().cliName() + " (static data: the stem's spike sequence is "
                            + "reversed; input reversal needs event frames)", "input");
        }
    }

    /** The defaults: cnn3 on Fashion-MNIST, T = 4, 3 epochs, SGD 0.1 with momentum 0.9, cosine. */
    public static TrainConfig defaults() {
        return DEFAULTS;
    }

    /** Every key of a config file (the flat form of the six groups), in {@code config.json}'s order. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The neuron injected into every spiking layer of the model. */
    public NeuronSpec neuronSpec() {
        return neuron.toSpec();
    }

    /** What this config asks of its dataset. */
    public DatasetRequest datasetRequest(Map<String, String> env) {
        return new DatasetRequest(data.dataset(), data.data() == null ? null : Path.of(data.data()), env,
                data.augmentations(), model.timesteps(), run.seed(), data.frameOptions(), data.eventDataOptions(),
                data.staticDataOptions());
    }

    /** This config as one flat JSON object with snake_case keys (the file format). */
    public ObjectNode toJson() {
        return Json.mapper().valueToTree(this);
    }

    /**
     * Reads settings from a JSON object of keys (a config file, or flags): keys that are absent keep
     * their defaults; an unknown key is an error naming the valid ones.
     */
    public static TrainConfig fromJson(JsonNode node, String source) {
        ObjectNode given = object(node, source);
        ObjectNode merged = DEFAULTS.toJson();
        given.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        return Json.convert(merged, TrainConfig.class, source);
    }

    /**
     * Reads the config a run folder recorded: complete by construction, so a missing key is an
     * error, except keys added by a later version, which take the value earlier versions used (see
     * {@code ADDED_LATER}: {@code normalize} is {@code dataset} for image datasets, {@code neuron_params} empty).
     */
    public static TrainConfig fromSavedJson(JsonNode node, String source) {
        ObjectNode saved = object(node, source).deepCopy();
        for (String key : KEYS) {
            if (!saved.has(key)) {
                UnaryOperator<ObjectNode> earlier = ADDED_LATER.get(key);
                if (earlier == null) {
                    throw new Snn4jException(prefix(source) + "expected the setting '" + key
                            + "' in a saved run's config, found none (the file was edited or is damaged)");
                }
                earlier.apply(saved);
            }
        }
        return Json.convert(saved, TrainConfig.class, source);
    }

    private static ObjectNode object(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new Snn4jException(prefix(source) + "expected a JSON object of settings, found "
                    + (node == null ? "none" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new Snn4jException(prefix(source) + "unknown key '" + unknown.get(0) + "' (expected one of "
                    + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        return (ObjectNode) node;
    }

    private static String prefix(String source) {
        return source == null || source.isEmpty() ? "" : source + ": ";
    }

    private static boolean imageDataset(ObjectNode saved) {
        try {
            return dev.snn4j.data.DatasetId.parse(saved.path("dataset").asText()).kind() == dev.snn4j.data.DatasetId.Kind.IMAGES;
        } catch (Snn4jException e) {
            return true; // the dataset's own error is reported when the config is read
        }
    }

    private static List<String> keysOf(TrainConfig config) {
        List<String> keys = new ArrayList<>();
        config.toJson().fieldNames().forEachRemaining(keys::add);
        return List.copyOf(keys);
    }

    /**
     * A copy with one setting changed by its key ({@code "method"}, {@code "trt_alpha"}): how an
     * experiment grid sweeps settings. Code should use {@link #toBuilder()}.
     */
    public TrainConfig with(String key, Object value) {
        ObjectNode node = toJson();
        if (!node.has(key)) {
            throw new Snn4jException("unknown setting '" + key + "'");
        }
        node.set(key, Json.mapper().valueToTree(value));
        return Json.convert(node, TrainConfig.class, null);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link TrainConfig} group by group; {@link #build()} checks the whole. */
    public static final class Builder {
        private DataSettings.Builder data;
        private ModelSettings model;
        private RunSettings.Builder run;
        private OptimizerSettings.Builder optimizer;
        private NeuronSettings neuron;
        private TrtSettings.Builder trt;

        private Builder(TrainConfig c) {
            data = c.data.toBuilder();
            model = c.model;
            run = c.run.toBuilder();
            optimizer = c.optimizer.toBuilder();
            neuron = c.neuron;
            trt = c.trt.toBuilder();
        }

        public Builder data(UnaryOperator<DataSettings.Builder> change) {
            data = change.apply(data);
            return this;
        }

        public Builder data(DataSettings settings) {
            data = settings.toBuilder();
            return this;
        }

        public Builder model(ModelSettings settings) {
            model = settings;
            return this;
        }

        public Builder run(UnaryOperator<RunSettings.Builder> change) {
            run = change.apply(run);
            return this;
        }

        public Builder optimizer(UnaryOperator<OptimizerSettings.Builder> change) {
            optimizer = change.apply(optimizer);
            return this;
        }

        public Builder neuron(NeuronSettings settings) {
            neuron = settings;
            return this;
        }

        public Builder trt(UnaryOperator<TrtSettings.Builder> change) {
            trt = change.apply(trt);
            return this;
        }

        public TrainConfig build() {
            return new TrainConfig(data.build(), model, run.build(), optimizer.build(), neuron, trt.build());
        }
    }

    /** The training augmentations, {@code auto} resolved for the dataset. */
    public Set<dev.snn4j.data.Augmentation> augmentations() {
        return data.augmentations();
    }
}
