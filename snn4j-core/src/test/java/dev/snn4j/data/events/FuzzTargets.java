/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the fuzz properties share: a valid file of each format from a seed, structured mutations of its
 * bytes, and the one rule every reader must follow on any input: return events that make sense, or
 * throw a one-line {@link Snn4jException} naming the file (and, past the zip layer, the byte) —
 * nothing else, no hang, no OutOfMemoryError.
 */
final class FuzzTargets {

    enum Format { AEDAT2, AEDAT3, ATIS, NPY, NPZ }

    /** One change to a file: kind 0 flip a bit, 1 set a byte, 2 truncate, 3 insert bytes, 4 overwrite an int32, 5 cut a range. */
    record Mutation(int kind, int position, int value) {}

    /** Per-format tally: inputs read fine, rejected, and the slowest read in microseconds. */
    static final Map<Format, AtomicLong> ACCEPTED = new EnumMap<>(Format.class);
    static final Map<Format, AtomicLong> REJECTED = new EnumMap<>(Format.class);
    static final Map<Format, LongAccumulator> SLOWEST_MICROS = new EnumMap<>(Format.class);

    static {
        for (Format f : Format.values()) {
            ACCEPTED.put(f, new AtomicLong());
            REJECTED.put(f, new AtomicLong());
            SLOWEST_MICROS.put(f, new LongAccumulator(Math::max, 0));
        }
    }

