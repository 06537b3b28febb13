/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.TrainConfig;
import dev.snn4j.train.Trainer;
import dev.snn4j.train.TrainerTest;
import dev.snn4j.train.TrainingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preset that does not suit the data fails in one line before anything is written. */
class PresetMismatchTest {

    @Test
    void resnet19OnFashionMnistIsRefusedWithoutARunFolder(@TempDir Path dir) {
        Path out = dir.resolve("run");
        TrainConfig config = TrainerTest.tiny(out, "baseline").with("model", "resnet19");
        Snn4jException e = assertThrows(Snn4jException.class,
                () -> new Trainer(config, System.getenv(), TrainingListener.NONE).run());
        assertEquals("model resnet19: expected input [3, H, W] with H, W >= 8, found [1, 28, 28]", e.getMessage());
        assertFalse(Files.exists(out));
    }
}
