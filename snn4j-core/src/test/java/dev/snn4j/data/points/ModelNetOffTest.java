/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import static dev.snn4j.data.OneLineErrors.expectError;
import static dev.snn4j.data.points.PointFixtures.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.StaticDataOptions;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelNet as OFF meshes: parsing OFF, sampling over the surface, and loading a mesh tree with its bad files. */
class ModelNetOffTest {

    @TempDir
    Path tmp;

    @Test
    void offHeadersIncludingCountsOnTheOffLineAndFanTriangulation() {
        OffMesh a = OffMesh.parse(PointFixtures.box(0, 0, 0, 1, 1, 1, false), "a.off");
        OffMesh b = OffMesh.parse(PointFixtures.box(0, 0, 0, 1, 1, 1, true), "b.off");
        assertEquals(8, a.vertexCount());
        assertEquals(12, a.triangleCount(), "6 quads, 2 triangles each");
        assertArrayEquals(a.vertices(), b.vertices());
        assertArrayEquals(a.triangles(), b.triangles());
        assertEquals(6.0, a.area(), 1e-9);
        OffMesh pentagon = OffMesh.parse("OFF 5 1 0\n0 0 0\n1 0 0\n1 1 0\n0.5 1.5 0\n0 1 0\n5 0 1 2 3 4 255 0 0\n", "p.off");
        assertArrayEquals(new int[] {0, 1, 2, 0, 2, 3, 0, 3, 4}, pentagon.triangles());
        assertEquals(1.25, pentagon.area(), 1e-9);
        OffMesh spaced = OffMesh.parse("OFF\n\n# comment\n3 1 0 \n0 0 0\n  1 0 0 # x\n0 1 0\n3 0 1 2\n", "s.off");
        assertEquals(0.5, spaced.area(), 1e-9);

        expectError(() -> OffMesh.parse("OF\n3 1 0\n", "x.off"), "x.off: line 1: expected 'OFF', found 'OF'");
        expectError(() -> OffMesh.parse("", "x.off"), "x.off: line 1: expected 'OFF', found an empty file");
        expectError(() -> OffMesh.parse("\u0089PNG\n", "x.off"), "x.off: line 1: expected 'OFF', found '\\x89PNG'");
        expectError(() -> OffMesh.parse("OFF\nthree 1 0\n", "x.off"), "x.off: line 2: expected a vertex count");
        expectError(() -> OffMesh.parse("OFF3 1 0\n0 0 0\n1 0\n0 1 0\n3 0 1 2\n", "x.off"),
                "x.off: line 3: expected vertex 1 as three numbers x y z, found '1 0'");
        expectError(() -> OffMesh.parse("OFF3 1 0\n0 0 0\n1 0 0\n", "x.off"), "x.off: line 4: expected 3 vertices, found the end");
        expectError(() -> OffMesh.parse("OFF3 2 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n", "x.off"),
                "x.off: line 6: expected 2 faces, found the end of the file after 1");
        expectError(() -> OffMesh.parse("OFF3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 3\n", "x.off"),
                "x.off: line 5: expected a vertex index 0..2, found '3 0 1 3'");
        expectError(() -> OffMesh.parse("OFF3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1\n", "x.off"), "line 5: expected a vertex index");
        OffMesh flat = OffMesh.parse("OFF3 1 0\n0 0 0\n1 0 0\n2 0 0\n3 0 1 2\n", "flat.off");
        expectError(() -> flat.sample(4, new SplittableRandom(1), "flat.off"),
                "flat.off: expected faces with a positive total area", "found 1 triangle(s) of area 0.0");
    }