    private static final int[] EXTREMES = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7FFF, 0xFFFF, 240, 8, 28};
    private static Path scratch;

    private FuzzTargets() {}

    static Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers()).as(Mutation::new).list().ofMinSize(1).ofMaxSize(5);
    }

    /**
     * The input for one try: a valid file mutated; for .npz, odd seeds mutate the x.npy inside the
     * archive (which is then zipped again, so the zip layer is intact and the .npy parser is reached).
     */
    static byte[] input(Format format, long seed, List<Mutation> mutations) {
        if (format != Format.NPZ || seed % 2 == 0) {
            return mutate(valid(format, seed), mutations);
        }
        Random rnd = new Random(seed);
        Events e = EventTestFiles.random(rnd, SensorSize.DVS128, rnd.nextInt(41), 0, 1000);
        try {
            byte[] npz = EventTestFiles.npz(e, rnd.nextBoolean());
            Map<String, byte[]> entries = new TreeMap<>();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(npz))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            entries.put("x.npy", mutate(entries.get("x.npy"), mutations));
            return EventTestFiles.zip(entries, rnd.nextBoolean());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A valid file of {@code format} with up to 40 events, from {@code seed}. */
    static byte[] valid(Format format, long seed) {
        Random rnd = new Random(seed);
        int n = rnd.nextInt(41);
        try {
            return switch (format) {
                case AEDAT2 -> EventTestFiles.aedat2(EventTestFiles.random(rnd, SensorSize.DVS128, n, 0, 1000),
                        Dvs128Address.TRANSPOSED);
                case AEDAT3 -> EventTestFiles.aedat3(EventTestFiles.random(rnd, SensorSize.DVS128, n,
                        rnd.nextBoolean() ? 0 : (1L << 31) - 5000, 1000), 1 + rnd.nextInt(16));
                case ATIS -> EventTestFiles.atis(EventTestFiles.random(rnd, SensorSize.N_MNIST, n,
                        rnd.nextBoolean() ? 0 : (1 << 23) - 3000, 1000));
                case NPY -> EventTestFiles.npyStructured(EventTestFiles.random(rnd, SensorSize.DVS128, n, 0, 1000),
                        rnd.nextBoolean());
                case NPZ -> EventTestFiles.npz(EventTestFiles.random(rnd, SensorSize.DVS128, n, 0, 1000), rnd.nextBoolean());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] mutate(byte[] data, List<Mutation> mutations) {
        byte[] b = data;
        for (Mutation m : mutations) {
            int len = b.length;
            int pos = len == 0 ? 0 : Math.floorMod(m.position(), len);
            switch (m.kind()) {
                case 0 -> {
                    if (len > 0) {
                        b = b.clone();
                        b[pos] ^= (byte) (1 << Math.floorMod(m.value(), 8));
                    }
                }
                case 1 -> {
                    if (len > 0) {
                        b = b.clone();
                        b[pos] = (byte) m.value();
                    }
                }
                case 2 -> b = Arrays.copyOf(b, pos);
                case 3 -> {
                    int k = 1 + Math.floorMod(m.value(), 16);
                    byte[] out = new byte[len + k];
                    System.arraycopy(b, 0, out, 0, pos);
                    for (int i = 0; i < k; i++) {
                        out[pos + i] = (byte) (m.value() >>> (8 * (i % 4)));
                    }
                    System.arraycopy(b, pos, out, pos + k, len - pos);
                    b = out;
                }
                case 4 -> {
                    if (len >= 4) {
                        b = b.clone();
                        int v = EXTREMES[Math.floorMod(m.value(), EXTREMES.length)];
                        int at = Math.min(pos, len - 4);
                        ByteBuffer.wrap(b).order(m.value() % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).putInt(at, v);
                    }
                }
                default -> {
                    int end = Math.min(len, pos + 1 + Math.floorMod(m.value(), 64));
                    byte[] out = new byte[len - (end - pos)];
                    System.arraycopy(b, 0, out, 0, pos);
                    System.arraycopy(b, end, out, pos, len - end);
                    b = out;
                }
            }
        }
        return b;
    }

    /** Reads {@code bytes} as {@code format}; checks the outcome is events that make sense or one clean error. */
    static void check(Format format, byte[] bytes) {
        String name = "fuzz-" + format.name().toLowerCase(Locale.ROOT) + "-input";
        long t0 = System.nanoTime();
        try {
            Events e = read(format, bytes, name);
            sane(e, bytes.length, format);
            ACCEPTED.get(format).incrementAndGet();
        } catch (Snn4jException ex) {
            String m = ex.getMessage();
            assertTrue(m != null && m.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029),
                    "one line, no control characters: " + m);
            assertTrue(m.contains(name), "names the file: " + m);
            boolean zipLayer = format == Format.NPZ && m.contains("not a readable .npz") || m.contains("cannot inflate");
            assertTrue(zipLayer || m.matches(".*: byte \\d+: expected .*, found .*"), "byte offset, expected, found: " + m);
            REJECTED.get(format).incrementAndGet();
        } catch (AssertionError broken) {
            throw broken;
        } catch (Throwable other) {
            fail(format + " reader threw " + other + " instead of a one-line Snn4jException", other);
        } finally {
            SLOWEST_MICROS.get(format).accumulate((System.nanoTime() - t0) / 1000);
        }
    }

    private static Events read(Format format, byte[] bytes, String name) throws IOException {
        return switch (format) {
            case AEDAT2 -> Aedat2Reader.decode(bytes, name, Dvs128Address.TRANSPOSED);
            case AEDAT3 -> Aedat3Reader.decode(bytes, name, SensorSize.DVS128);
            case ATIS -> AtisBinReader.decode(bytes, name, SensorSize.N_MNIST);
            case NPY -> NumpyEventReader.decodeNpy(bytes, name, SensorSize.DVS128);
            case NPZ -> {
                Path file = scratch().resolve(name + ".npz");
                Files.write(file, bytes);
                try {
                    yield NumpyEventReader.read(file, SensorSize.DVS128);
                } finally {
                    Files.deleteIfExists(file); // leaves the folder empty, so deleteOnExit removes it
                }
            }
        };
    }

    private static synchronized Path scratch() throws IOException {
        if (scratch == null) {
            scratch = Files.createTempDirectory("snn4j-fuzz");
            scratch.toFile().deleteOnExit();
        }
        return scratch;
    }

    /** Every event on the sensor, polarity 0/1, time sorted; never more events than the input could hold. */
    private static void sane(Events e, int inputBytes, Format format) {
        for (int i = 0; i < e.size(); i++) {
            if (!e.sensor().contains(e.x(i), e.y(i)) || (e.p(i) != 0 && e.p(i) != 1) || (i > 0 && e.t(i) < e.t(i - 1))) {
                fail(format + ": event " + i + " is not sane: " + e.t(i) + " " + e.x(i) + " " + e.y(i) + " " + e.p(i));
            }
        }
        int minBytesPerEvent = format == Format.NPZ ? 0 : format == Format.ATIS ? 5 : format == Format.NPY ? 4 : 8;
        if (minBytesPerEvent > 0 && (long) e.size() * minBytesPerEvent > inputBytes) {
            fail(format + ": " + e.size() + " events from " + inputBytes + " bytes");
        }
    }

    /** "AEDAT2: 3000 inputs, 120 read, 2880 rejected, slowest 2 ms" per format. */
    static String report() {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values()) {
            long a = ACCEPTED.get(f).get();
            long r = REJECTED.get(f).get();
            if (a + r > 0) {
                b.append(String.format(Locale.ROOT, "%n  %-6s %,9d inputs: %,9d read, %,9d rejected cleanly, slowest %,d us",
                        f, a + r, a, r, SLOWEST_MICROS.get(f).get()));
            }
        }
        return b.toString();
    }
}
