/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads AEDAT 3.1 files (cAER's format, e.g. DVS128 Gesture), keeping the polarity events.
 *
 * <p>Layout: ASCII header lines, the first "#!AER-DAT3.1", the last "#!END-HEADER"; "#Format: RAW"
 * if a format is named (compressed formats are refused). Then event packets, all little-endian: a
 * 28-byte header (int16 eventType, int16 eventSource, int32 eventSize, int32 eventTSOffset, int32
 * eventTSOverflow, int32 eventCapacity, int32 eventNumber, int32 eventValid) and eventCapacity x
 * eventSize bytes of events, of which the first eventNumber are used. Polarity events (type 1) are
 * 8 bytes: int32 data (bit 0 valid, bit 1 polarity with 1 = ON, bits 2-16 y, bits 17-31 x) and
 * int32 timestamp (31 bits, microseconds); the full time is (eventTSOverflow &lt;&lt; 31) | timestamp.
 * Invalid events (bit 0 clear) and other packet types (special, frame, IMU) are skipped.
 *
 * <p>A first pass walks the packet headers only, checking every size against the bytes left, so
 * the event arrays are sized by what the file really holds before anything is allocated.
 */
public final class Aedat3Reader {

    static final String VERSION_LINE = "#!AER-DAT3.1";
    static final String END_LINE = "#!END-HEADER";
    static final int PACKET_HEADER_BYTES = 28;
    static final short POLARITY_EVENT = 1;
    static final int POLARITY_EVENT_BYTES = 8;

    private Aedat3Reader() {}

    /** Reads the polarity events of a recording made with a sensor of size {@code sensor}. */
    public static Events read(Path file, SensorSize sensor) {
        return decode(EventFileBytes.read(file), file.toString(), sensor);
    }

    /**
     * Decodes the bytes of an AEDAT 3.1 file.
     *
     * @param name the file name for error messages
     * @throws dev.snn4j.Snn4jException naming {@code name} and the byte offset of the first problem
     */
    public static Events decode(byte[] data, String name, SensorSize sensor) {
        AedatHeader header = AedatHeader.parse(data, name, END_LINE);
        header.requireVersion(name, VERSION_LINE);
        String format = header.value("Format");
        if (format != null && !format.equals("RAW")) {
            throw Corrupt.at(name, 0, "'#Format: RAW' (uncompressed packets)", Corrupt.quote("#Format: " + format));
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long polarityEvents = walkPackets(buf, header.end(), name);
        EventArrays out = new EventArrays((int) polarityEvents);
        decodePackets(buf, header.end(), name, sensor, out);
        return out.build(sensor);
    }

    /** Checks every packet header and returns how many polarity events the packets hold at most. */
    private static long walkPackets(ByteBuffer buf, int start, String name) {
        long total = 0;
        int pos = start;
        int end = buf.limit();
        while (pos < end) {
            PacketHeader h = PacketHeader.read(buf, pos, name);
            long bodyBytes = (long) h.capacity * h.size;
            long left = end - (pos + (long) PACKET_HEADER_BYTES);
            if (bodyBytes > left) {
                throw Corrupt.at(name, pos + 20L, "a packet whose " + h.capacity + " x " + h.size
                        + " bytes of events fit in the " + left + " bytes left", bodyBytes + " bytes (truncated file?)");
            }
            if (h.type == POLARITY_EVENT) {
                total += h.number;
            }
            pos += PACKET_HEADER_BYTES + (int) bodyBytes;
        }
        return total;
    }

    private static void decodePackets(ByteBuffer buf, int start, String name, SensorSize sensor, EventArrays out) {
        int pos = start;
        int end = buf.limit();
        int width = sensor.width();
        int height = sensor.height();
        while (pos < end) {
            PacketHeader h = PacketHeader.read(buf, pos, name);
            int body = pos + PACKET_HEADER_BYTES;
            if (h.type == POLARITY_EVENT) {
                long high = (long) h.tsOverflow << 31;
                for (int k = 0, off = body; k < h.number; k++, off += POLARITY_EVENT_BYTES) {
                    int word = buf.getInt(off);
                    if ((word & 1) == 0) {
                        continue;
                    }
                    int ts = buf.getInt(off + 4);
                    if (ts < 0) {
                        throw Corrupt.at(name, off + 4L, "a 31-bit timestamp", Integer.toUnsignedString(ts));
                    }
                    int x = (word >>> 17) & 0x7FFF;
                    int y = (word >>> 2) & 0x7FFF;
                    if (x >= width || y >= height) {
                        throw Corrupt.at(name, off, "a pixel of the " + sensor + " sensor", "(" + x + ", " + y + ")");
                    }
                    out.add(high | ts, x, y, (word >>> 1) & 1);
                }
            }
            pos = body + h.capacity * h.size;
        }
    }

    /** One checked packet header. */
    private record PacketHeader(short type, int size, int tsOverflow, int capacity, int number) {

        static PacketHeader read(ByteBuffer buf, int pos, String name) {
            int left = buf.limit() - pos;
            if (left < PACKET_HEADER_BYTES) {
                throw Corrupt.at(name, pos, "a packet header of " + PACKET_HEADER_BYTES + " bytes",
                        left + " bytes (truncated file)");
            }
            short type = buf.getShort(pos);
            int size = buf.getInt(pos + 4);
            int tsOffset = buf.getInt(pos + 8);
            int tsOverflow = buf.getInt(pos + 12);
            int capacity = buf.getInt(pos + 16);
            int number = buf.getInt(pos + 20);
            int valid = buf.getInt(pos + 24);
            if (type < 0) {
                throw Corrupt.at(name, pos, "a non-negative eventType", Short.toString(type));
            }
            if (size < 1) {
                throw Corrupt.at(name, pos + 4L, "a positive eventSize", Integer.toString(size));
            }
            if (tsOverflow < 0) {
                throw Corrupt.at(name, pos + 12L, "a non-negative eventTSOverflow", Integer.toString(tsOverflow));
            }
            if (capacity < 0) {
                throw Corrupt.at(name, pos + 16L, "a non-negative eventCapacity", Integer.toString(capacity));
            }
            if (number < 0 || number > capacity) {
                throw Corrupt.at(name, pos + 20L, "eventNumber in 0.." + capacity + " (eventCapacity)",
                        Integer.toString(number));
            }
            if (valid < 0 || valid > number) {
                throw Corrupt.at(name, pos + 24L, "eventValid in 0.." + number + " (eventNumber)", Integer.toString(valid));
            }
            if (type == POLARITY_EVENT && (size != POLARITY_EVENT_BYTES || tsOffset != 4)) {
                throw Corrupt.at(name, pos + 4L, "polarity events of 8 bytes with the timestamp at byte 4",
                        size + " bytes with the timestamp at byte " + tsOffset);
            }
            return new PacketHeader(type, size, tsOverflow, capacity, number);
        }
    }
}
