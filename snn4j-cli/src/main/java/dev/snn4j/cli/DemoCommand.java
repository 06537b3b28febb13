/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import picocli.CommandLine.Mixin;
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
        defaultValueProvider = DemoCommand.Defaults.class,
        description = {
            "Train a model with and without TRT from the same seed and compare them.",
            "Default: cnn3 on Fashion-MNIST. With --dataset nfmnist or shapes-dvs (generated event data) the model is "
                    + "dvs-cnn; with shapes3d (generated point clouds) it is pointnet, trained with Adam at 0.001."
        })
final class DemoCommand implements Callable<Integer> {

    /** The demo's budget: 2 epochs on 10,000 training and 2,000 test samples, no augmentation of images. */
    static final TrainConfig DEMO = TrainConfig.defaults().toBuilder()
            .data(d -> d.trainLimit(10_000).testLimit(2_000))
            .run(r -> r.epochs(2))
            .build();

    /** The demo's defaults, as help shows them. */
    static final class Defaults implements CommandLine.IDefaultValueProvider {
        private final ConfigDefaults defaults = new ConfigDefaults(DEMO);

        @Override
        public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
            return defaults.defaultValue(argSpec);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFlags data;

    @Mixin
    ModelFlags model;

    @Mixin
    RunFlags run;

    @Mixin
    OptimizerFlags optimizer;

    @Mixin
    NeuronFlags neuron;

    @Mixin
    TrtFlags trt;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the two run folders (default: runs/<date>-demo).")
    Path out;

    @Option(names = "--json", description = "Print the comparison as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        Path root = out != null ? out : Path.of("runs", DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(LocalDateTime.now()) + "-demo");
        TrainConfig base = ConfigFlags.toConfig(spec, byDataset(), spec.commandLine().getParseResult());
        List<TrainResult> results = new ArrayList<>();
        for (TrainingMethod method : TrainingMethod.values()) {
            TrainConfig config = base.toBuilder().run(r -> r.method(method).out(root.resolve(method.cliName()).toString())).build();
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

    /**
     * The demo's settings for the chosen dataset, before the other flags given: the model (cnn3 for
     * images, dvs-cnn for event data, pointnet with Adam 0.001 for point clouds) and augmentation
     * (none for images, the dataset's own for event data and point clouds).
     */
    private TrainConfig byDataset() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        DatasetId dataset = parsed.hasMatchedOption("--dataset") ? data.dataset : DEMO.data().dataset();
        DatasetId.Kind kind = dataset.kind();
        ModelPreset preset = switch (kind) {
            case EVENTS -> ModelPreset.DVS_CNN;
            case POINTS -> ModelPreset.POINTNET;
            default -> ModelPreset.CNN3;
        };
        boolean points = kind == DatasetId.Kind.POINTS;
        return DEMO.toBuilder()
                .data(d -> d.dataset(dataset).augment(kind == DatasetId.Kind.IMAGES ? "none" : "auto"))
                .model(DEMO.model().withPreset(preset))
                .optimizer(o -> points ? o.optimizer(OptimizerKind.ADAM).lr(0.001) : o)
                .build();
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
