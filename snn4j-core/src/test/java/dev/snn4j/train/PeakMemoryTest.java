/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each run of an experiment (one process) reports its own peak, not the largest earlier run's. */
class PeakMemoryTest {

    private static boolean clearRefsWorks() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void resetStartsANewPeak() throws Exception {
        assumeTrue(clearRefsWorks(), "Linux with a writable /proc/self/clear_refs");
        ByteBuffer big = ByteBuffer.allocateDirect(256 << 20);
        for (int i = 0; i < big.capacity(); i += 4096) {
            big.put(i, (byte) 1); // touch every page: resident
        }
        double withBuffer = PeakMemory.megabytes();
        big = null;
        for (int i = 0; i < 5 && PeakMemory.megabytes() >= withBuffer; i++) {
            System.gc(); // frees the direct buffer's native memory
            Thread.sleep(100);
            PeakMemory.reset();
        }
        double after = PeakMemory.megabytes();
        assertTrue(after < withBuffer - 200, "peak after reset " + after + " MB, with the 256 MB buffer " + withBuffer + " MB");
    }
}
