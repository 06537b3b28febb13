/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads IDX files (the MNIST file format), gzipped or raw, and checks them thoroughly.
 *
 * <p>Gzip is recognised by its magic bytes {@code 1f 8b}, not by the file name, because mirrors
 * and users rename files freely. Every problem becomes a one-line {@link Snn4jException} naming
 * the file, since a wrong or damaged data file is a user error, not a bug.
 *
 * <p>A header is never trusted for memory: a raw file's declared size is checked against the
 * file size before allocating; gzip data and plain streams are read into a buffer that starts
 * at no more than 64 MiB (less for a small gzip file, which cannot expand beyond about 1032
 * times its size) and grows only as data actually arrives. A lying header on a short stream
 * therefore fails as "truncated", not with an {@link OutOfMemoryError}, while the real
 * 60,000-image training file (47 MB) is still read with a single allocation.
 *
 * <p>Besides the magic number and sizes, the reader checks that the data ends exactly where the
 * header says, which also makes the gzip stream verify its CRC.
 */
public final class IdxReader {

    /** Magic number of an IDX file of unsigned bytes with 3 dimensions (images). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with 1 dimension (labels). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Largest image side accepted; anything larger is a corrupt header, not an MNIST image. */
    public static final int MAX_SIDE = 4096;
    /** Largest payload that fits in one Java array. */
    static final long MAX_PAYLOAD = Integer.MAX_VALUE - 8;
    /** Largest buffer allocated up front when the true data length is not known. */
    static final int MAX_UNVERIFIED_ALLOCATION = 64 << 20;

    private IdxReader() {
    }

    /** Reads an IDX image file (magic {@code 0x00000803}), gzipped or raw. */
    public static IdxImages readImages(Path file) {
        try (IdxInput in = IdxInput.open(file)) {
            return readImages(in);
        }
    }

    /** Reads IDX images from a stream (e.g. a classpath resource); does not close {@code in}. */
    public static IdxImages readImages(InputStream in, String displayName) {
        try (IdxInput input = IdxInput.of(in, displayName)) {
            return readImages(input);
        }
    }

    /** Reads an IDX label file (magic {@code 0x00000801}); labels are unsigned bytes. */
    public static byte[] readLabels(Path file) {
        try (IdxInput in = IdxInput.open(file)) {
            return readLabels(in);
        }
    }

    /** Reads IDX labels from a stream (e.g. a classpath resource); does not close {@code in}. */
    public static byte[] readLabels(InputStream in, String displayName) {
        try (IdxInput input = IdxInput.of(in, displayName)) {
            return readLabels(input);
        }
    }

    private static IdxImages readImages(IdxInput in) {
        int[] header = in.readHeader(IMAGES_MAGIC, 3);
        int count = header[0];
        int rows = header[1];
        int cols = header[2];
        if (count < 1) {
            throw in.error("bad header: expected a positive image count, found " + count);
        }
        if (rows < 1 || cols < 1 || rows > MAX_SIDE || cols > MAX_SIDE) {
            throw in.error("bad header: expected an image size between 1x1 and " + MAX_SIDE + "x"
                    + MAX_SIDE + ", found " + rows + "x" + cols);
        }
        long bytes = (long) count * rows * cols;
        String declared = count + " images of " + rows + "x" + cols + " (" + bytes + " bytes of pixels)";
        if (bytes > MAX_PAYLOAD) {
            throw in.error("bad header: declares " + declared + ", expected at most " + MAX_PAYLOAD + " bytes");
        }
        return new IdxImages(count, rows, cols, in.readPayload((int) bytes, declared));
    }

    private static byte[] readLabels(IdxInput in) {
        int count = in.readHeader(LABELS_MAGIC, 1)[0];
        if (count < 1) {
            throw in.error("bad header: expected a positive label count, found " + count);
        }
        return in.readPayload(count, count + " labels (" + count + " bytes)");
    }

    /** Names a known IDX magic number so a swapped file is recognised at a glance. */
    static String describeMagic(int magic) {
        return switch (magic) {
            case IMAGES_MAGIC -> " (IDX unsigned-byte 3-D images)";
            case LABELS_MAGIC -> " (IDX unsigned-byte 1-D labels)";
            default -> "";
        };
    }
}
