/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame counts of a cache file, memory-mapped: CIFAR10-DVS at T = 10, 48x48 is 920 MB of counts,
 * which the operating system's page cache holds better than the Java heap. The file is mapped in
 * pieces of whole samples below 2 GB (one mapping's limit). Reads are absolute, so concurrent
 * readers do not disturb each other.
 */
final class FrameStore {

    private final int sampleValues;
    private final int samplesPerPiece;
    private final List<ShortBuffer> pieces;
    private final int count;

    private FrameStore(int sampleValues, int samplesPerPiece, List<ShortBuffer> pieces, int count) {
        this.sampleValues = sampleValues;
        this.samplesPerPiece = samplesPerPiece;
        this.pieces = pieces;
        this.count = count;
    }

    /** Maps {@code count} samples of {@code sampleValues} little-endian uint16 each, from {@code offset}. */
    static FrameStore map(Path file, long offset, int count, int sampleValues) throws IOException {
        long sampleBytes = 2L * sampleValues;
        int perPiece = (int) Math.max(1, (Integer.MAX_VALUE - 8) / sampleBytes);
        List<ShortBuffer> pieces = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int first = 0; first < count; first += perPiece) {
                int n = Math.min(perPiece, count - first);
                MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, offset + first * sampleBytes, n * sampleBytes);
                pieces.add(m.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer());
            }
        }
        return new FrameStore(sampleValues, perPiece, pieces, count);
    }

    int count() {
        return count;
    }

    int sampleValues() {
        return sampleValues;
    }

    /** Copies sample {@code index}'s counts (unsigned: read with {@code & 0xFFFF}) into {@code dst}. */
    void read(int index, short[] dst) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("sample " + index + " of " + count);
        }
        ShortBuffer piece = pieces.get(index / samplesPerPiece);
        piece.get((index % samplesPerPiece) * sampleValues, dst, 0, sampleValues);
    }
}
