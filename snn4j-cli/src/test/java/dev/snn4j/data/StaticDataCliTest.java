/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data info}, {@code data preview} and {@code train} on the static datasets, through the command line. */
class StaticDataCliTest {

    @Test
    void cifar10InfoPreviewAndTraining(@TempDir Path dir) throws Exception {
        Path data = CifarDatasetsTest.cifar10(dir.resolve("cifar-10-batches-bin"), 8);
        CliRun info = run("data", "info", "--dataset", "cifar10", "--data", data.toString(), "--json");
        assertEquals(0, info.code(), info.err());
        JsonNode j = Json.mapper().readTree(info.out());
        assertEquals(40, j.get("train_samples").asInt());
        assertEquals(8, j.get("test_samples").asInt());
        assertEquals(10, j.get("classes").size());
        assertEquals("airplane", j.get("classes").get(0).asText());

        Path png = dir.resolve("p.png");
        CliRun preview = run("data", "preview", "--dataset", "cifar10", "--data", data.toString(), "--index", "3", "--out", png.toString());
        assertEquals(0, preview.code(), preview.err());
        assertEquals(32 * 8, ImageIO.read(png.toFile()).getWidth(), "one 32x32 image, 8x enlarged");

        CliRun train = run("train", "--dataset", "cifar10", "--data", data.toString(), "--model", "vgg11", "--epochs", "1",
                "--timesteps", "1", "--batch-size", "8", "--train-limit", "16", "--method", "trt", "--out", dir.resolve("run").toString(), "--json");
        assertEquals(0, train.code(), train.err());
        assertTrue(Double.isFinite(Json.mapper().readTree(train.out()).get("test_accuracy").asDouble()));
    }

    @Test
    void corruptCifarIsOneLine(@TempDir Path dir) throws Exception {
        Path data = CifarDatasetsTest.cifar10(dir.resolve("c"), 2);
        Files.write(data.resolve("test_batch.bin"), new byte[100]);
        CliRun info = run("data", "info", "--dataset", "cifar10", "--data", data.toString());
        assertEquals(1, info.code());
        assertEquals(1, info.err().strip().lines().count(), info.err());
        assertTrue(info.err().contains("test_batch.bin"), info.err());
    }
}
