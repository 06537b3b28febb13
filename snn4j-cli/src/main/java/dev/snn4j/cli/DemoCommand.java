/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.data.DatasetId;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.config.TrainingMethod;
import dev.snn4j.train.optim.OptimizerKind;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.Trainer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code snn4j demo}: baseline and TRT from the same seed on Fashion-MNIST with a budget that ends
 * in a few minutes on two cores, then a side-by-side table.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Train a model with and without TRT from the same seed and compare them.",
            "Default: cnn3 on Fashion-MNIST. With --dataset nfmnist or shapes-dvs (generated event data) the model is "
                    + "dvs-cnn; with shapes3d (generated point clouds) it is pointnet, trained with Adam at 0.001."
        })
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "fashion-mnist", description = "The dataset (default: ${DEFAULT-VALUE}).")
    DatasetId dataset;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (default: cnn3 for images, dvs-cnn for event data, pointnet for point clouds).")
    ModelPreset model;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "2", description = "Epochs per method (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--train-limit", paramLabel = "N", defaultValue = "10000", description = "Training samples (default: ${DEFAULT-VALUE}).")
    int trainLimit;

    @Option(names = "--test-limit", paramLabel = "N", defaultValue = "2000", description = "Test samples (default: ${DEFAULT-VALUE}).")
    int testLimit;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T", defaultValue = "4", description = "Time steps (default: ${DEFAULT-VALUE}).")
    int timesteps;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "64", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Seed shared by both runs (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--data", paramLabel = "DIR", description = "Dataset folder (default: the usual search).")
    String data;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the two run folders (default: runs/<date>-demo).")
    Path out;

    @Option(names = "--json", description = "Print the comparison as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Path root = out != null ? out : Path.of("runs", DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(LocalDateTime.now()) + "-demo");
        ModelPreset chosen = model != null ? model : switch (dataset.kind()) {
            case EVENTS -> ModelPreset.DVS_CNN;
            case POINTS -> ModelPreset.POINTNET;
            default -> ModelPreset.CNN3;
        };
        boolean points = dataset.kind() == DatasetId.Kind.POINTS;
        TrainConfig base = TrainCommand.usageChecked(spec, () -> TrainConfig.defaults()
                .with("dataset", dataset)
                .with("model", chosen)
                .with("optimizer", points ? OptimizerKind.ADAM : OptimizerKind.SGD)
                .with("lr", points ? 0.001 : 0.1)
                .with("epochs", epochs)
                .with("train_limit", trainLimit)
                .with("test_limit", testLimit)
                .with("timesteps", timesteps)
                .with("batch_size", batchSize)
                .with("seed", seed)
                .with("augment", dataset.kind() == DatasetId.Kind.EVENTS ? "auto" : "none")
                .with("data", data));
        List<TrainResult> results = new ArrayList<>();
        for (TrainingMethod method : TrainingMethod.values()) {
            TrainConfig config = base.with("method", method).with("out", root.resolve(method.cliName()).toString());
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), method.cliName());
            try {
                results.add(new Trainer(config, System.getenv(), progress).run());
            } finally {
                progress.close();
            }
        }
        print(results.get(0), results.get(1));
        return 0;
    }

    private void print(TrainResult baseline, TrainResult trt) {
        var out = spec.commandLine().getOut();
        double ratio = trt.secondsPerEpoch() / baseline.secondsPerEpoch();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.set("baseline", baseline.toFinalJson());
            node.set("trt", trt.toFinalJson());
            node.put("trt_time_ratio", ratio);
            node.put("accuracy_difference", trt.testAccuracy() - baseline.testAccuracy());
            out.print(Json.write(node));
        } else {
            out.printf(Locale.ROOT, "%-9s %14s %8s %14s%n", "method", "test accuracy", "ASFR", "s per epoch");
            for (TrainResult r : List.of(baseline, trt)) {
                out.printf(Locale.ROOT, "%-9s %13.2f%% %8.4f %14.1f%n", r.method(), 100 * r.testAccuracy(), r.asfr(), r.secondsPerEpoch());
            }
            out.printf(Locale.ROOT, "TRT / baseline training time: %.2fx%n", ratio);
            out.printf(Locale.ROOT, "run folders: %s, %s%n", baseline.runDir(), trt.runDir());
        }
        out.flush();
    }
}
