/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory (VmHWM on Linux: Java heap, native tensors and libraries
 * together) since the current run started, or the JVM heap in use where /proc is not available.
 */
final class PeakMemory {

    private PeakMemory() {}

    /**
     * Starts a new peak at the current resident size, so that runs sharing one process (an
     * experiment) each report their own peak: Linux resets VmHWM when "5" is written to
     * /proc/self/clear_refs. Elsewhere, or without permission, the peak stays the process's.
     */
    static void reset() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak remains the whole process's
        }
    }

    static double megabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back below
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }
}
