/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.config.TrainingMethod;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.Trainer;
import dev.snn4j.train.TrainingListener;
import java.nio.file.Path;

/**
 * A preset on a built-in dataset, through the same settings the command line takes: cnn3 with TRT
 * on Fashion-MNIST, into a run folder that {@code ./snn4j eval} and {@code ./snn4j report} read.
 */
public final class PresetOnFashionMnist {

    private PresetOnFashionMnist() {}

    /** Trains and returns the result; {@code trainImages} and {@code testImages} bound the run's size. */
    public static TrainResult run(Path runFolder, int trainImages, int testImages, int epochs) {
        TrainConfig config = TrainConfig.defaults().toBuilder()
                .data(d -> d.trainLimit(trainImages).testLimit(testImages))
                .run(r -> r.method(TrainingMethod.TRT).epochs(epochs).batchSize(32).out(runFolder.toString()))
                .build();
        return new Trainer(config, System.getenv(), TrainingListener.NONE).run();
    }

    /** Arguments: run folder (default runs/example-cnn3-trt), training images (2,000), test images (500), epochs (1). */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-cnn3-trt");
        int train = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int test = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        TrainResult result = run(dir, train, test, epochs);
        System.out.printf("cnn3 + TRT: test accuracy %.2f%%, ASFR %.4f; run folder %s%n", 100 * result.testAccuracy(),
                result.asfr(), result.runDir());
    }
}
