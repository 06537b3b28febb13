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

    @Option(names = "--loss", paramLabel = "LOSS", completionCandidates = EnumNames.OutputLosses.class,
            description = "Classification loss, ${COMPLETION-CANDIDATES}: CE of the mean output, or TET's CE of every step's output (default: ${DEFAULT-VALUE}).")
    dev.snn4j.trt.OutputLoss loss;

    @Option(names = "--tet-lambda", paramLabel = "X", description = "TET: weight of the MSE regulariser, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double tetLambda;

    @Option(names = "--tet-phi", paramLabel = "X", description = "TET: the constant the MSE regulariser pulls every step's output to (default: ${DEFAULT-VALUE}).")
    double tetPhi;

    @Option(names = "--train-eval-samples", paramLabel = "N", description = "Generalisation gap: accuracy and loss on the first N training samples, evaluation mode, no augmentation; 0 = off (default: ${DEFAULT-VALUE}).")
    int trainEvalSamples;

    @Option(names = "--train-eval-every-epoch", description = "Measure the generalisation gap after every epoch, not only after the last.")
    boolean trainEvalEveryEpoch;
}
