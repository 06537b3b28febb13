/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import static dev.snn4j.InvalidSettingException.require;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.snn4j.model.ModelPreset;

/**
 * The architecture and its number of time steps.
 *
 * @param preset the model preset (key {@code model})
 * @param timesteps T: time steps of direct encoding, or the number of frames of event data
 */
public record ModelSettings(@JsonProperty("model") ModelPreset preset, int timesteps) {

    /** {@code cnn3}, T = 4. */
    public static final ModelSettings DEFAULTS = new ModelSettings(ModelPreset.CNN3, 4);

    public ModelSettings {
        require(preset != null, "model", "a model name", "none");
        require(timesteps >= 1, "timesteps", "an integer >= 1", timesteps);
    }

    public ModelSettings withPreset(ModelPreset value) {
        return new ModelSettings(value, timesteps);
    }

    public ModelSettings withTimesteps(int value) {
        return new ModelSettings(preset, value);
    }
}
