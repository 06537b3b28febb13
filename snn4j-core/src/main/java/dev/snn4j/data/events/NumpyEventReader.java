/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads event files as Python SNN tools write them with NumPy.
 *
 * <ul>
 *   <li>{@code .npz} (a zip of .npy files, stored or deflated) with one array per column, named
 *       x, y, t (or ts, timestamp) and p (or pol, polarity), as SpikingJelly's {@code np.savez}
 *       writes; or with a single structured array;</li>
 *   <li>{@code .npy} holding one structured array with those fields, as tonic's event dtype.</li>
 * </ul>
 * Columns must be integer or bool; timestamps are microseconds. Polarity may be 0/1, bool, or
 * -1/1 (−1 is OFF). Errors name the file, for .npz the entry as {@code FILE!ENTRY}, and the byte
 * offset inside that .npy. An .npz entry is inflated into memory only up to its declared size and
 * at most 1,100 times its compressed size, so a lying archive cannot exhaust memory.
 */
public final class NumpyEventReader {

    static final List<String> T_NAMES = List.of("t", "ts", "timestamp", "timestamps");
    static final List<String> X_NAMES = List.of("x");
    static final List<String> Y_NAMES = List.of("y");
    static final List<String> P_NAMES = List.of("p", "pol", "polarity", "polarities");
    /** Deflate cannot expand data by more than about 1032:1. */
    static final long MAX_INFLATION = 1100;

    private NumpyEventReader() {}

    /**
     * Reads a .npy or .npz event file.
     *
     * @param sensor the sensor size, or null to take max(x) + 1 by max(y) + 1
     */
    public static Events read(Path file, SensorSize sensor) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".npz")) {
            return readNpz(file, sensor);
        }
        return decodeNpy(EventFileBytes.read(file), file.toString(), sensor);
    }

    /** Decodes the bytes of an .npy file holding a structured event array. */
    public static Events decodeNpy(byte[] data, String name, SensorSize sensor) {
        NpyArray a = NpyArray.parse(data, name);
        if (!a.structured) {
            throw Corrupt.at(name, 0, "a structured array with fields x, y, t, p", "a plain array of " + a.plain().type());
        }
        return EventColumns.structured(a, sensor);
    }

    private static Events readNpz(Path file, SensorSize sensor) {
        String name = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!e.isDirectory()) {
                    entries.put(e.getName(), e);
                }
            }
            String t = pick(entries, T_NAMES);
            String x = pick(entries, X_NAMES);
            String y = pick(entries, Y_NAMES);
            String p = pick(entries, P_NAMES);
            if (t != null && x != null && y != null && p != null) {
                return EventColumns.separate(array(zip, entries.get(t), name), array(zip, entries.get(x), name),
                        array(zip, entries.get(y), name), array(zip, entries.get(p), name), sensor, name);
            }
            if (entries.size() == 1) {
                NpyArray a = array(zip, entries.values().iterator().next(), name);
                if (a.structured) {
                    return EventColumns.structured(a, sensor);
                }
            }
            throw Corrupt.at(name, 0, "arrays x, y, t, p (or one structured array)", "entries " + new ArrayList<>(entries.keySet()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw Corrupt.file(name, "not a readable .npz (zip) archive", e);
        }
    }

    private static String pick(Map<String, ZipEntry> entries, List<String> names) {
        for (String n : names) {
            if (entries.containsKey(n + ".npy")) {
                return n + ".npy";
            }
        }
        return null;
    }

    private static NpyArray array(ZipFile zip, ZipEntry entry, String file) throws IOException {
        String name = file + "!" + entry.getName();
        long declared = entry.getSize();
        long compressed = entry.getCompressedSize();
        long cap = EventFileBytes.MAX_BYTES;
        if (declared >= 0) {
            cap = Math.min(cap, declared);
        }
        if (compressed >= 0) {
            cap = Math.min(cap, compressed * MAX_INFLATION + 65_536);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes((int) cap);
            if (in.read() != -1) {
                throw Corrupt.at(name, cap, "an entry of at most " + cap + " bytes (its declared or plausible size)",
                        "more data");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw Corrupt.file(name, "cannot inflate", e);
        }
        if (declared >= 0 && bytes.length != declared) {
            throw Corrupt.at(name, bytes.length, declared + " bytes (the size the archive declares)",
                    bytes.length + " bytes");
        }
        return NpyArray.parse(bytes, name);
    }
}
