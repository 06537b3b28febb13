/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.IoErrors;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * A CRC-32C trailer at the end of a binary file snn4j writes (parameters, checkpoints): the 8 bytes
 * {@code SNN4JC32}, then the CRC-32C of every byte before them as a big-endian int. Readers that
 * parse the file from its start (DJL's parameter reader) stop before it and never see it; snn4j
 * verifies it before loading, so a flipped byte is one line naming the file instead of a model
 * that loads with wrong weights. A file without the trailer (written before it existed) loads
 * unverified.
 */
final class Checksums {

    static final byte[] MAGIC = "SNN4JC32".getBytes(StandardCharsets.US_ASCII);
    static final int TRAILER = MAGIC.length + Integer.BYTES;

    private Checksums() {}

    /** What {@link #verify} found. */
    enum Seal {
        /** The trailer is there and matches. */
        VERIFIED,
        /** No trailer: a file from before checksums. */
        NONE
    }

    /** Appends the trailer to {@code file} (complete, not yet visible under its final name) and syncs it. */
    static void seal(Path file) throws IOException {
        int crc = crc(file, Files.size(file));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(trailer(crc));
            channel.force(true);
        }
    }

    /** The trailer for content whose CRC-32C is {@code crc}. */
    static ByteBuffer trailer(int crc) {
        ByteBuffer buffer = ByteBuffer.allocate(TRAILER);
        buffer.put(MAGIC).putInt(crc).flip();
        return buffer;
    }

    /**
     * Checks the trailer of {@code file}, if it has one.
     *
     * @throws Snn4jException naming the file when the content does not match its checksum
     */
    static Seal verify(Path file, String what) {
        try {
            long size = Files.size(file);
            if (size < TRAILER) {
                return Seal.NONE;
            }
            ByteBuffer tail = ByteBuffer.allocate(TRAILER);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                while (tail.hasRemaining() && channel.read(tail, size - TRAILER + tail.position()) > 0) {
                    // read the whole trailer
                }
            }
            byte[] magic = Arrays.copyOf(tail.array(), MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                return Seal.NONE;
            }
            int recorded = ByteBuffer.wrap(tail.array(), MAGIC.length, Integer.BYTES).getInt();
            int actual = crc(file, size - TRAILER);
            if (recorded != actual) {
                throw new Snn4jException(String.format(Locale.ROOT,
                        "%s: expected %s with CRC-32C %08x (recorded in the file), found %08x: the file is damaged",
                        file, what, recorded, actual));
            }
            return Seal.VERIFIED;
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read " + what + ": " + IoErrors.reason(e), e);
        }
    }

    private static int crc(Path file, long length) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        long left = length;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
        }
        return (int) crc.getValue();
    }
}
