/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static dev.snn4j.data.events.EventTestFiles.assertSameEvents;
import static dev.snn4j.data.events.EventTestFiles.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader reads what the test-side writers write, exactly, and refuses bad input in one line. */
class EventReadersTest {

    @TempDir
    Path tmp;

    private static Events stream(SensorSize sensor, int n, long seed) {
        return EventTestFiles.random(new Random(seed), sensor, n, 1_000, 50);
    }

    @Test
    void aedat2RoundTripsInBothAddressConventions() throws Exception {
        Events e = stream(SensorSize.DVS128, 5_000, 1);
        for (Dvs128Address layout : Dvs128Address.values()) {
            Path f = EventTestFiles.write(tmp.resolve(layout + ".aedat"), EventTestFiles.aedat2(e, layout));
            assertSameEvents(e, Aedat2Reader.read(f, layout));
            assertSameEvents(e, EventFiles.read(f, SensorSize.DVS128, layout));
        }
    }

    @Test
    void aedat2AddressConventionsAreTonicsAndJaers() {
        // raw address: row r8 = 5 (bits 8-14), column r1 = 9 (bits 1-7), bit 0 = 1 (OFF)
        int address = (5 << 8) | (9 << 1) | 1;
        assertEquals(127 - 5, Dvs128Address.TRANSPOSED.x(address));
        assertEquals(127 - 9, Dvs128Address.TRANSPOSED.y(address));
        assertEquals(127 - 9, Dvs128Address.JAER.x(address));
        assertEquals(5, Dvs128Address.JAER.y(address));
        assertEquals(0, Dvs128Address.polarity(address));
        assertEquals(address, Dvs128Address.TRANSPOSED.address(122, 118, 0));
    }

    @Test
    void aedat2SkipsSpecialEventsAndSortsLateTimestamps() {
        ByteBuffer b = ByteBuffer.allocate(EventTestFiles.AEDAT2_HEADER.length() + 24).order(ByteOrder.BIG_ENDIAN);
        b.put(EventTestFiles.AEDAT2_HEADER.getBytes(StandardCharsets.US_ASCII));
        b.putInt(Dvs128Address.JAER.address(3, 4, 1)).putInt(200);
        b.putInt(0x8000).putInt(150); // special event: no pixel
        b.putInt(Dvs128Address.JAER.address(5, 6, 0)).putInt(100); // earlier than the one before
        Events e = Aedat2Reader.decode(b.array(), "x.aedat", Dvs128Address.JAER);
        assertEquals(2, e.size());
        assertEquals(100, e.t(0));
        assertEquals(5, e.x(0));
        assertEquals(200, e.t(1));
        assertEquals(1, e.p(1));
    }

    @Test
    void aedat2RefusesBadInput() throws Exception {
        byte[] good = EventTestFiles.aedat2(stream(SensorSize.DVS128, 10, 2), Dvs128Address.TRANSPOSED);
        int header = EventTestFiles.AEDAT2_HEADER.length();
        Path truncated = EventTestFiles.write(tmp.resolve("truncated.aedat"), Arrays.copyOf(good, good.length - 3));
        expectError(() -> Aedat2Reader.read(truncated, Dvs128Address.TRANSPOSED), truncated.toString(), true,
                "byte " + (header + 72), "truncated");
        byte[] v3 = ("#!AER-DAT3.1\r\n" + "x").getBytes(StandardCharsets.US_ASCII);
        expectError(() -> Aedat2Reader.decode(v3, "v3.aedat", Dvs128Address.JAER), "v3.aedat", true, "byte 0", "#!AER-DAT2.0");
        expectError(() -> Aedat2Reader.decode(new byte[16], "nohead.aedat", Dvs128Address.JAER), "nohead.aedat", true,
                "no header");
        byte[] unterminated = "#!AER-DAT2.0\r\n# never ends".getBytes(StandardCharsets.US_ASCII);
        expectError(() -> Aedat2Reader.decode(unterminated, "u.aedat", Dvs128Address.JAER), "u.aedat", true, "byte 14");
        byte[] davis = good.clone();
        davis[header] = (byte) 0x80; // bit 31: a DAVIS APS sample, not a DVS128 address
        expectError(() -> Aedat2Reader.decode(davis, "davis.aedat", Dvs128Address.JAER), "davis.aedat", true,
                "byte " + header, "DVS128 address", "0x80");
        Path missing = tmp.resolve("missing.aedat");
        expectError(() -> Aedat2Reader.read(missing, Dvs128Address.JAER), missing.toString(), false, "cannot read");
    }

