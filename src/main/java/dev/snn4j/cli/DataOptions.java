package dev.snn4j.cli;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.train.TrainConfig;
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

    /** A training config holding these dataset settings (the rest at their defaults). */
    TrainConfig config() {
        return TrainConfig.defaults()
                .with("dataset", dataset)
                .with("data", data)
                .with("data_seed", dataSeed)
                .with("timesteps", timesteps)
                .with("frame_split", frameSplit)
                .with("frame_size", frameSize)
                .with("augment", "none");
    }
}
