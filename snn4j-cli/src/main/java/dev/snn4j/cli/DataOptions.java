/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.config.TrainConfig;
import picocli.CommandLine.Option;

/** The dataset flags shared by {@code data info} and {@code data preview}. */
final class DataOptions {

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "The dataset.")
    DatasetId dataset;

    @Option(names = "--data", paramLabel = "DIR", description = "Dataset folder (default: the usual search).")
    String data;

    @Option(names = "--data-seed", paramLabel = "N", defaultValue = "0", description = "Seed of generated datasets and snn4j's splits (default: ${DEFAULT-VALUE}).")
    int dataSeed;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T", defaultValue = "10", description = "Event frames per sample (default: ${DEFAULT-VALUE}).")
    int timesteps;

    @Option(names = "--frame-split", paramLabel = "MODE", defaultValue = "number", description = "number or time (default: ${DEFAULT-VALUE}).")
    FrameSplit frameSplit;

    @Option(names = "--frame-size", paramLabel = "N", defaultValue = "0", description = "N x N frames; 0 = the dataset's default (default: ${DEFAULT-VALUE}).")
    int frameSize;

    @Option(names = "--image-size", paramLabel = "N", defaultValue = "224", description = "Image folders: N x N images (default: ${DEFAULT-VALUE}).")
    int imageSize;

    @Option(names = "--points", paramLabel = "N", defaultValue = "1024", description = "Point clouds: points per cloud (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--skip-bad-files", description = "Leave out unreadable files (each listed) instead of stopping.")
    boolean skipBadFiles;

    /** A training config holding these dataset settings (the rest at their defaults). */
    TrainConfig config() {
        TrainConfig defaults = TrainConfig.defaults();
        return defaults.toBuilder()
                .data(d -> d.dataset(dataset).data(data).dataSeed(dataSeed).frameSplit(frameSplit).frameSize(frameSize)
                        .imageSize(imageSize).points(points).skipBadFiles(skipBadFiles).augment("none"))
                .model(defaults.model().withTimesteps(timesteps))
                .build();
    }
}