    @Test
    void aedat3RoundTripsWithOverflowAndSkipsOtherPackets() throws Exception {
        Events small = stream(SensorSize.DVS128, 3_000, 3);
        Path f = EventTestFiles.write(tmp.resolve("user01_lab.aedat"), EventTestFiles.aedat3(small, 700));
        assertSameEvents(small, Aedat3Reader.read(f, SensorSize.DVS128));
        assertSameEvents(small, EventFiles.read(f, SensorSize.DVS128, Dvs128Address.TRANSPOSED));
        Events late = EventTestFiles.random(new Random(4), SensorSize.DVS128, 500, (1L << 31) - 10_000, 100);
        assertSameEvents(late, Aedat3Reader.decode(EventTestFiles.aedat3(late, 64), "late.aedat", SensorSize.DVS128));
    }

    @Test
    void aedat3SkipsInvalidEvents() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(EventTestFiles.AEDAT3_HEADER.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(EventTestFiles.aedat3Packet((short) 1, 8, 4, 0, 3, 2, 1));
        ByteBuffer ev = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        ev.putInt((7 << 17) | (9 << 2) | 2 | 1).putInt(10); // valid ON at (7, 9)
        ev.putInt((8 << 17) | (9 << 2)).putInt(20); // invalid: skipped
        ev.putInt((1 << 17) | 1).putInt(30); // beyond eventNumber: ignored
        out.writeBytes(ev.array());
        Events e = Aedat3Reader.decode(out.toByteArray(), "v.aedat", SensorSize.DVS128);
        assertEquals(1, e.size());
        assertEquals(7, e.x(0));
        assertEquals(9, e.y(0));
        assertEquals(1, e.p(0));
        assertEquals(10, e.t(0));
    }

    @Test
    void aedat3RefusesBadInput() throws Exception {
        byte[] head = EventTestFiles.AEDAT3_HEADER.getBytes(StandardCharsets.US_ASCII);
        int h = head.length;
        byte[] good = EventTestFiles.aedat3(stream(SensorSize.DVS128, 100, 5), 1000);
        Path truncated = EventTestFiles.write(tmp.resolve("t.aedat"), Arrays.copyOf(good, good.length - 5));
        expectError(() -> Aedat3Reader.read(truncated, SensorSize.DVS128), truncated.toString(), true, "truncated");
        expectError(() -> Aedat3Reader.decode(concat(head, new byte[10]), "short.aedat", SensorSize.DVS128),
                "short.aedat", true, "byte " + h, "28 bytes");
        // a header that claims 2^31 events of 8 bytes: refused before any allocation
        byte[] huge = concat(head, EventTestFiles.aedat3Packet((short) 1, 8, 4, 0, Integer.MAX_VALUE, 5, 5));
        expectError(() -> Aedat3Reader.decode(huge, "huge.aedat", SensorSize.DVS128), "huge.aedat", true,
                "byte " + (h + 20));
        byte[] zeroSize = concat(head, EventTestFiles.aedat3Packet((short) 7, 0, 4, 0, 1, 1, 1));
        expectError(() -> Aedat3Reader.decode(zeroSize, "z.aedat", SensorSize.DVS128), "z.aedat", true,
                "byte " + (h + 4), "positive eventSize");
        byte[] numberAboveCapacity = concat(head, EventTestFiles.aedat3Packet((short) 1, 8, 4, 0, 1, 2, 0), new byte[8]);
        expectError(() -> Aedat3Reader.decode(numberAboveCapacity, "n.aedat", SensorSize.DVS128), "n.aedat", true,
                "byte " + (h + 20), "eventNumber");
        byte[] wrongSize = concat(head, EventTestFiles.aedat3Packet((short) 1, 16, 4, 0, 1, 1, 1), new byte[16]);
        expectError(() -> Aedat3Reader.decode(wrongSize, "w.aedat", SensorSize.DVS128), "w.aedat", true, "8 bytes");
        byte[] noEnd = "#!AER-DAT3.1\r\n#Format: RAW\r\n".getBytes(StandardCharsets.US_ASCII);
        expectError(() -> Aedat3Reader.decode(noEnd, "e.aedat", SensorSize.DVS128), "e.aedat", true, "#!END-HEADER");
        byte[] compressed = "#!AER-DAT3.1\r\n#Format: SerializedTS\r\n#!END-HEADER\r\n".getBytes(StandardCharsets.US_ASCII);
        expectError(() -> Aedat3Reader.decode(compressed, "c.aedat", SensorSize.DVS128), "c.aedat", true, "RAW");
        ByteBuffer outside = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt((200 << 17) | 1).putInt(5);
        byte[] bigX = concat(head, EventTestFiles.aedat3Packet((short) 1, 8, 4, 0, 1, 1, 1), outside.array());
        expectError(() -> Aedat3Reader.decode(bigX, "x.aedat", SensorSize.DVS128), "x.aedat", true,
                "byte " + (h + 28), "128x128", "(200, 0)");
    }

