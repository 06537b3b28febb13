/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.config.TrainConfig;
import java.util.StringJoiner;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Supplies every config flag's default from {@link TrainConfig#defaults()}, so the defaults live in
 * one place; a command may override some (the demo's smaller budget).
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    private final ObjectNode defaults;

    ConfigDefaults() {
        this(TrainConfig.defaults());
    }

    ConfigDefaults(TrainConfig config) {
        this.defaults = config.toJson();
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        JsonNode value = defaults.get(ConfigFlags.key(option));
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) { // a map option (--neuron-params): NAME=X,NAME=X, or no default when empty
            StringJoiner entries = new StringJoiner(",");
            value.fields().forEachRemaining(e -> entries.add(e.getKey() + "=" + e.getValue().asText()));
            return entries.length() == 0 ? null : entries.toString();
        }
        return value.asText();
    }
}
