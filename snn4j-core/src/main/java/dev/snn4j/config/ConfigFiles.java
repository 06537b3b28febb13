/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.snn4j.IoErrors;
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

    /** The largest settings file read: a config or an experiment grid is a few KB; a bigger file is refused before parsing. */
    public static final long MAX_BYTES = 256 * 1024;

    private static final ObjectMapper YAML = dev.snn4j.Json.strict(new ObjectMapper(new YAMLFactory()))
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigFiles() {}

    /**
     * Reads a settings file into a JSON tree: a regular file (FIFOs and devices are refused unread)
     * of at most {@value #MAX_BYTES} bytes, one JSON or YAML document (by extension) holding one
     * mapping without duplicate keys. Errors are one line naming the file.
     */
    public static JsonNode readTree(Path file) {
        IoErrors.requireRegularFile(file, "a settings file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read: " + IoErrors.reason(e), e);
        }
        if (size > MAX_BYTES) {
            throw new Snn4jException(String.format(Locale.ROOT, "%s: expected a settings file of at most %,d bytes, found %,d bytes",
                    file, MAX_BYTES, size));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        ObjectMapper mapper = yaml ? YAML : dev.snn4j.Json.mapper();
        try (JsonParser parser = mapper.createParser(Files.readAllBytes(file))) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode() || !node.isObject()) {
                throw new Snn4jException(file + ": expected a mapping of settings, found "
                        + (node == null || node.isMissingNode() ? "an empty file" : describe(node)));
            }
            if (parser.nextToken() != null) {
                throw new Snn4jException(file + ": expected one " + (yaml ? "YAML document" : "JSON object") + ", found more after line "
                        + parser.currentLocation().getLineNr() + (yaml ? " (a second document after ---)" : ""));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Snn4jException(file + ": cannot parse: " + dev.snn4j.Json.parseProblem(e), e);
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read: " + IoErrors.reason(e), e);
        }
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The training settings in a file; keys that are absent keep their defaults. A run folder's
     * config.json is read as a saved run's: complete, a missing key an error (see
     * {@link TrainConfig#fromSavedJson}).
     */
    public static TrainConfig readTrainConfig(Path file) {
        JsonNode node = readTree(file);
        if (node.has(SAVED_CONFIG_KEY) && node.get(SAVED_CONFIG_KEY).isObject() && node.has("provenance")) {
            return TrainConfig.fromSavedJson(node.get(SAVED_CONFIG_KEY), file.toString()); // a run folder's config.json
        }
        return TrainConfig.fromJson(node, file.toString());
    }
}
