/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.run.RunFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TRT with the auxiliary star head (trained besides the model, never saved with it): the
 * checkpoint keeps the head, so a run stopped after an epoch resumes to exactly the uninterrupted
 * run, as every other run does.
 */
class AuxiliaryHeadResumeTest {

    @Test
    void aStoppedRunResumesWithItsHead(@TempDir Path dir) throws Exception {
        TrainConfig straight = TrainerTest.tiny(dir.resolve("straight"), "trt").with("trt_star_head", "auxiliary");
        new Trainer(straight, System.getenv(), TrainingListener.NONE).run();

        Path stopped = dir.resolve("stopped");
        TrainingListener stopAfterFirstEpoch = new TrainingListener() {
            @Override
            public void onEpochEnd(EpochMetrics metrics) {
                throw new IllegalStateException("stopped after epoch " + metrics.epoch());
            }
        };
        assertThrows(IllegalStateException.class,
                () -> new Trainer(straight.with("out", stopped.toString()), System.getenv(), stopAfterFirstEpoch).run());
        assertFalse(RunFolder.open(stopped).isFinished());
        Trainer.resume(stopped, System.getenv(), TrainingListener.NONE).run();

        assertEquals(TrainerTest.withoutTimings(RunFolder.open(dir.resolve("straight")).readMetrics()),
                TrainerTest.withoutTimings(RunFolder.open(stopped).readMetrics()), "resumed run = uninterrupted run");
    }
}
