/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Objects;

/**
 * The content of an IDX image file: {@code count} grey images of {@code rows x cols} unsigned
 * bytes, stored back to back in one array (image-major, then row-major).
 *
 * <p>One flat array instead of one object per image keeps 60,000 images at 47 MB with no
 * per-object overhead and lets the batcher copy pixels with plain index arithmetic. The array
 * is not copied: whoever builds an {@code IdxImages} hands it over and must not change it.
 *
 * @param count number of images, at least 1
 * @param rows image height in pixels
 * @param cols image width in pixels
 * @param pixels {@code count * rows * cols} unsigned bytes (read them with {@code & 0xFF})
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    public IdxImages {
        Objects.requireNonNull(pixels, "pixels");
        if (count < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException(
                    "expected positive count and size, found " + count + " images of " + rows + "x" + cols);
        }
        if ((long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException("expected " + (long) count * rows * cols
                    + " pixel bytes for " + count + " images of " + rows + "x" + cols
                    + ", found " + pixels.length);
        }
    }

    /** Bytes per image, {@code rows * cols}. */
    public int imageBytes() {
        return rows * cols;
    }

    @Override
    public String toString() {
        return "IdxImages[" + count + " images of " + rows + "x" + cols + "]";
    }
}
