/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads settings files: JSON or YAML (by extension) with {@link TrainConfig}'s keys, or a run
 * folder's config.json, whose {@code config} object is used, to repeat a run.
 */
public final class ConfigFiles {

    /** The key of the settings object in a run folder's config.json. */
    public static final String SAVED_CONFIG_KEY = "config";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigFiles() {}

    /** Reads a file into a JSON tree; errors name the file. */
    public static JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Snn4jException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : dev.snn4j.Json.mapper();
            JsonNode node = mapper.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new Snn4jException(file + ": expected a mapping of settings, found " + (node == null ? "an empty file" : node.getNodeType()));
            }
            return node;
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new Snn4jException(file + ": cannot parse: " + message, e);
        }
    }

    /** The training settings in a file; keys that are absent keep their defaults. */
    public static TrainConfig readTrainConfig(Path file) {
        JsonNode node = readTree(file);
        if (node.has(SAVED_CONFIG_KEY) && node.get(SAVED_CONFIG_KEY).isObject() && node.has("provenance")) {
            node = node.get(SAVED_CONFIG_KEY); // a run folder's config.json
        }
        return TrainConfig.fromJson(node, file.toString());
    }
}