    @Test
    void atisRoundTripsWithOverflowMarkers() throws Exception {
        Events e = stream(SensorSize.N_MNIST, 4_000, 6);
        Path f = EventTestFiles.write(tmp.resolve("00002.bin"), EventTestFiles.atis(e));
        assertSameEvents(e, AtisBinReader.read(f, SensorSize.N_MNIST));
        assertSameEvents(e, EventFiles.read(f, SensorSize.N_MNIST, Dvs128Address.JAER));
        Events late = EventTestFiles.random(new Random(7), SensorSize.N_CALTECH101, 300, (1 << 23) - 500, 20_000);
        assertSameEvents(late, AtisBinReader.decode(EventTestFiles.atis(late), "late.bin", SensorSize.N_CALTECH101));
        // the production writer produces the same bytes as the test-side one
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtisBinWriter.write(late, out);
        assertEquals(Arrays.toString(EventTestFiles.atis(late)), Arrays.toString(out.toByteArray()));
        assertEquals(out.size(), AtisBinWriter.byteSize(late));
    }

    @Test
    void atisRefusesBadInput() {
        byte[] good = EventTestFiles.atis(stream(SensorSize.N_MNIST, 10, 8));
        expectError(() -> AtisBinReader.decode(Arrays.copyOf(good, 48), "t.bin", SensorSize.N_MNIST), "t.bin", true,
                "byte 45", "truncated");
        byte[] caltech = good.clone();
        caltech[10] = (byte) 200; // x of event 2 beyond the 34x34 N-MNIST sensor: a mislabelled file
        expectError(() -> AtisBinReader.decode(caltech, "c.bin", SensorSize.N_MNIST), "c.bin", true, "byte 10",
                "34x34", "(200, ");
    }

    @Test
    void numpyStructuredAndSeparateArraysRoundTrip() throws Exception {
        Events e = stream(new SensorSize(128, 128), 2_000, 9);
        Path npy = EventTestFiles.write(tmp.resolve("tonic.npy"), EventTestFiles.npyStructured(e, false));
        assertSameEvents(e, NumpyEventReader.read(npy, SensorSize.DVS128));
        Path signed = EventTestFiles.write(tmp.resolve("signed.npy"), EventTestFiles.npyStructured(e, true));
        assertSameEvents(e, NumpyEventReader.read(signed, SensorSize.DVS128));
        for (boolean deflate : new boolean[] {false, true}) {
            Path npz = EventTestFiles.write(tmp.resolve("sj-" + deflate + ".npz"), EventTestFiles.npz(e, deflate));
            assertSameEvents(e, NumpyEventReader.read(npz, SensorSize.DVS128));
            assertSameEvents(e, EventFiles.read(npz, SensorSize.DVS128, Dvs128Address.TRANSPOSED));
        }
        Events inferred = NumpyEventReader.read(npy, null);
        assertEquals(Arrays.stream(e.xs()).max().getAsInt() + 1, inferred.width());
        Path single = EventTestFiles.write(tmp.resolve("one.npz"),
                EventTestFiles.zip(Map.of("events.npy", EventTestFiles.npyStructured(e, false)), true));
        assertSameEvents(e, NumpyEventReader.read(single, SensorSize.DVS128));
    }

