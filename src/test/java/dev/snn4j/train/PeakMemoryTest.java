package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each run of an experiment (one process) reports its own peak, not the largest earlier run's. */
class PeakMemoryTest {

    @Test
    void resetStartsANewPeak() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/proc/self/clear_refs")), "Linux with /proc/self/clear_refs");
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
