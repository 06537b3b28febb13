/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.function.Executable;

/** Writes small IDX files for tests, including deliberately broken ones. */
final class IdxTestFiles {

    private IdxTestFiles() {
    }

    /** An IDX image file's bytes: header as given (may lie), then {@code pixels}. */
    static byte[] images(int magic, int count, int rows, int cols, byte[] pixels) {
        ByteBuffer b = ByteBuffer.allocate(16 + pixels.length);
        b.putInt(magic).putInt(count).putInt(rows).putInt(cols).put(pixels);
        return b.array();
    }

    static byte[] images(int count, int rows, int cols, byte[] pixels) {
        return images(IdxReader.IMAGES_MAGIC, count, rows, cols, pixels);
    }

    /** An IDX label file's bytes: header as given (may lie), then {@code labels}. */
    static byte[] labels(int magic, int count, byte[] labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.putInt(magic).putInt(count).put(labels);
        return b.array();
    }

    static byte[] labels(byte[] labels) {
        return labels(IdxReader.LABELS_MAGIC, labels.length, labels);
    }

    /** Pixels 0, 1, 2, ... (mod 256), so every position is recognisable. */
    static byte[] ramp(int n) {
        byte[] p = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = (byte) i;
        }
        return p;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a complete, valid data set of {@code train}/{@code test} images of 4x3 into
     * {@code dir}, with labels {@code i % classes}, under the standard names plus {@code suffix}
     * (".gz" writes gzip).
     */
    static Path writeDataset(Path dir, int train, int test, int classes, String suffix) {
        boolean gz = suffix.endsWith(".gz");
        writePart(dir, "train", train, classes, suffix, gz);
        writePart(dir, "t10k", test, classes, suffix, gz);
        return dir;
    }

    private static void writePart(Path dir, String prefix, int n, int classes, String suffix, boolean gz) {
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % classes);
        }
        byte[] img = images(n, 4, 3, ramp(n * 12));
        byte[] lab = labels(labels);
        write(dir.resolve(prefix + "-images-idx3-ubyte" + suffix), gz ? gzip(img) : img);
        write(dir.resolve(prefix + "-labels-idx1-ubyte" + suffix), gz ? gzip(lab) : lab);
    }

    /**
     * Runs {@code action}, expects a {@link Snn4jException} whose message is one line and
     * contains every one of {@code parts}; returns the message.
     */
    static String expectError(Executable action, String... parts) {
        Snn4jException e = assertThrows(Snn4jException.class, action);
        String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "message is not one line: " + m);
        for (String part : parts) {
            assertTrue(m.contains(part), () -> "message lacks '" + part + "': " + m);
        }
        return m;
    }
}