    @Test
    void numpyRefusesBadInput() throws Exception {
        Events e = stream(SensorSize.DVS128, 20, 10);
        byte[] good = EventTestFiles.npyStructured(e, false);
        expectError(() -> NumpyEventReader.decodeNpy(Arrays.copyOf(good, good.length - 1), "t.npy", SensorSize.DVS128),
                "t.npy", true, "truncated");
        byte[] magic = good.clone();
        magic[1] = 'X';
        expectError(() -> NumpyEventReader.decodeNpy(magic, "m.npy", SensorSize.DVS128), "m.npy", true, "byte 0", "NUMPY");
        byte[] hugeHeader = good.clone();
        hugeHeader[8] = (byte) 0xFF;
        hugeHeader[9] = (byte) 0xFF;
        expectError(() -> NumpyEventReader.decodeNpy(hugeHeader, "h.npy", SensorSize.DVS128), "h.npy", true, "byte 8");
        byte[] claims = EventTestFiles.npy("[('x', '<i2'), ('y', '<i2'), ('t', '<i8'), ('p', '|b1')]",
                Integer.MAX_VALUE, new byte[13]);
        expectError(() -> NumpyEventReader.decodeNpy(claims, "c.npy", SensorSize.DVS128), "c.npy", true, "truncated");
        byte[] floats = EventTestFiles.npy("[('x', '<f4'), ('y', '<i2'), ('t', '<i8'), ('p', '|b1')]", 1, new byte[15]);
        expectError(() -> NumpyEventReader.decodeNpy(floats, "f.npy", SensorSize.DVS128), "f.npy", true, "integer");
        byte[] noP = EventTestFiles.npy("[('x', '<i2'), ('y', '<i2'), ('t', '<i8')]", 1, new byte[12]);
        expectError(() -> NumpyEventReader.decodeNpy(noP, "p.npy", SensorSize.DVS128), "p.npy", true, "polarity");
        byte[] badPolarity = good.clone();
        int at = good.length - 13 * 20 + 12; // p of event 0
        badPolarity[at] = 5;
        expectError(() -> NumpyEventReader.decodeNpy(badPolarity, "b.npy", SensorSize.DVS128), "b.npy", true,
                "byte " + at, "polarity 0/1");
        byte[] syntax = EventTestFiles.npy("[('x', '<i2')", 1, new byte[2]);
        expectError(() -> NumpyEventReader.decodeNpy(syntax, "s.npy", SensorSize.DVS128), "s.npy", true, "dict");
        Path notZip = EventTestFiles.write(tmp.resolve("bad.npz"), "not a zip".getBytes(StandardCharsets.US_ASCII));
        expectError(() -> NumpyEventReader.read(notZip, SensorSize.DVS128), notZip.toString(), false, "zip");
        Path wrongEntries = EventTestFiles.write(tmp.resolve("w.npz"), EventTestFiles.zip(Map.of("a.npy", good, "b.npy", good), false));
        expectError(() -> NumpyEventReader.read(wrongEntries, SensorSize.DVS128), wrongEntries.toString(), true,
                "x, y, t, p", "a.npy");
        Path outside = EventTestFiles.write(tmp.resolve("o.npy"), good);
        expectError(() -> NumpyEventReader.read(outside, new SensorSize(2, 2)), outside.toString(), true, "2x2");
    }

    /** Found by the long fuzz run: a header byte 0x85 (NEL, a line break in some terminals) reached the message. */
    @Test
    void fileBytesInMessagesArePrintable() {
        byte[] good = EventTestFiles.npyStructured(stream(SensorSize.DVS128, 3, 12), false);
        byte[] nel = good.clone();
        nel[12] = (byte) 0x85; // inside the key 'descr'
        String m = expectError(() -> NumpyEventReader.decodeNpy(nel, "n.npy", SensorSize.DVS128), "n.npy", true, "\\x85");
        assertEquals(-1, m.indexOf('\u0085'));
    }

    @Test
    void unknownExtensionsAreRefused() {
        expectError(() -> EventFiles.read(tmp.resolve("a.txt"), SensorSize.DVS128, Dvs128Address.JAER), "a.txt", false,
                "expected an event file");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
