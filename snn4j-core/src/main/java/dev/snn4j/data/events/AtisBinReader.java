/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Path;

/**
 * Reads the 40-bit ATIS event files of N-MNIST and N-Caltech101 (Orchard et al.'s ".bin" format).
 *
 * <p>Each event is 5 bytes: byte 0 = x, byte 1 = y, bit 7 of byte 2 = polarity (1 = ON), and the
 * remaining 23 bits (byte 2 bits 6-0, bytes 3 and 4, big-endian) the timestamp in microseconds. A
 * record with y = 240 is not an event but a timestamp overflow marker: every later timestamp, as
 * in the dataset authors' reader, is increased by 2^13. A pixel outside the given sensor means the
 * file is not from this dataset (or is damaged) and is refused.
 */
public final class AtisBinReader {

    static final int RECORD_BYTES = 5;
    static final int OVERFLOW_Y = 240;
    static final int OVERFLOW_INCREMENT = 1 << 13;
    static final int TIMESTAMP_BITS = 23;

    private AtisBinReader() {}

    /** Reads a recording of a sensor of size {@code sensor} (e.g. {@link SensorSize#N_MNIST}). */
    public static Events read(Path file, SensorSize sensor) {
        return decode(EventFileBytes.read(file), file.toString(), sensor);
    }

    /**
     * Decodes the bytes of an ATIS .bin file.
     *
     * @param name the file name for error messages
     * @throws dev.snn4j.Snn4jException naming {@code name} and the byte offset of the first problem
     */
    public static Events decode(byte[] data, String name, SensorSize sensor) {
        int remainder = data.length % RECORD_BYTES;
        if (remainder != 0) {
            throw Corrupt.at(name, data.length - remainder, "an event record of " + RECORD_BYTES + " bytes",
                    remainder + " bytes (truncated file)");
        }
        int records = data.length / RECORD_BYTES;
        EventArrays out = new EventArrays(records);
        long[] ts = out.t;
        short[] xs = out.x;
        short[] ys = out.y;
        byte[] ps = out.p;
        int width = sensor.width();
        int height = sensor.height();
        long overflow = 0;
        long last = 0;
        boolean sorted = true;
        int n = 0;
        for (int off = 0; off < data.length; off += RECORD_BYTES) {
            int x = data[off] & 0xFF;
            int y = data[off + 1] & 0xFF;
            int b2 = data[off + 2] & 0xFF;
            if (y == OVERFLOW_Y) {
                overflow += OVERFLOW_INCREMENT;
                continue;
            }
            if (x >= width || y >= height) {
                throw Corrupt.at(name, off, "a pixel of the " + sensor + " sensor", "(" + x + ", " + y + ")");
            }
            long time = overflow + (((b2 & 0x7F) << 16) | ((data[off + 3] & 0xFF) << 8) | (data[off + 4] & 0xFF));
            ts[n] = time;
            xs[n] = (short) x;
            ys[n] = (short) y;
            ps[n] = (byte) (b2 >>> 7);
            if (time < last) {
                sorted = false;
            }
            last = time;
            n++;
        }
        return out.filled(n, sorted).build(sensor);
    }
}
