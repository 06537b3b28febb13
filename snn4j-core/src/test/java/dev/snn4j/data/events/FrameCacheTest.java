/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.FrameSplit;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame cache: a second run reads it; changed settings, sources or damaged files never give stale frames. */
class FrameCacheTest {

    @TempDir
    Path tmp;
    private Path data;
    private DatasetRequest request;

    @BeforeEach
    void fixture() throws Exception {
        data = EventFixtures.nmnist(tmp.resolve("nmnist"), 2, 1, 21);
        request = new DatasetRequest(DatasetId.N_MNIST, data, Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString()),
                Set.of(), 4, 0);
    }

    private static String status(DatasetSplits s) {
        return s.details().get("frames_train_cache_status");
    }

    private static Path file(DatasetSplits s) {
        return Path.of(s.details().get("frames_train_cache"));
    }

    private static int[] allCounts(DatasetSplits s) {
        EventFrameDataset d = (EventFrameDataset) s.train();
        int n = d.sampleSize();
        int[] all = new int[d.size() * n];
        for (int i = 0; i < d.size(); i++) {
            System.arraycopy(d.counts(i), 0, all, i * n, n);
        }
        return all;
    }

    @Test
    void secondRunHitsTheCache() throws Exception {
        DatasetSplits first = Datasets.load(request);
        assertEquals("built (no cache file)", status(first));
        assertTrue(file(first).startsWith(tmp.resolve("cache").resolve("frames")), file(first).toString());
        assertTrue(file(first).getFileName().toString().matches("n-mnist-train-T4-[0-9a-f]{16}\\.frames"));
        DatasetSplits second = Datasets.load(request);
        assertEquals("hit", status(second));
        assertEquals(file(first), file(second));
        assertArrayEquals(allCounts(first), allCounts(second));
        byte[] head = Files.readAllBytes(file(first));
        assertEquals("SNN4JFRM", new String(head, 0, 8, StandardCharsets.US_ASCII));
        assertTrue(new String(head, StandardCharsets.ISO_8859_1).contains("dataset=n-mnist part=train T=4 split=number"));
    }

    @Test
    void changedSettingsUseOtherFiles() {
        DatasetSplits base = Datasets.load(request);
        for (DatasetRequest changed : new DatasetRequest[] {
                new DatasetRequest(DatasetId.N_MNIST, data, request.env(), Set.of(), 5, 0),
                request.withFrames(FrameOptions.DEFAULT.withSplit(FrameSplit.TIME)),
                request.withFrames(FrameOptions.DEFAULT.withClip(1)),
                request.withFrames(FrameOptions.DEFAULT.withSize(17, 17))}) {
            DatasetSplits s = Datasets.load(changed);
            assertEquals("built (no cache file)", status(s), changed.toString());
            assertNotEquals(file(base), file(s));
        }
        assertEquals("hit", status(Datasets.load(request)), "the original file is still valid");
    }

    @Test
    void changedSourceFileIsNeverReadStale() throws Exception {
        DatasetSplits before = Datasets.load(request);
        Path f = EventDatasets.catalog(request).train().get(0).file();
        Events other = EventTestFiles.random(new Random(99), SensorSize.N_MNIST, 333, 0, 100);
        Files.write(f, EventTestFiles.atis(other));
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5_000));
        DatasetSplits after = Datasets.load(request);
        assertEquals("built (no cache file)", status(after));
        assertNotEquals(file(before), file(after));
        assertEquals(333, java.util.Arrays.stream(((EventFrameDataset) after.train()).counts(0)).sum());
    }

    @Test
    void damagedCacheFilesAreRecomputedNotFatal() throws Exception {
        DatasetSplits good = Datasets.load(request);
        Path cache = file(good);
        int[] expected = allCounts(good);
        long size = Files.size(cache);
        try (RandomAccessFile raf = new RandomAccessFile(cache.toFile(), "rw")) { // flip one count bit
            raf.seek(size - 10);
            int b = raf.read();
            raf.seek(size - 10);
            raf.write(b ^ 0x40);
        }
        DatasetSplits afterFlip = Datasets.load(request);
        assertEquals("built (checksum mismatch)", status(afterFlip));
        assertArrayEquals(expected, allCounts(afterFlip));
        try (RandomAccessFile raf = new RandomAccessFile(cache.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        DatasetSplits afterTruncation = Datasets.load(request);
        assertTrue(status(afterTruncation).startsWith("built (size "), status(afterTruncation));
        assertArrayEquals(expected, allCounts(afterTruncation));
        Files.write(cache, "garbage".getBytes(StandardCharsets.US_ASCII));
        assertTrue(status(Datasets.load(request)).startsWith("built (size"));
        assertEquals("hit", status(Datasets.load(request)));
    }

    @Test
    void aFileWithAnotherKeyUnderThisNameIsNotUsed() throws Exception {
        DatasetSplits good = Datasets.load(request);
        Path cache = file(good);
        byte[] bytes = Files.readAllBytes(cache);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("T=4");
        bytes[at + 2] = '5'; // same length, different key: e.g. a hash collision or a hand-copied file
        Files.write(cache, bytes);
        assertEquals("built (header (key, shape or labels) differs)", status(Datasets.load(request)));
    }
}
