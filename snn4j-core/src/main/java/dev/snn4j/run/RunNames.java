/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Default run folder names: {@code runs/<date>-<dataset>-<model>-<method>}. */
public final class RunNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private RunNames() {}

    public static Path defaultDir(TrainConfig config) {
        String base = STAMP.format(LocalDateTime.now()) + "-" + config.data().dataset().cliName() + "-"
                + config.model().preset().cliName() + "-" + config.run().method().cliName();
        Path dir = Path.of("runs", base);
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of("runs", base + "-" + i);
        }
        return dir;
    }
}
