/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.function.Executable;

/**
 * Test-side writers for every event format, written from the format descriptions (not with the
 * production code), plus random streams and the error-message check every bad-input test uses.
 */
final class EventTestFiles {

    private EventTestFiles() {}

    /** A sorted random stream of {@code n} events on {@code sensor}, t from {@code t0}. */
    static Events random(Random rnd, SensorSize sensor, int n, long t0, int maxStep) {
        long[] t = new long[n];
        int[] x = new int[n];
        int[] y = new int[n];
        int[] p = new int[n];
        long now = t0;
        for (int i = 0; i < n; i++) {
            now += rnd.nextInt(maxStep + 1);
            t[i] = now;
            x[i] = rnd.nextInt(sensor.width());
            y[i] = rnd.nextInt(sensor.height());
            p[i] = rnd.nextInt(2);
        }
        return Events.of(sensor, t, x, y, p);
    }

    static final String AEDAT2_HEADER = "#!AER-DAT2.0\r\n# This is a raw AE data file - do not edit\r\n"
            + "# Data format is int32 address, int32 timestamp (8 bytes total), repeated for each event\r\n"
            + "# Timestamps tick is 1 us\r\n";

    /** AEDAT 2.0: jAER header, then big-endian (address, timestamp) pairs; pixel packed per {@code layout}. */
    static byte[] aedat2(Events e, Dvs128Address layout) {
        ByteBuffer b = ByteBuffer.allocate(AEDAT2_HEADER.length() + 8 * e.size()).order(ByteOrder.BIG_ENDIAN);
        b.put(AEDAT2_HEADER.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < e.size(); i++) {
            int x = e.x(i);
            int y = e.y(i);
            int r1;
            int r8;
            if (layout == Dvs128Address.TRANSPOSED) { // x = 127 - r8, y = 127 - r1
                r8 = 127 - x;
                r1 = 127 - y;
            } else { // x = 127 - r1, y = r8
                r1 = 127 - x;
                r8 = y;
            }
            int polarityBit = 1 - e.p(i); // jAER: bit 0 set means OFF
            b.putInt((r8 << 8) | (r1 << 1) | polarityBit);
            b.putInt((int) e.t(i));
        }
        return b.array();
    }

    static final String AEDAT3_HEADER = "#!AER-DAT3.1\r\n#Format: RAW\r\n#Source 1: DVS128\r\n"
            + "#Start-Time: 2017-01-01 12:00:00 (TZ+0000)\r\n#!END-HEADER\r\n";

