/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.StaticDataOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --skip-bad-files works for event datasets too (issue 12: it was ignored there). */
class SkipBadEventFilesTest {

    @TempDir
    Path tmp;

    private DatasetRequest request(Path dir, boolean skip) {
        StaticDataOptions d = StaticDataOptions.DEFAULT;
        return new DatasetRequest(DatasetId.N_MNIST, dir, Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString()), Set.of(), 2,
                0, FrameOptions.DEFAULT, EventDataOptions.DEFAULT,
                new StaticDataOptions(d.imageSize(), d.points(), skip, d.decodeThreads(), d.normalize()));
    }

    @Test
    void aCorruptEventFileIsSkippedAndNamedOrStopsTheRun() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nmnist"), 2, 1, 1);
        Path bad = dir.resolve("Train/3/00300.bin");
        byte[] bytes = Files.readAllBytes(bad);
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length - 2)); // a torn last event

        Snn4jException e = assertThrows(Snn4jException.class, () -> Datasets.load(request(dir, false)));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());

        DatasetSplits s = Datasets.load(request(dir, true));
        assertEquals(19, s.train().size(), "20 files, one left out");
        assertEquals(10, s.test().size());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).startsWith("skipped: " + bad), s.warnings().get(0));
        assertEquals("1", s.details().get("skipped_bad_files"));
    }
}
