/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.config.TrainConfig;
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
        if (value != null && value.isObject()) { // a map flag (--neuron-params): KEY=VALUE pairs
            java.util.List<String> pairs = new java.util.ArrayList<>();
            value.fields().forEachRemaining(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
            return pairs.isEmpty() ? null : String.join(",", pairs);
        }
        return value == null || value.isNull() ? null : value.asText();
    }
}
