/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.model.ModelPreset;
import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.config.ModelSettings}: the architecture and T. */
final class ModelFlags {

    @Option(names = "--model", paramLabel = "NAME", completionCandidates = EnumNames.Models.class,
            description = "Model preset: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; ./snn4j models describes them).")
    ModelPreset model;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T", description = "Time steps T; event data: frames per sample (default: ${DEFAULT-VALUE}).")
    int timesteps;
}
