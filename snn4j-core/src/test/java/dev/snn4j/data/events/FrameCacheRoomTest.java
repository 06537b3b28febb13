/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A frame cache the disk has no room for is refused before a byte is written (issue 12: 18.5 GB at T = 100000). */
class FrameCacheRoomTest {

    @Test
    void aCacheBiggerThanTheDiskIsRefusedUnwritten(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("cache/frames.bin");
        long free = Files.getFileStore(dir).getUsableSpace();
        FrameCacheFile.requireRoom(target, 1024, 4, 34, 34); // a small one fits
        Snn4jException e = assertThrows(Snn4jException.class, () -> FrameCacheFile.requireRoom(target, free + (1L << 40), 100_000, 34, 34));
        assertEquals(String.format(java.util.Locale.ROOT, "frame cache %s: expected room for %,.2f GB (100000 frames x 2 x 34 x 34 x 2"
                + " bytes per sample), found %,.2f GB free on its disk; use a smaller `timesteps` or `frame_size`, or free space",
                target, (free + (1L << 40)) / (double) (1L << 30), free / (double) (1L << 30)).substring(0, 60),
                e.getMessage().substring(0, 60));
        assertEquals(-1, e.getMessage().indexOf('\n'));
        assertFalse(Files.exists(target));
    }
}
