/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.Json;
import dev.snn4j.config.ConfigFiles;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.Trainer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import dev.snn4j.config.TrainingMethod;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code snn4j train}: one training run into a run folder. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        defaultValueProvider = ConfigDefaults.class,
        description = "Train a spiking network, with or without TRT, and record it in a run folder.")
final class TrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFlags data;

    @Mixin
    ModelFlags model;

    @Option(names = "--method", paramLabel = "NAME", completionCandidates = EnumNames.Methods.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TrainingMethod method;

    @Mixin
    RunFlags run;

    @Mixin
    OptimizerFlags optimizer;

    @Mixin
    NeuronFlags neuron;

    @Mixin
    TrtFlags trt;

    @Option(names = "--out", paramLabel = "DIR", description = "Run folder (default: runs/<date>-<dataset>-<model>-<method>).")
    String out;

    @Option(names = "--json", description = "Print the final results as one JSON object on stdout.")
    boolean json;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (JSON or YAML, the flags' names in snake_case, or a run's config.json); flags given on the command line override it.")
    Path configFile;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the unfinished (killed) run in DIR after its last finished epoch, with its own settings.")
    Path resume;

    @Option(names = "--skip-memory-check",
            description = "Train even when one step's estimated memory (T x batch x the model's activations) exceeds the memory available.")
    boolean skipMemoryCheck;

    @Override
    public Integer call() {
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "");
        TrainResult result;
        try {
            Trainer trainer = trainer(progress);
            result = (skipMemoryCheck ? trainer.withoutMemoryCheck() : trainer).run();
        } finally {
            progress.close();
        }
        if (json) {
            spec.commandLine().getOut().print(Json.write(result.toFinalJson()));
        } else {
            spec.commandLine().getOut().printf(
                    Locale.ROOT, "test accuracy %.2f%%, ASFR %.4f, %.1f s per epoch; run folder %s%n",
                    100 * result.testAccuracy(), result.asfr(), result.secondsPerEpoch(), result.runDir());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Trainer trainer(ConsoleProgress progress) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<String> given = ConfigFlags.givenSettings(spec, parsed);
        if (resume != null) {
            if (configFile != null || !given.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--resume: expected no other settings (the run's config.json has them), found "
                                + (configFile != null ? "--config" : String.join(", ", given)));
            }
            return Trainer.resume(resume, System.getenv(), progress);
        }
        TrainConfig base = configFile == null ? null : ConfigFiles.readTrainConfig(configFile);
        return new Trainer(ConfigFlags.toConfig(spec, base, parsed), System.getenv(), progress);
    }
}
