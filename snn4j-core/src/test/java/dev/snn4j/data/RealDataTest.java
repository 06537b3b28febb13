/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.OutsideTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded subset and, when installed, the real Debian files. */
class RealDataTest {

    private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

    @Test
    void embeddedSubsetLoads() {
        LoadedDataset d = MnistFormatDatasets.loadEmbeddedFashionMnist();
        assertEquals(10_000, d.train().size());
        assertEquals(2_000, d.test().size());
        assertEquals(28, d.train().height());
        assertEquals(28, d.train().width());
        assertEquals(1, d.train().channels());
        assertEquals("embedded subset (10,000 train / 2,000 test images of Fashion-MNIST)", d.source());
        for (int count : d.train().classCounts()) {
            assertTrue(count > 800, "every class is well represented in the subset: " + count);
        }
        // Fashion-MNIST's first training image is an ankle boot (label 9).
        assertEquals(9, d.train().label(0));
    }

    @Test
    void debianPackageLoadsFullSetAndSubsetIsItsPrefix() {
        OutsideTools.need("dataset-fashion-mnist", Files.isDirectory(DEBIAN), "apt-get install dataset-fashion-mnist", DEBIAN + " not found");
        long start = System.nanoTime();
        LoadedDataset d = MnistFormatDatasets.load(DatasetId.FASHION_MNIST, null, Map.of());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[data] loaded %s in %.3f s%n", d.source(), seconds);
        assertEquals(60_000, d.train().size());
        assertEquals(10_000, d.test().size());
        assertEquals("/usr/share/datasets/fashion-mnist (Debian package dataset-fashion-mnist)", d.source());
        assertArrayEquals(new int[] {6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000, 6000},
                d.train().classCounts());
        LoadedDataset sub = MnistFormatDatasets.loadEmbeddedFashionMnist();
        for (int i : new int[] {0, 1, 4_321, 9_999}) {
            assertArrayEquals(d.train().image(i), sub.train().image(i));
            assertEquals(d.train().label(i), sub.train().label(i));
        }
        assertArrayEquals(d.test().image(1_999), sub.test().image(1_999));
    }

    @Test
    void realTrainingImagesReadFast() {
        Path file = DEBIAN.resolve("train-images-idx3-ubyte.gz");
        OutsideTools.need("dataset-fashion-mnist", Files.exists(file), "apt-get install dataset-fashion-mnist", file + " not found");
        IdxReader.readImages(file); // warm up the JIT and the page cache
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            IdxImages images = IdxReader.readImages(file);
            best = Math.min(best, System.nanoTime() - start);
            assertEquals(60_000, images.count());
        }
        System.out.printf("[data] IdxReader.readImages(%s): best of 3 = %.0f ms%n", file, best / 1e6);
        assertTrue(best < 2_000_000_000L, "reading 60,000 images took " + best / 1e6 + " ms");
    }
}
