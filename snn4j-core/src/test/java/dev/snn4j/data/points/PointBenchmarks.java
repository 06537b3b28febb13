/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.EventDataOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long reading and surface-sampling OFF meshes takes (ModelNet40's meshes are mostly 1k-100k
 * faces), and shapes3d generation. Run with
 * {@code mvn test -Dtest=PointBenchmarks -Dsurefire.excludedGroups=fuzz}.
 */
@Tag("benchmark")
class PointBenchmarks {

    @TempDir
    Path tmp;

    /** A closed-ish random mesh: a grid of {@code n x n} vertices on a bumpy sphere, as quads. */
    static String sphereMesh(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder("OFF\n").append(n * n).append(' ').append((n - 1) * (n - 1)).append(" 0\n");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double th = Math.PI * i / (n - 1);
                double ph = 2 * Math.PI * j / (n - 1);
                double rad = 1 + 0.05 * r.nextDouble();
                b.append(String.format(Locale.ROOT, "%.6f %.6f %.6f%n", rad * Math.sin(th) * Math.cos(ph), rad * Math.cos(th),
                        rad * Math.sin(th) * Math.sin(ph)));
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            for (int j = 0; j + 1 < n; j++) {
                int a = i * n + j;
                b.append("4 ").append(a).append(' ').append(a + 1).append(' ').append(a + n + 1).append(' ').append(a + n).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void offMeshesPerSecond() {
        List<String> classes = DatasetId.MODELNET10.classNames();
        int perClass = 12;
        long bytes = 0;
        for (int c = 0; c < classes.size(); c++) {
            for (int i = 0; i < perClass; i++) {
                String mesh = sphereMesh(60 + 10 * (i % 5), c * 100L + i); // 3.6k-10k vertices, 7k-19k triangles
                bytes += mesh.length();
                PointFixtures.write(tmp.resolve(classes.get(c)).resolve(i == 0 ? "test" : "train").resolve("m" + i + ".off"), mesh);
            }
        }
        DatasetRequest r = new DatasetRequest(DatasetId.MODELNET10, tmp, Map.of(), Set.of(), 4, 0);
        Datasets.load(r); // warm-up
        long start = System.nanoTime();
        Datasets.load(r);
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "OFF: %d meshes (%.1f MB) read and sampled (1,024 points) in %.2f s: %.0f meshes/s, %.1f MB/s on %d processors%n",
                classes.size() * perClass, bytes / 1e6, s, classes.size() * perClass / s, bytes / 1e6 / s,
                Runtime.getRuntime().availableProcessors());
        long g = System.nanoTime();
        Datasets.load(new DatasetRequest(DatasetId.SHAPES3D, null, Map.of(), Set.of(), 4, 0)
                .withEvents(new EventDataOptions(0, 4000, 1000)));
        System.out.printf(Locale.ROOT, "shapes3d: 5,000 clouds of 1,024 points in %.2f s%n", (System.nanoTime() - g) / 1e9);
    }
}
