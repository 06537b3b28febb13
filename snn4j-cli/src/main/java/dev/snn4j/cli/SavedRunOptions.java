/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.config.PreparedData;
import dev.snn4j.run.SavedRun;
import dev.snn4j.config.TrainConfig;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The flags of commands that reload a run and go over its test set ({@code eval}, {@code attack}). */
final class SavedRunOptions {

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder.")
    Path run;

    @Option(names = "--data", paramLabel = "DIR", description = "Dataset folder, if not where the run found it.")
    String data;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    int batchSize = 64;

    Integer testLimit;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    void setBatchSize(int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--batch-size: expected an integer >= 1, found " + value);
        }
        batchSize = value;
    }

    @Option(names = "--test-limit", paramLabel = "N", description = "Use the first N test samples (default: as in the run).")
    void setTestLimit(Integer value) {
        if (value != null && value < 0) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--test-limit: expected an integer >= 0 (0 = all), found "
                    + value);
        }
        testLimit = value;
    }

    @Option(names = "--skip-memory-check", defaultValue = "false", // the setter runs for every command: no earlier one's choice stays
            description = "Run even when one batch's estimated memory (T x batch x the model's activations) exceeds the memory available.")
    void skipMemoryCheck(boolean skip) {
        dev.snn4j.model.MemoryEstimate.setChecking(!skip);
    }

    /** Refuses, in one line naming the flags, a batch of {@code saved}'s model that cannot fit in memory. */
    void checkMemory(SavedRun saved, boolean training) {
        dev.snn4j.model.MemoryEstimate.check(saved.network().cost(), saved.network().spec().timesteps(), batchSize, training);
    }

    /** The run's config with {@code --data} and {@code --test-limit} applied. */
    TrainConfig config(SavedRun saved) {
        TrainConfig config = saved.config();
        return config.toBuilder()
                .data(d -> d.data(data != null ? data : config.data().data())
                        .testLimit(testLimit != null ? testLimit : config.data().testLimit()))
                .build();
    }

    /** The data of {@link #config}. */
    PreparedData data(TrainConfig config) {
        return PreparedData.load(config, System.getenv());
    }

    /** Batches needed for the test set. */
    int batches(PreparedData prepared) {
        return (prepared.test().size() + batchSize - 1) / batchSize;
    }
}
