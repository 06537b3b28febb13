/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.data.IdxTestFiles.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    private static final List<String> CLASSES = DatasetId.MNIST.classNames();

    @Test
    void accessorsReadTheFlatArray() {
        // 2 images, 2 channels, 2x3: pixel value = its flat index.
        byte[] pixels = IdxTestFiles.ramp(24);
        ImageDataset ds = new ImageDataset(pixels, 2, 2, 3, new int[] {3, 7}, CLASSES, "test");
        assertEquals(2, ds.size());
        assertEquals(2, ds.channels());
        assertEquals(2, ds.height());
        assertEquals(3, ds.width());
        assertEquals(12, ds.imageBytes());
        assertEquals(7, ds.label(1));
        assertEquals(10, ds.numClasses());
        assertEquals("test", ds.source());
        assertEquals(12 + 6 + 3 + 2, ds.pixel(1, 1, 1, 2));
        assertArrayEquals(Arrays.copyOfRange(pixels, 12, 24), ds.image(1));
        pixels[0] = 99;
        assertEquals(0, ds.pixel(0, 0, 0, 0), "constructor copies the caller's array");
        assertThrows(IndexOutOfBoundsException.class, () -> ds.label(2));
    }

    @Test
    void idxPixelsAreUnsigned() {
        IdxImages img = new IdxImages(1, 1, 2, new byte[] {(byte) 255, (byte) 128});
        ImageDataset ds = ImageDataset.fromIdx(img, "a", new byte[] {9}, "b", CLASSES, "s");
        assertEquals(255, ds.pixel(0, 0, 0, 0));
        assertEquals(128, ds.pixel(0, 0, 0, 1));
    }

    @Test
    void limitTakesFirstSamplesOrAll() {
        ImageDataset ds = new ImageDataset(IdxTestFiles.ramp(5), 1, 1, 1, new int[] {0, 1, 2, 3, 4}, CLASSES, "s");
        ImageDataset three = ds.limit(3);
        assertEquals(3, three.size());
        assertArrayEquals(new int[] {0, 1, 2}, three.labels());
        assertEquals(2, three.pixel(2, 0, 0, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> three.label(3));
        assertArrayEquals(new int[] {1, 1, 1, 0, 0, 0, 0, 0, 0, 0}, three.classCounts());
        assertSame(ds, ds.limit(5));
        assertSame(ds, ds.limit(1_000_000));
        assertEquals("train_limit: expected a positive number of samples, found 0", expectError(() -> ds.limit(0)));
        expectError(() -> ds.limit(-4), "train_limit", "found -4");
    }

    @Test
    void countMismatchNamesBothFilesAndCounts() {
        IdxImages img = new IdxImages(3, 2, 2, new byte[12]);
        String m = expectError(() -> ImageDataset.fromIdx(img, "/d/train-images-idx3-ubyte.gz", new byte[2],
                "/d/train-labels-idx1-ubyte.gz", CLASSES, "s"));
        assertEquals("image/label count mismatch: /d/train-images-idx3-ubyte.gz has 3 images, "
                + "/d/train-labels-idx1-ubyte.gz has 2 labels", m);
        expectError(() -> new ImageDataset(new byte[10], 1, 2, 2, new int[2], CLASSES, "s"),
                "the pixel array", "expected a multiple of 1x2x2 = 4 bytes, found 10");
    }

    @Test
    void labelOutOfRangeNamesFileIndexAndLabel() {
        IdxImages img = new IdxImages(3, 1, 1, new byte[3]);
        String m = expectError(() -> ImageDataset.fromIdx(img, "imgs", new byte[] {1, 2, 12}, "/d/labels",
                CLASSES, "s"));
        assertEquals("/d/labels: label out of range at index 2: expected 0..9, found 12", m);
        expectError(() -> ImageDataset.fromIdx(img, "imgs", new byte[] {1, (byte) 200, 0}, "L", CLASSES, "s"),
                "L: label out of range at index 1", "found 200");
        expectError(() -> new ImageDataset(new byte[1], 1, 1, 1, new int[] {-1}, CLASSES, "s"),
                "the label array", "index 0", "found -1");
    }
}
