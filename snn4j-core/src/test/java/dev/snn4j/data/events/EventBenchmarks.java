/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.FrameSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements, not checks of behaviour: excluded from the default test run. Run with
 * {@code mvn -B test -Dtest=EventBenchmarks -Dsurefire.excludedGroups=none}; the numbers are printed.
 */
@Tag("benchmark")
class EventBenchmarks {

    @TempDir
    Path tmp;

    /**
     * Parse + integrate a CIFAR10-DVS-sized sample (300,000 events, AEDAT 2.0, 128x128 to 48x48,
     * T = 10) on one thread, from bytes in memory (the page cache's side of reading a file).
     */
    @Test
    void aedat2ParseAndIntegrateThroughput() throws IOException {
        Events e = EventTestFiles.random(new Random(1), SensorSize.DVS128, 300_000, 0, 8);
        byte[] bytes = EventTestFiles.aedat2(e, Dvs128Address.TRANSPOSED);
        Path file = EventTestFiles.write(tmp.resolve("sample.aedat"), bytes);
        FrameIntegrator integrator = new FrameIntegrator(SensorSize.DVS128, 10, 48, 48, FrameSplit.NUMBER, 0);
        int[] counts = new int[integrator.sampleSize()];
        long sink = 0;
        for (int warm = 0; warm < 200; warm++) {
            java.util.Arrays.fill(counts, 0);
            integrator.integrate(Aedat2Reader.decode(bytes, "x", Dvs128Address.TRANSPOSED), counts);
            sink += counts[warm];
        }
        int reps = 300;
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            java.util.Arrays.fill(counts, 0);
            integrator.integrate(Aedat2Reader.decode(bytes, "x", Dvs128Address.TRANSPOSED), counts);
            sink += counts[r];
        }
        double memory = 300_000.0 * reps / ((System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            java.util.Arrays.fill(counts, 0);
            integrator.integrate(Aedat2Reader.read(file, Dvs128Address.TRANSPOSED), counts);
            sink += counts[r];
        }
        double fromFile = 300_000.0 * reps / ((System.nanoTime() - t1) / 1e9);
        long t2 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            sink += Aedat2Reader.decode(bytes, "x", Dvs128Address.TRANSPOSED).size();
        }
        double parseOnly = 300_000.0 * reps / ((System.nanoTime() - t2) / 1e9);
        System.out.printf(Locale.ROOT, "AEDAT 2.0 parse+integrate (300k events, 128->48, T=10, 1 thread): "
                + "%.1f M events/s from memory, %.1f M events/s from file (page cache), parse alone %.1f M events/s%n",
                memory / 1e6, fromFile / 1e6, parseOnly / 1e6, sink);
        assertTrue(sink > 0);
    }

    /** Generating the built-in datasets at their default sizes, then integrating them (T = 10). */
    @Test
    void generatedDatasets() throws IOException {
        Map<String, String> env = Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString());
        for (DatasetId id : new DatasetId[] {DatasetId.NFMNIST, DatasetId.SHAPES_DVS}) {
            DatasetRequest r = new DatasetRequest(id, null, env, Set.of(), 10, 0);
            long t0 = System.nanoTime();
            EventCatalog catalog = EventDatasets.catalog(r);
            double generate = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            EventDatasets.catalog(r);
            double reuse = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            DatasetSplits s = Datasets.load(r);
            double frames = (System.nanoTime() - t2) / 1e9;
            EventDatasetInfo info = EventDatasetInfo.compute(catalog, 0);
            System.out.printf(Locale.ROOT, "%s: generated %d train + %d test in %.1f s (%d cores), reused in %.2f s, "
                    + "frames in %.1f s; events/sample min %d median %d max %d; duration median %d us; %.1f MB of .bin, "
                    + "%.1f MB of frames%n", id.cliName(), s.train().size(), s.test().size(), generate,
                    Runtime.getRuntime().availableProcessors(), reuse, frames, info.eventsPerSample().min(),
                    info.eventsPerSample().median(), info.eventsPerSample().max(), info.durationMicros().median(),
                    size(tmp.resolve("cache/generated")) / 1e6, size(tmp.resolve("cache/frames")) / 1e6);
            deleteTree(tmp.resolve("cache/generated"));
            deleteTree(tmp.resolve("cache/frames"));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
