/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes events in the ATIS .bin format that {@link AtisBinReader} reads: the generated datasets
 * go to disk in the same format as N-MNIST, so they take the real reader's path.
 *
 * <p>Timestamps are written relative to 0 and must be non-negative; one that needs more than 23
 * bits is reached with overflow markers (y = 240), each adding 2^13 microseconds, exactly as the
 * reader undoes them. Pixels must be below 256 and y must not be 240.
 */
public final class AtisBinWriter {

    private AtisBinWriter() {}

    /** Bytes {@link #write} produces for {@code events} (for buffers sized in advance). */
    public static long byteSize(Events events) {
        long markers = 0;
        long base = 0;
        for (int i = 0; i < events.size(); i++) {
            long t = events.t(i);
            while (t - base >= 1L << AtisBinReader.TIMESTAMP_BITS) {
                base += AtisBinReader.OVERFLOW_INCREMENT;
                markers++;
            }
        }
        return (events.size() + markers) * AtisBinReader.RECORD_BYTES;
    }

    /** Writes {@code events}; they must have t >= 0, x &lt; 256 and y &lt; 240. */
    public static void write(Events events, OutputStream out) throws IOException {
        byte[] buf = new byte[AtisBinReader.RECORD_BYTES * 4096];
        int used = 0;
        long base = 0;
        for (int i = 0; i < events.size(); i++) {
            long t = events.t(i);
            int x = events.x(i);
            int y = events.y(i);
            if (t < 0 || x > 255 || y >= AtisBinReader.OVERFLOW_Y) {
                throw new IllegalArgumentException("event " + i + ": expected t >= 0, x < 256, y < 240 for ATIS .bin, found t "
                        + t + ", (" + x + ", " + y + ")");
            }
            while (t - base >= 1L << AtisBinReader.TIMESTAMP_BITS) {
                if (used == buf.length) {
                    out.write(buf, 0, used);
                    used = 0;
                }
                buf[used + 1] = (byte) AtisBinReader.OVERFLOW_Y;
                buf[used] = 0;
                buf[used + 2] = 0;
                buf[used + 3] = 0;
                buf[used + 4] = 0;
                used += AtisBinReader.RECORD_BYTES;
                base += AtisBinReader.OVERFLOW_INCREMENT;
            }
            if (used == buf.length) {
                out.write(buf, 0, used);
                used = 0;
            }
            int rel = (int) (t - base);
            buf[used] = (byte) x;
            buf[used + 1] = (byte) y;
            buf[used + 2] = (byte) ((events.p(i) << 7) | (rel >>> 16));
            buf[used + 3] = (byte) (rel >>> 8);
            buf[used + 4] = (byte) rel;
            used += AtisBinReader.RECORD_BYTES;
        }
        out.write(buf, 0, used);
    }
}
