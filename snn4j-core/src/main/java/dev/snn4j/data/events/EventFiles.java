/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads any event file snn4j knows, choosing the reader by file name: {@code .aedat} (AEDAT 2.0 or
 * 3.1, told apart by the first header line), {@code .bin} (ATIS), {@code .npy} and {@code .npz}
 * (NumPy).
 */
public final class EventFiles {

    private EventFiles() {}

    /** Whether {@code file}'s name ends in an extension {@link #read} understands. */
    public static boolean isEventFile(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".aedat") || n.endsWith(".bin") || n.endsWith(".npy") || n.endsWith(".npz");
    }

    /**
     * Reads one event file.
     *
     * @param sensor the sensor the events come from; AEDAT 2.0 files are always a DVS128; for NumPy
     *     files null means "as large as the events need"
     * @param dvs128 how AEDAT 2.0 addresses map to pixels
     */
    public static Events read(Path file, SensorSize sensor, Dvs128Address dvs128) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".npy") || n.endsWith(".npz")) {
            return NumpyEventReader.read(file, sensor);
        }
        if (n.endsWith(".bin")) {
            return AtisBinReader.read(file, sensor);
        }
        if (n.endsWith(".aedat")) {
            byte[] data = EventFileBytes.read(file);
            if (startsWith(data, Aedat3Reader.VERSION_LINE)) {
                return Aedat3Reader.decode(data, file.toString(), sensor);
            }
            return Aedat2Reader.decode(data, file.toString(), dvs128);
        }
        throw Corrupt.message(file + ": expected an event file (.aedat, .bin, .npy or .npz), found '"
                + file.getFileName() + "'");
    }

    private static boolean startsWith(byte[] data, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (data.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (data[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
