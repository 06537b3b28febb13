/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.data.DatasetId;
import dev.snn4j.Json;
import dev.snn4j.cli.CliRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point clouds through the command line: info, a three-sided preview, and --skip-bad-files. */
class PointCliTest {

    @Test
    void modelNetMeshesInfoPreviewAndBadFiles(@TempDir Path dir) throws Exception {
        Path data = PointFixtures.offTree(dir.resolve("ModelNet10"), DatasetId.MODELNET10.classNames(), 2, 1);
        CliRun info = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64", "--json");
        assertEquals(0, info.code(), info.err());
        JsonNode j = Json.mapper().readTree(info.out());
        assertEquals(20, j.get("train_samples").asInt());
        assertEquals(10, j.get("test_samples").asInt());
        assertEquals(64, j.get("sample_shape").get(0).asInt());

        Path png = dir.resolve("cloud.png");
        CliRun preview = run("data", "preview", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64",
                "--index", "1", "--out", png.toString());
        assertEquals(0, preview.code(), preview.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 2 * image.getHeight(), "three panels side by side: " + image.getWidth() + "x" + image.getHeight());

        Path broken = data.resolve("sofa/train/sofa_0002.off");
        Files.writeString(broken, "OFF\n3 1 0\n0 0 0\n");
        CliRun strict = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64");
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("sofa_0002.off"), strict.err());
        CliRun lenient = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64",
                "--skip-bad-files", "--json");
        assertEquals(0, lenient.code(), lenient.err());
        JsonNode k = Json.mapper().readTree(lenient.out());
        assertEquals(19, k.get("train_samples").asInt(), "the broken file is left out");
        assertTrue(k.get("warnings").toString().contains("sofa_0002.off"), k.toString());
    }
}
