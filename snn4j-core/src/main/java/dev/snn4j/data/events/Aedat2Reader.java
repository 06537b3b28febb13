/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads AEDAT 2.0 files of a DVS128 (jAER's format, e.g. CIFAR10-DVS).
 *
 * <p>Layout: ASCII header lines starting with '#', the first being "#!AER-DAT2.0"; then 8-byte
 * records of a big-endian 32-bit address and a big-endian 32-bit timestamp in microseconds (read
 * unsigned). Addresses map to pixels as {@link Dvs128Address} says; special events (bit 15) are
 * skipped; an address using bits above 15 is not a DVS128 event and the file is refused.
 *
 * <p>Decoding runs over one heap {@link ByteBuffer} of the whole file with absolute reads and
 * writes straight into primitive arrays sized by the file: no per-event object, no allocation per
 * event. The records are stored in arrival order; timestamps that go backwards are sorted.
 */
public final class Aedat2Reader {

    static final String VERSION_LINE = "#!AER-DAT2.0";
    static final int RECORD_BYTES = 8;

    private Aedat2Reader() {}

    /** Reads a DVS128 recording with the given address convention. */
    public static Events read(Path file, Dvs128Address layout) {
        return decode(EventFileBytes.read(file), file.toString(), layout);
    }

    /**
     * Decodes the bytes of an AEDAT 2.0 file.
     *
     * @param name the file name for error messages
     * @throws dev.snn4j.Snn4jException naming {@code name} and the byte offset of the first problem
     */
    public static Events decode(byte[] data, String name, Dvs128Address layout) {
        AedatHeader header = AedatHeader.parse(data, name, null);
        header.requireVersion(name, VERSION_LINE);
        int start = header.end();
        int body = data.length - start;
        int remainder = body % RECORD_BYTES;
        if (remainder != 0) {
            throw Corrupt.at(name, data.length - remainder, "an event record of " + RECORD_BYTES + " bytes",
                    remainder + " bytes (truncated file)");
        }
        int records = body / RECORD_BYTES;
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        EventArrays out = new EventArrays(records);
        long[] ts = out.t;
        short[] xs = out.x;
        short[] ys = out.y;
        byte[] ps = out.p;
        int n = 0;
        long last = 0;
        boolean sorted = true;
        boolean transposed = layout == Dvs128Address.TRANSPOSED;
        for (int r = 0, off = start; r < records; r++, off += RECORD_BYTES) {
            int address = buf.getInt(off);
            if ((address & ~Dvs128Address.USED_BITS) != 0) {
                throw Corrupt.at(name, off, "a DVS128 address (bits 0-15)", Corrupt.hex(address & 0xFFFFFFFFL));
            }
            if ((address & Dvs128Address.SPECIAL) != 0) {
                continue;
            }
            long time = buf.getInt(off + 4) & 0xFFFFFFFFL;
            int r1 = (address >>> 1) & 0x7F;
            int r8 = (address >>> 8) & 0x7F;
            ts[n] = time;
            xs[n] = (short) (transposed ? 127 - r8 : 127 - r1);
            ys[n] = (short) (transposed ? 127 - r1 : r8);
            ps[n] = (byte) (1 - (address & 1));
            if (time < last) {
                sorted = false;
            }
            last = time;
            n++;
        }
        return finish(out, n, sorted);
    }

    private static Events finish(EventArrays out, int n, boolean sorted) {
        return out.filled(n, sorted).build(SensorSize.DVS128);
    }
}