    /**
     * AEDAT 3.1: cAER header, then packets of at most {@code perPacket} polarity events, each with a
     * 28-byte little-endian header; timestamps above 31 bits go through eventTSOverflow. Between
     * polarity packets a special-event packet (type 0) is written, which readers must skip.
     */
    static byte[] aedat3(Events e, int perPacket) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(AEDAT3_HEADER.getBytes(StandardCharsets.US_ASCII));
        int i = 0;
        while (i < e.size()) {
            long overflow = e.t(i) >>> 31;
            int n = 0;
            while (i + n < e.size() && n < perPacket && (e.t(i + n) >>> 31) == overflow) {
                n++;
            }
            ByteBuffer b = ByteBuffer.allocate(28 + 8 * n).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) 1).putShort((short) 1).putInt(8).putInt(4).putInt((int) overflow).putInt(n).putInt(n).putInt(n);
            for (int k = 0; k < n; k++) {
                int data = (e.x(i + k) << 17) | (e.y(i + k) << 2) | (e.p(i + k) << 1) | 1;
                b.putInt(data).putInt((int) (e.t(i + k) & 0x7FFFFFFFL));
            }
            out.writeBytes(b.array());
            ByteBuffer special = ByteBuffer.allocate(28 + 8).order(ByteOrder.LITTLE_ENDIAN);
            special.putShort((short) 0).putShort((short) 1).putInt(8).putInt(4).putInt(0).putInt(1).putInt(1).putInt(1);
            special.putInt(0x12345679).putInt(0);
            out.writeBytes(special.array());
            i += n;
        }
        return out.toByteArray();
    }

    /** One AEDAT 3.1 polarity packet header, for hand-made bad files. */
    static byte[] aedat3Packet(short type, int size, int tsOffset, int overflow, int capacity, int number, int valid) {
        return ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN).putShort(type).putShort((short) 1).putInt(size)
                .putInt(tsOffset).putInt(overflow).putInt(capacity).putInt(number).putInt(valid).array();
    }

    /** ATIS .bin: 5 bytes per event; overflow markers (y = 240) for timestamps beyond 23 bits. */
    static byte[] atis(Events e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long base = 0;
        for (int i = 0; i < e.size(); i++) {
            while (e.t(i) - base >= 1 << 23) {
                out.writeBytes(new byte[] {0, (byte) 240, 0, 0, 0});
                base += 1 << 13;
            }
            int ts = (int) (e.t(i) - base);
            out.writeBytes(new byte[] {(byte) e.x(i), (byte) e.y(i), (byte) ((e.p(i) << 7) | (ts >>> 16)),
                    (byte) (ts >>> 8), (byte) ts});
        }
        return out.toByteArray();
    }

    /** An .npy file (format 1.0) with the given descr, shape (n,) and raw little-endian data. */
    static byte[] npy(String descr, int n, byte[] data) {
        String dict = "{'descr': " + descr + ", 'fortran_order': False, 'shape': (" + n + ",), }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) header.length()).put(header.getBytes(StandardCharsets.US_ASCII)).put(data);
        return b.array();
    }

    /** tonic's layout: a structured array [('x','<i2'),('y','<i2'),('t','<i8'),('p','|b1')]... with polarity as -1/1 when asked. */
    static byte[] npyStructured(Events e, boolean signedPolarity) {
        ByteBuffer d = ByteBuffer.allocate(13 * e.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < e.size(); i++) {
            d.putShort((short) e.x(i)).putShort((short) e.y(i)).putLong(e.t(i));
            d.put((byte) (signedPolarity ? 2 * e.p(i) - 1 : e.p(i)));
        }
        String p = signedPolarity ? "'|i1'" : "'|b1'";
        return npy("[('x', '<i2'), ('y', '<i2'), ('t', '<i8'), ('p', " + p + ")]", e.size(), d.array());
    }

    /** SpikingJelly's layout: an .npz with t, x, y, p arrays (int64, as np.savez writes them). */
    static byte[] npz(Events e, boolean deflate) throws IOException {
        int n = e.size();
        ByteBuffer t = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer x = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer y = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer p = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            t.putLong(e.t(i));
            x.putLong(e.x(i));
            y.putLong(e.y(i));
            p.putLong(e.p(i));
        }
        return zip(Map.of("t.npy", npy("'<i8'", n, t.array()), "x.npy", npy("'<i8'", n, x.array()),
                "y.npy", npy("'<i8'", n, y.array()), "p.npy", npy("'<i8'", n, p.array())), deflate);
    }

    static byte[] zip(Map<String, byte[]> entries, boolean deflate) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                byte[] data = entries.get(name);
                ZipEntry entry = new ZipEntry(name);
                if (deflate) {
                    entry.setMethod(ZipEntry.DEFLATED);
                } else {
                    entry.setMethod(ZipEntry.STORED);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, data);
    }

    /**
     * Runs {@code code}, expects a Snn4jException, checks it is one line naming the file and (for
     * binary input) a byte offset, with "expected", and that it contains every fragment; returns it.
     */
    static String expectError(Executable code, String file, boolean withOffset, String... fragments) {
        Snn4jException e = assertThrows(Snn4jException.class, code);
        String m = e.getMessage();
        assertFalse(m.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), "one line: " + m);
        assertTrue(m.contains(file), "names the file " + file + ": " + m);
        if (withOffset) {
            assertTrue(m.matches(".*: byte \\d+: expected .*, found .*"), "byte offset, expected X, found Y: " + m);
        }
        for (String f : fragments) {
            assertTrue(m.contains(f), "contains '" + f + "': " + m);
        }
        return m;
    }

    static void assertSameEvents(Events expected, Events actual) {
        assertEquals(expected.size(), actual.size(), "event count");
        assertEquals(expected.sensor(), actual.sensor(), "sensor");
        assertTrue(Arrays.equals(expected.timestamps(), actual.timestamps()), "timestamps");
        assertTrue(Arrays.equals(expected.xs(), actual.xs()), "x");
        assertTrue(Arrays.equals(expected.ys(), actual.ys()), "y");
        assertTrue(Arrays.equals(expected.polarities(), actual.polarities()), "p");
        assertEquals(expected, actual);
    }

    static List<Integer> ints(int... v) {
        return Arrays.stream(v).boxed().toList();
    }
}
