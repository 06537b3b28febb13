/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.train.optim.OptimizerKind;
import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.config.OptimizerSettings}. */
final class OptimizerFlags {

    @Option(names = "--optimizer", paramLabel = "NAME", completionCandidates = EnumNames.Optimizers.class,
            description = "${COMPLETION-CANDIDATES}: SGD with momentum (no Nesterov), Adam or AdamW (default: ${DEFAULT-VALUE}).")
    OptimizerKind optimizer;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--momentum", paramLabel = "X", description = "SGD momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", paramLabel = "X", description = "Weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--lr-schedule", paramLabel = "NAME", completionCandidates = EnumNames.Schedules.class,
            description = "${COMPLETION-CANDIDATES}: cosine to 0 over every step, the same curve stepped once per epoch (as PyTorch recipes that step CosineAnnealingLR each epoch), or constant (default: ${DEFAULT-VALUE}).")
    LrSchedule lrSchedule;
}
