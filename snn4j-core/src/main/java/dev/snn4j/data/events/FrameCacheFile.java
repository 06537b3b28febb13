/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.AtomicFiles;
import dev.snn4j.data.FrameOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The frame cache file format, version 1. All integers little-endian:
 *
 * <pre>
 *   offset 0   8 bytes   magic "SNN4JFRM"
 *          8   uint32    format version (1)
 *         12   uint32    K, the key's length in bytes
 *         16   K bytes   the key, UTF-8 ({@link FrameCacheKey#text()}); zero bytes up to a multiple of 8
 *          h   5 x int32 N samples, T, C = 2, H, W; then 4 zero bytes
 *   h + 24     N x int32 labels; zero bytes up to a multiple of 8
 *          d   N x T x C x H x W uint16  counts, sample after sample, each [T, 2, H, W] row-major
 *        end   uint32    CRC-32C of every byte before it
 * </pre>
 *
 * A file is used only if its size, magic, version, key, shape, labels and checksum are all exactly
 * as expected; anything else (a stale setting, a changed source, a truncated or damaged file) makes
 * it a miss, never an error: the frames are recomputed and the file replaced. Written atomically
 * (temporary file, sync, rename), so a killed run leaves the old file or none.
 */
final class FrameCacheFile {

    static final byte[] MAGIC = "SNN4JFRM".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int CHANNELS = 2;
    private static final int MAX_KEY_BYTES = 1 << 16;

    /** Computes one sample's counts into a zeroed array of T x 2 x H x W. */
    @FunctionalInterface
    interface Counter {
        void counts(int index, int[] dst);
    }

    /** The mapped store, or why the file was not used. */
    record Opened(FrameStore store, String problem) {}

    private FrameCacheFile() {}

    /** Writes the cache file for {@code key}; samples are computed by {@code counter} in parallel chunks. */
    static void write(Path target, String key, int[] labels, int frames, int height, int width, Counter counter) {
        long sampleValues = (long) frames * CHANNELS * height * width;
        long size = header(key, labels, frames, height, width).length + labels.length * sampleValues * 2 + 4;
        requireRoom(target, size, frames, height, width);
        if (sampleValues > Integer.MAX_VALUE / 2) {
            throw Corrupt.message(String.format(Locale.ROOT, "frame cache %s: expected samples of at most %,d values, found %,d"
                    + " (%d frames x %d x %d x %d); use a smaller `timesteps` or `frame_size`", target, Integer.MAX_VALUE / 2,
                    sampleValues, frames, CHANNELS, height, width));
        }
        int values = (int) sampleValues;
        AtomicFiles.write(target, raw -> {
            CRC32C crc = new CRC32C();
            CheckedOutputStream out = new CheckedOutputStream(raw, crc);
            out.write(header(key, labels, frames, height, width));
            ParallelSamples.run(labels.length, values, counter, (index, counts) -> out.write(toBytes(counts)));
            out.flush();
            raw.write(le32((int) crc.getValue()));
        });
    }

    /**
     * Refuses, before a byte is written, a cache that the disk has no room for, naming the settings
     * that size it: an event dataset at T = 100000 wrote 18.5 GB before anything stopped it.
     */
    static void requireRoom(Path target, long size, int frames, int height, int width) {
        Path dir = target.toAbsolutePath().getParent();
        long usable;
        try {
            Files.createDirectories(dir);
            usable = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw Corrupt.file(dir.toString(), "cannot prepare the frame cache folder", e);
        }
        if (size > usable) {
            throw Corrupt.message(String.format(Locale.ROOT, "frame cache %s: expected room for %s (%d frames x %d x %d x %d x 2"
                    + " bytes per sample), found %s free on its disk; use a smaller `timesteps` or `frame_size`, or free space",
                    target, gigabytes(size), frames, CHANNELS, height, width, gigabytes(usable)));
        }
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.2f GB", bytes / (double) (1L << 30));
    }

    /** Opens and checks the cache file; a problem is reported, not thrown. */
    static Opened open(Path file, String key, int[] labels, int frames, int height, int width) {
        if (!Files.isRegularFile(file)) {
            return new Opened(null, "no cache file");
        }
        byte[] expected = header(key, labels, frames, height, width);
        long values = (long) frames * CHANNELS * height * width;
        long size = expected.length + labels.length * values * 2 + 4;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() != size) {
                return new Opened(null, "size " + ch.size() + " bytes, expected " + size);
            }
            ByteBuffer head = ByteBuffer.allocate(expected.length);
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // read the whole header
            }
            if (!Arrays.equals(head.array(), expected)) {
                return new Opened(null, "header (key, shape or labels) differs");
            }
            if (!checksumMatches(ch, size)) {
                return new Opened(null, "checksum mismatch");
            }
        } catch (IOException e) {
            return new Opened(null, "unreadable: " + e.getMessage());
        }
        try {
            return new Opened(FrameStore.map(file, expected.length, labels.length, (int) values), null);
        } catch (IOException e) {
            return new Opened(null, "cannot map: " + e.getMessage());
        }
    }

    private static boolean checksumMatches(FileChannel ch, long size) throws IOException {
        CRC32C crc = new CRC32C();
        long body = size - 4;
        long chunk = 1L << 30;
        for (long pos = 0; pos < body; pos += chunk) {
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, pos, Math.min(chunk, body - pos));
            crc.update(m);
        }
        ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        ch.read(tail, body);
        return tail.getInt(0) == (int) crc.getValue();
    }

    /** Everything before the counts; also what an existing file's start must equal byte for byte. */
    static byte[] header(String key, int[] labels, int frames, int height, int width) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        if (k.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("cache key of " + k.length + " bytes");
        }
        int keyEnd = align8(16 + k.length);
        int labelsEnd = align8(keyEnd + 24 + 4 * labels.length);
        ByteBuffer b = ByteBuffer.allocate(labelsEnd).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(k.length).put(k);
        b.position(keyEnd);
        b.putInt(labels.length).putInt(frames).putInt(CHANNELS).putInt(height).putInt(width).putInt(0);
        for (int label : labels) {
            b.putInt(label);
        }
        return b.array();
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }

    /** Counts as little-endian uint16, saturated at {@link FrameOptions#MAX_COUNT}. */
    private static byte[] toBytes(int[] counts) {
        byte[] out = new byte[counts.length * 2];
        for (int i = 0; i < counts.length; i++) {
            int c = Math.min(counts[i], FrameOptions.MAX_COUNT);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >>> 8);
        }
        return out;
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
