/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.trt.ConsistencyMode;
import dev.snn4j.trt.ReversalPoint;
import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.trt.TrtSettings} (keys {@code trt_*}). */
final class TrtFlags {

    @Option(names = "--trt-reverse", paramLabel = "MODE", completionCandidates = EnumNames.Reversals.class,
            description = "Where TRT reverses time: ${COMPLETION-CANDIDATES} (auto: feature for static data, input for event frames) (default: ${DEFAULT-VALUE}).")
    ReversalPoint trtReverse;

    @Option(names = "--trt-reverse-at", paramLabel = "K", description = "Feature reversal: after the K-th spiking layer (default: ${DEFAULT-VALUE}, the stem's).")
    int trtReverseAt;

    @Option(names = "--trt-alpha", paramLabel = "X", description = "Weight of the KL consistency term (default: ${DEFAULT-VALUE}).")
    double trtAlpha;

    @Option(names = "--trt-beta", paramLabel = "X", description = "Weight of the star-operation CE term (default: ${DEFAULT-VALUE}).")
    double trtBeta;

    @Option(names = "--trt-temperature", paramLabel = "X", description = "Softmax temperature of the KL term (default: ${DEFAULT-VALUE}).")
    double trtTemperature;

    @Option(names = "--trt-reversed-ce", paramLabel = "X", description = "Weight of the reversed path's CE term (default: ${DEFAULT-VALUE}).")
    double trtReversedCe;

    @Option(names = "--trt-consistency", paramLabel = "MODE", completionCandidates = EnumNames.Consistencies.class,
            description = "${COMPLETION-CANDIDATES}: the original output is the KL target, or the KL of both directions (default: ${DEFAULT-VALUE}).")
    ConsistencyMode trtConsistency;

    @Option(names = "--trt-star-at", paramLabel = "WHERE", completionCandidates = EnumNames.StarProducts.class,
            description = "Star product of ${COMPLETION-CANDIDATES}: the pooled rates r ⊙ r̂, or per time step before the mean over T (default: ${DEFAULT-VALUE}).")
    dev.snn4j.trt.StarProduct trtStarAt;

    @Option(names = "--trt-star-head", paramLabel = "HEAD", completionCandidates = EnumNames.StarHeads.class,
            description = "Head classifying the star hybrid, ${COMPLETION-CANDIDATES}: the model's, or one used in training only (default: ${DEFAULT-VALUE}).")
    dev.snn4j.trt.StarHead trtStarHead;

    @Option(names = "--trt-star-scale", paramLabel = "FORM", completionCandidates = EnumNames.StarScales.class,
            description = "Star hybrid as ${COMPLETION-CANDIDATES}: r ⊙ r̂, its square root, or rescaled to r's per-sample mean (default: ${DEFAULT-VALUE}).")
    dev.snn4j.trt.StarScale trtStarScale;
}