    @Test
    void surfaceSamplingStaysOnTheSurfaceAndWeighsByArea() {
        OffMesh cube = OffMesh.parse(PointFixtures.box(3, -1, 0, 2, 2, 2, true), "cube.off");
        float[] p = cube.sample(4096, new SplittableRandom(7), "cube.off");
        int[] perFace = new int[6];
        for (int i = 0; i < 4096; i++) {
            double dx = p[3 * i] - 4;
            double dy = p[3 * i + 1];
            double dz = p[3 * i + 2] - 1;
            double cheb = Math.max(Math.abs(dx), Math.max(Math.abs(dy), Math.abs(dz)));
            assertEquals(1.0, cheb, 1e-5, "on the cube's surface");
            int axis = Math.abs(dx) >= cheb - 1e-5 ? 0 : Math.abs(dy) >= cheb - 1e-5 ? 1 : 2;
            double v = axis == 0 ? dx : axis == 1 ? dy : dz;
            perFace[2 * axis + (v > 0 ? 1 : 0)]++;
        }
        for (int f : perFace) {
            assertEquals(4096 / 6.0, f, 4 * Math.sqrt(4096 / 6.0), "faces of equal area get equal shares");
        }
        PointClouds.normalize(p, 0, 4096);
        assertEquals(1.0, PointClouds.maxNorm(p, 0, 4096), 1e-6, "unit sphere");
        double mean = 0;
        for (int i = 0; i < 4096; i++) {
            mean += p[3 * i];
        }
        assertEquals(0.0, mean / 4096, 1e-6, "centred");
        // the farthest points of a cube's surface are its corners: after normalisation every point has
        // the same max |coordinate| (the half side), 1/sqrt(3) when the farthest sample is near a corner
        double cheb0 = Math.max(Math.abs(p[0]), Math.max(Math.abs(p[1]), Math.abs(p[2])));
        assertEquals(1 / Math.sqrt(3), cheb0, 0.05);

        // one big (area 8) and one small (area 0.5) triangle, far apart: 1/17 of the points on the small one
        OffMesh two = OffMesh.parse("OFF 6 2 0\n0 0 0\n4 0 0\n0 4 0\n100 0 0\n101 0 0\n100 1 0\n3 0 1 2\n3 3 4 5\n", "two.off");
        int n = 40_000;
        float[] q = two.sample(n, new SplittableRandom(3), "two.off");
        int small = 0;
        for (int i = 0; i < n; i++) {
            small += q[3 * i] >= 100 ? 1 : 0;
            if (q[3 * i] < 100) {
                assertTrue(q[3 * i] + q[3 * i + 1] <= 4 + 1e-5 && q[3 * i] >= 0 && q[3 * i + 1] >= 0, "inside the big triangle");
            }
        }
        double expected = 0.5 / 8.5;
        double sigma = Math.sqrt(expected * (1 - expected) / n);
        assertEquals(expected, small / (double) n, 4 * sigma);
        // same seed, same points
        assertArrayEquals(q, two.sample(n, new SplittableRandom(3), "two.off"));
    }

    @Test
    void modelNet10FromMeshesIsDeterministicPerDataSeedAndInterleavesClasses() throws Exception {
        Path root = tmp.resolve("m");
        PointFixtures.offTree(root.resolve("ModelNet10"), DatasetId.MODELNET10.classNames(), 3, 1);
        DatasetSplits s = Datasets.load(request(DatasetId.MODELNET10, root, 64, 5, Set.of()));
        assertEquals(30, s.train().size());
        assertEquals(10, s.test().size());
        assertArrayEquals(new long[] {64, 3}, s.train().sampleShape());
        assertFalse(s.train().temporal());
        assertEquals(DatasetId.MODELNET10.classNames(), s.train().classNames());
        for (int i = 0; i < 30; i++) {
            assertEquals(i % 10, s.train().label(i), "round-robin over classes");
        }
        assertEquals("off", s.details().get("point_format"));
        assertEquals("64", s.facts().get("points_per_sample"));
        PointSamples train = (PointSamples) s.train();
        for (int i = 0; i < 30; i++) {
            assertEquals(1.0, PointClouds.maxNorm(train.cloud(i), 0, 64), 1e-6);
        }
        DatasetSplits again = Datasets.load(request(DatasetId.MODELNET10, root.resolve("ModelNet10"), 64, 5, Set.of()));
        DatasetSplits other = Datasets.load(request(DatasetId.MODELNET10, root, 64, 6, Set.of()));
        assertArrayEquals(train.cloud(7), ((PointSamples) again.train()).cloud(7));
        assertFalse(java.util.Arrays.equals(train.cloud(7), ((PointSamples) other.train()).cloud(7)));
        assertThrows(IndexOutOfBoundsException.class, () -> s.train().label(30));
    }

    @Test
    void badMeshesStopTheLoadOrAreSkippedAndReported() {
        Path root = PointFixtures.offTree(tmp.resolve("ModelNet10"), DatasetId.MODELNET10.classNames(), 2, 1);
        Path bad = PointFixtures.write(root.resolve("sofa/train/sofa_0002.off"), "OFF\n3 1 0\n0 0 0\n1 0 0\n");
        PointFixtures.write(root.resolve("desk/test/desk_0003.off"), "0FF\n");
        String m = expectError(() -> Datasets.load(request(DatasetId.MODELNET10, root, 32, 0, Set.of())),
                bad.toString(), "line 5: expected 3 vertices");
        assertFalse(m.contains("desk"), "the first bad file in file order: " + m);
        DatasetSplits s = Datasets.load(request(DatasetId.MODELNET10, root, 32, 0, Set.of()).withStatics(
                StaticDataOptions.DEFAULT.withPoints(32).withSkipBadFiles(true)));
        assertEquals(19, s.train().size());
        assertEquals(9, s.test().size(), "desk_0003.off was the desk's test mesh");
        assertEquals("2", s.details().get("skipped_bad_files"));
        assertEquals(2, s.warnings().size());
        assertTrue(s.warnings().get(0).startsWith("skipped " + bad + ": line 5:"), s.warnings().get(0));
        assertTrue(s.warnings().get(1).contains("desk_0003.off: line 1: expected 'OFF', found '0FF'"), s.warnings().get(1));
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, root, 32, 0, Set.of())), "expected ModelNet40 in one of its three forms");
        expectError(() -> Datasets.load(request(DatasetId.MODELNET10, root, 32, 0, Set.of(Augmentation.CROP))),
                "augment crop: expected rotate, scale, translate, jitter or none for modelnet10");
    }
}
