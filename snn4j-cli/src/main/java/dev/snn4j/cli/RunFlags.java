/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.config.RunSettings} every training command shares (method and folder are each command's own). */
final class RunFlags {

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of initialisation, shuffling and augmentation (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--device", paramLabel = "DEV", description = "auto, cpu, gpu or gpu:N (default: ${DEFAULT-VALUE}).")
    String device;
}
