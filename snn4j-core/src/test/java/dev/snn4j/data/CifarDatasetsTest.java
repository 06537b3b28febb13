/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.data.IdxTestFiles.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CIFAR-10/100 binary files written here, read back exactly; every kind of damage named with its offset. */
class CifarDatasetsTest {

    @TempDir
    Path tmp;

    /** Pixel value of image {@code seed}, channel c, row y, column x: recognisable everywhere. */
    static int pixel(int seed, int c, int y, int x) {
        return (seed * 31 + c * 101 + y * 7 + x * 3) & 0xFF;
    }

    /** One record: label bytes as given, then the image of {@code seed}. */
    static byte[] record(int seed, int... labels) {
        byte[] r = new byte[labels.length + CifarDatasets.IMAGE_BYTES];
        for (int i = 0; i < labels.length; i++) {
            r[i] = (byte) labels[i];
        }
        int p = labels.length;
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    r[p++] = (byte) pixel(seed, c, y, x);
                }
            }
        }
        return r;
    }

    static void writeRecords(Path file, byte[]... records) throws IOException {
        Files.createDirectories(file.getParent());
        try (var out = Files.newOutputStream(file)) {
            for (byte[] r : records) {
                out.write(r);
            }
        }
    }

    /** A CIFAR-10 folder with {@code perBatch} images in each of the six files; image k has label k % 10. */
    static Path cifar10(Path dir, int perBatch) throws IOException {
        int seed = 0;
        for (String name : List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                "data_batch_5.bin", "test_batch.bin")) {
            byte[][] records = new byte[perBatch][];
            for (int k = 0; k < perBatch; k++, seed++) {
                records[k] = record(seed, seed % 10);
            }
            writeRecords(dir.resolve(name), records);
        }
        Files.writeString(dir.resolve("batches.meta.txt"),
                String.join("\n", DatasetId.CIFAR10.classNames()) + "\n\n", StandardCharsets.UTF_8);
        return dir;
    }

    private DatasetRequest request(DatasetId id, Path data, Set<Augmentation> augment) {
        return new DatasetRequest(id, data, Map.of(), augment, 4, 0);
    }

    @Test
    void cifar10RoundTripsExactlyFromTheDistributedFolderOrItsParent() throws IOException {
        cifar10(tmp.resolve("cifar-10-batches-bin"), 3);
        for (Path data : List.of(tmp, tmp.resolve("cifar-10-batches-bin"))) {
            DatasetSplits s = Datasets.load(request(DatasetId.CIFAR10, data, Set.of()));
            assertEquals(15, s.train().size());
            assertEquals(3, s.test().size());
            assertArrayEquals(new long[] {3, 32, 32}, s.train().sampleShape());
            assertEquals(DatasetId.CIFAR10.classNames(), s.train().classNames());
            ImageDataset train = ((ImageSamples) s.train()).images();
            ImageDataset test = ((ImageSamples) s.test()).images();
            for (int i = 0; i < 15; i++) {
                assertEquals(i % 10, train.label(i));
                for (int c = 0; c < 3; c++) {
                    assertEquals(pixel(i, c, 0, 0), train.pixel(i, c, 0, 0));
                    assertEquals(pixel(i, c, 31, 17), train.pixel(i, c, 31, 17));
                }
            }
            assertEquals(pixel(16, 2, 5, 9), test.pixel(1, 2, 5, 9));
            assertEquals(16 % 10, test.label(1));
            // normalised with CIFAR-10's constants
            float[] v = new float[3 * 32 * 32];
            s.test().write(0, v, 0, null);
            assertEquals((pixel(15, 1, 0, 0) / 255f - 0.4822f) / 0.2435f, v[32 * 32], 1e-6f);
            assertTrue(s.source().endsWith("cifar-10-batches-bin"), s.source());
        }
    }

    @Test
    void cifar100UsesFineLabelsAndChecksCoarseOnes() throws IOException {
        Path dir = tmp.resolve("cifar-100-binary");
        writeRecords(dir.resolve("train.bin"), record(0, 3, 99), record(1, 19, 0), record(2, 0, 42));
        writeRecords(dir.resolve("test.bin"), record(3, 7, 55));
        DatasetSplits s = Datasets.load(request(DatasetId.CIFAR100, tmp, Set.of()));
        assertEquals(100, s.train().numClasses());
        assertEquals(List.of(99, 0, 42), List.of(s.train().label(0), s.train().label(1), s.train().label(2)));
        assertEquals(55, s.test().label(0));
        assertEquals(pixel(2, 0, 31, 31), ((ImageSamples) s.train()).images().pixel(2, 0, 31, 31));
        assertEquals("worm", s.train().classNames().get(99));
        assertEquals(Normalization.of(DatasetId.CIFAR100), s.train().normalization());
        DatasetRequest plain = request(DatasetId.CIFAR100, tmp, Set.of());
        DatasetSplits unit = Datasets.load(plain.withStatics(plain.statics().withNormalize(PixelNormalization.NONE)));
        assertEquals(Normalization.identity(3), unit.test().normalization(), "normalize none: pixels in [0, 1]");

        writeRecords(dir.resolve("train.bin"), record(0, 3, 99), record(1, 20, 0));
        expectError(() -> Datasets.load(request(DatasetId.CIFAR100, tmp, Set.of())),
                "train.bin: byte 3074: expected a coarse label 0..19, found 20");
        writeRecords(dir.resolve("train.bin"), record(0, 3, 99), record(1, 2, 100));
        expectError(() -> Datasets.load(request(DatasetId.CIFAR100, tmp, Set.of())),
                "train.bin: byte 3075: expected a fine label 0..99, found 100");
    }

    @Test
    void damagedFilesAreNamedWithTheByteOffset() throws IOException {
        Path dir = cifar10(tmp.resolve("c"), 2);
        // label out of range in the second record
        writeRecords(dir.resolve("data_batch_2.bin"), record(0, 1), record(1, 10));
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of())),
                "data_batch_2.bin: byte 3073: expected a label 0..9, found 10");
        // truncated: the last record is cut short
        byte[] whole = Files.readAllBytes(dir.resolve("data_batch_1.bin"));
        writeRecords(dir.resolve("data_batch_2.bin"), record(0, 1));
        Files.write(dir.resolve("test_batch.bin"), java.util.Arrays.copyOf(whole, 3073 + 100));
        String m = expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of())),
                "test_batch.bin: byte 3073: expected a whole 3073-byte record", "100 bytes into it");
        assertFalse(m.contains("data_batch"), m);
        Files.write(dir.resolve("test_batch.bin"), new byte[0]);
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of())), "test_batch.bin: byte 0:", "empty file");
        Files.delete(dir.resolve("data_batch_3.bin"));
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of())), "data_batch_3.bin: missing");
        // a names file with the wrong number of names
        cifar10(dir, 1);
        Files.writeString(dir.resolve("batches.meta.txt"), "cat\ndog\n");
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of())),
                "batches.meta.txt: expected 10 class names, one per line, found 2");
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, tmp.resolve("nope"), Set.of())),
                "data " + tmp.resolve("nope"), "found no such folder");
        expectError(() -> CifarDatasets.load(request(DatasetId.CIFAR100, null, Map.of()), tmp.resolve("sys")),
                "dataset cifar100: no CIFAR-100 data found", "$SNN4J_DATA is not set");
    }

    private DatasetRequest request(DatasetId id, Path data, Map<String, String> env) {
        return new DatasetRequest(id, data, env, Set.of(), 4, 0);
    }

    @Test
    void searchOrderUsesSnn4jDataThenTheSystemFolder() throws IOException {
        cifar10(tmp.resolve("env/cifar10/cifar-10-batches-bin"), 1);
        cifar10(tmp.resolve("sys/cifar10"), 2);
        DatasetSplits fromEnv = CifarDatasets.load(request(DatasetId.CIFAR10, null, Map.of("SNN4J_DATA",
                tmp.resolve("env").toString())), tmp.resolve("sys"));
        assertEquals(5, fromEnv.train().size());
        DatasetSplits fromSystem = CifarDatasets.load(request(DatasetId.CIFAR10, null, Map.of()), tmp.resolve("sys"));
        assertEquals(10, fromSystem.train().size());
    }

    @Test
    void augmentationsForCifarAndCutout() throws IOException {
        assertEquals(EnumSet.of(Augmentation.CROP, Augmentation.FLIP), Augmentation.resolve("auto", DatasetId.CIFAR10));
        assertEquals(EnumSet.of(Augmentation.CROP, Augmentation.FLIP), Augmentation.resolve("auto", DatasetId.CIFAR100));
        Path dir = cifar10(tmp.resolve("c"), 2);
        expectError(() -> Datasets.load(request(DatasetId.CIFAR10, dir, Set.of(Augmentation.ROTATE))),
                "augment rotate: expected crop, flip, cutout or none for cifar10");
        DatasetSplits plain = Datasets.load(request(DatasetId.CIFAR10, dir, Set.of(Augmentation.CROP, Augmentation.FLIP)));
        DatasetSplits cut = Datasets.load(request(DatasetId.CIFAR10, dir,
                Set.of(Augmentation.CROP, Augmentation.FLIP, Augmentation.CUTOUT)));
        int n = 3 * 32 * 32;
        for (int seed = 0; seed < 20; seed++) {
            float[] a = new float[n];
            float[] b = new float[n];
            plain.train().write(seed % 10, a, 0, new SplittableRandom(seed));
            cut.train().write(seed % 10, b, 0, new SplittableRandom(seed));
            // same crop and flip (drawn first); cutout zeroes one clipped square of side <= 16, all channels alike
            int minY = 99;
            int maxY = -1;
            int minX = 99;
            int maxX = -1;
            for (int i = 0; i < n; i++) {
                if (a[i] != b[i]) {
                    assertEquals(0f, b[i]);
                    int y = (i / 32) % 32;
                    int x = i % 32;
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
            assertTrue(maxY - minY < 16 && maxX - minX < 16, "square at most 16x16");
            assertNotEquals(-1, maxY, "cutout changed nothing for seed " + seed);
        }
        float[] ones = new float[n];
        java.util.Arrays.fill(ones, 1f);
        Cutout.apply(ones, 0, 3, 32, 32, 16, 16, Cutout.side(32, 32));
        int zeros = 0;
        for (float v : ones) {
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(3 * 16 * 16, zeros);
        assertEquals(0f, ones[8 * 32 + 8]);
        assertEquals(1f, ones[7 * 32 + 8]);
        assertEquals(0f, ones[23 * 32 + 23]);
        assertEquals(1f, ones[24 * 32 + 23]);
        java.util.Arrays.fill(ones, 1f);
        Cutout.apply(ones, 0, 1, 32, 32, 0, 31, 16); // corner: rows 0..7, columns 23..31 left
        int corner = 0;
        for (int i = 0; i < 32 * 32; i++) {
            corner += ones[i] == 0f ? 1 : 0;
        }
        assertEquals(8 * 9, corner);
        assertEquals(14, Cutout.side(28, 28));
        assertEquals(112, Cutout.side(224, 224));
    }
}
