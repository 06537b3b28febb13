/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import picocli.CommandLine.Option;

/** The flags of {@link dev.snn4j.config.DataSettings}: which data, and how it is prepared. */
final class DataFlags {

    @Option(names = "--dataset", paramLabel = "NAME", completionCandidates = EnumNames.Datasets.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DatasetId dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder with the dataset files (default: search $SNN4J_DATA, the Debian package, the embedded subset).")
    String data;

    @Option(names = "--augment", paramLabel = "LIST", description = "Training augmentation: auto (crop,flip for images; translate, plus flip where it keeps labels, for events; rotate,scale,translate,jitter for points), none, or a list of crop, flip, cutout, translate, time_reverse, rotate, scale, jitter (default: ${DEFAULT-VALUE}).")
    String augment;

    @Option(names = "--train-limit", paramLabel = "N", description = "Use only the first N training samples; 0 = all (default: ${DEFAULT-VALUE}).")
    int trainLimit;

    @Option(names = "--test-limit", paramLabel = "N", description = "Evaluate on the first N test samples; 0 = all (default: ${DEFAULT-VALUE}).")
    int testLimit;

    @Option(names = "--data-seed", paramLabel = "N", description = "Seed of generated datasets and of the 90/10 splits snn4j makes (default: ${DEFAULT-VALUE}).")
    int dataSeed;

    @Option(names = "--frame-split", paramLabel = "MODE", completionCandidates = EnumNames.FrameSplits.class,
            description = "Event frames: ${COMPLETION-CANDIDATES}: equal event counts or equal durations (default: ${DEFAULT-VALUE}).")
    FrameSplit frameSplit;

    @Option(names = "--frame-size", paramLabel = "N", description = "Event frames: N x N by summing pixels; 0 = the dataset's default (default: ${DEFAULT-VALUE}).")
    int frameSize;

    @Option(names = "--frame-clip", paramLabel = "N", description = "Event frames: clip counts at N; 0 = no clipping (default: ${DEFAULT-VALUE}).")
    int frameClip;

    @Option(names = "--frame-scale", paramLabel = "MODE", completionCandidates = EnumNames.FrameScales.class,
            description = "Event frames: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FrameScale frameScale;

    @Option(names = "--image-size", paramLabel = "N", description = "Image folders: N x N crops (default: ${DEFAULT-VALUE}).")
    int imageSize;

    @Option(names = "--points", paramLabel = "N", description = "Point clouds: points per cloud (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--skip-bad-files", description = "Leave out unreadable files (each named, and counted) instead of stopping.")
    boolean skipBadFiles;

    @Option(names = "--decode-threads", paramLabel = "N", description = "Image folders: decoding threads; 0 = one per core (default: ${DEFAULT-VALUE}).")
    int decodeThreads;

    @Option(names = "--normalize", paramLabel = "MODE", completionCandidates = EnumNames.Normalizations.class,
            description = "Images: ${COMPLETION-CANDIDATES}: dataset subtracts the training set's per-channel mean and divides by its std, none keeps pixels in [0, 1], auto is none for fashion-mnist and mnist and dataset otherwise (default: ${DEFAULT-VALUE}).")
    PixelNormalization normalize;
}
