package dev.snn4j.data.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.Augmentation;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.HostBatch;
import dev.snn4j.data.ImagePreview;
import dev.snn4j.data.StaticDataOptions;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** ModelNet in its three forms, shapes3d, point augmentation and the three-view preview. */
class PointDatasetsTest {

    @TempDir
    Path tmp;

    static String expectError(Executable action, String... parts) {
        Snn4jException e = assertThrows(Snn4jException.class, action);
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        for (String p : parts) {
            assertTrue(m.contains(p), () -> "message lacks '" + p + "': " + m);
        }
        return m;
    }

    static DatasetRequest request(DatasetId id, Path data, int points, long dataSeed, Set<Augmentation> augment) {
        return new DatasetRequest(id, data, Map.of(), augment, 4, 0)
                .withEvents(new EventDataOptions(dataSeed, 200, 50))
                .withStatics(StaticDataOptions.DEFAULT.withPoints(points));
    }

    // ---- OFF meshes ----

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
                "--augment crop: expected rotate, scale, translate, jitter or none for modelnet10");
    }

    // ---- resampled text ----

    @Test
    void resampledTextRoundTripsExactlyAndNamesBadFiles() {
        List<String> classes = DatasetId.MODELNET10.classNames();
        Path dir = PointFixtures.resampledTree(tmp.resolve("modelnet40_normal_resampled"), "modelnet10", classes, 3, 2, 40);
        DatasetSplits s = Datasets.load(request(DatasetId.MODELNET10, tmp, 32, 0, Set.of()));
        assertEquals("resampled", s.details().get("point_format"));
        assertEquals(20, s.train().size());
        assertEquals(10, s.test().size());
        PointSamples train = (PointSamples) s.train();
        // train sample 1 is class 1's first file (file number 3), interleaved
        assertEquals(1, train.label(1));
        float[] expected = new float[32 * 3];
        for (int p = 0; p < 32; p++) {
            for (int k = 0; k < 3; k++) {
                expected[3 * p + k] = PointFixtures.coord(3, p, k);
            }
        }
        PointClouds.normalize(expected, 0, 32);
        assertArrayEquals(expected, train.cloud(1));

        expectError(() -> Datasets.load(request(DatasetId.MODELNET10, tmp, 41, 0, Set.of())),
                "bathtub_0001.txt: expected at least 41 points (lines x,y,z,nx,ny,nz), found 40");
        PointFixtures.write(dir.resolve("bed/bed_0002.txt"), "0.1,0.2,0.3,0,0,1\n0.1,zero,0.3,0,0,1\n");
        expectError(() -> Datasets.load(request(DatasetId.MODELNET10, tmp, 32, 0, Set.of())),
                "bed_0002.txt: line 2: expected x,y,z,nx,ny,nz numbers, found '0.1,zero,0.3,0,0,1'");
        PointFixtures.write(dir.resolve("bed/bed_0002.txt"), "0.1,0.2,0.3,0,0,1\n".repeat(8));
        PointFixtures.write(dir.resolve("modelnet10_test.txt"), "bathtub_0003\ncar_0001\n");
        expectError(() -> Datasets.load(request(DatasetId.MODELNET10, tmp, 8, 0, Set.of())),
                "modelnet10_test.txt: line 2: expected <class>_<number> with a class of the shape names, found 'car_0001'");
        PointFixtures.write(dir.resolve("modelnet10_shape_names.txt"), "bathtub\nbed\n");
        expectError(() -> Datasets.load(request(DatasetId.MODELNET10, tmp, 8, 0, Set.of())),
                "modelnet10_shape_names.txt: expected 10 class names for ModelNet10, one per line, found 2");
    }

    // ---- HDF5 ----

    @Test
    void hdf5RoundTripsExactlyAcrossNumberedFiles() {
        Path dir = tmp.resolve("modelnet40_ply_hdf5_2048");
        PointFixtures.h5(dir.resolve("ply_data_train0.h5"), 0, new int[] {0, 39, 5}, 20);
        PointFixtures.h5(dir.resolve("ply_data_train1.h5"), 1, new int[] {7}, 20);
        PointFixtures.h5(dir.resolve("ply_data_test0.h5"), 9, new int[] {3, 4}, 20);
        PointFixtures.write(dir.resolve("shape_names.txt"), String.join("\n", DatasetId.MODELNET40.classNames()) + "\n");
        DatasetSplits s = Datasets.load(request(DatasetId.MODELNET40, tmp, 16, 0, Set.of()));
        assertEquals("hdf5", s.details().get("point_format"));
        assertEquals(4, s.train().size());
        assertEquals(List.of(0, 39, 5, 7), List.of(s.train().label(0), s.train().label(1), s.train().label(2), s.train().label(3)));
        assertEquals(List.of(3, 4), List.of(s.test().label(0), s.test().label(1)));
        float[] expected = new float[16 * 3];
        for (int p = 0; p < 16; p++) {
            for (int k = 0; k < 3; k++) {
                expected[3 * p + k] = PointFixtures.h5coord(1, 0, p, k);
            }
        }
        PointClouds.normalize(expected, 0, 16);
        assertArrayEquals(expected, ((PointSamples) s.train()).cloud(3), "the first 16 of 20 points, normalised");
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, tmp, 21, 0, Set.of())),
                "ply_data_train0.h5: dataset 'data': expected at least --points 21 points per cloud, found 20");
    }

    @Test
    void hdf5AsH5pyWritesPointNetsFilesChunkedCompressedWithUnsignedLabels() throws Exception {
        Path file = tmp.resolve("fixture.h5");
        try (InputStream in = getClass().getResourceAsStream("/dev/snn4j/data/points/pointnet_layout.h5")) {
            Files.copy(in, file);
        }
        ModelNetHdf5.H5Clouds c = ModelNetHdf5.H5Clouds.read(file, 16, 40);
        assertArrayEquals(new int[] {3, 10, 17}, c.labels());
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 16; p++) {
                for (int k = 0; k < 3; k++) {
                    assertEquals(i * 0.5f + p * 0.25f + k * 0.125f, c.xyz()[(i * 16 + p) * 3 + k]);
                }
            }
        }
        expectError(() -> ModelNetHdf5.H5Clouds.read(file, 16, 10), "fixture.h5: dataset 'label': expected labels 0..9, found 10.0 at index 1");
    }

    @Test
    void badHdf5FilesAreNamed() throws Exception {
        Path dir = tmp.resolve("h");
        PointFixtures.write(dir.resolve("shape_names.txt"), String.join("\n", DatasetId.MODELNET40.classNames()));
        PointFixtures.h5(dir.resolve("ply_data_test0.h5"), 0, new int[] {1}, 8);
        Path good = PointFixtures.h5(dir.resolve("ply_data_train0.h5"), 0, new int[] {1, 2}, 8);
        Path bad = dir.resolve("ply_data_train1.h5");
        Files.write(bad, "this is not HDF5 at all, only text".getBytes());
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())), bad + ": not a readable HDF5 file");
        byte[] whole = Files.readAllBytes(good);
        Files.write(bad, java.util.Arrays.copyOf(whole, whole.length / 2));
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())), bad.toString());
        DatasetSplits skipped = Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())
                .withStatics(StaticDataOptions.DEFAULT.withPoints(8).withSkipBadFiles(true)));
        assertEquals(2, skipped.train().size());
        assertEquals("1", skipped.details().get("skipped_bad_files"));
        PointFixtures.h5(bad, 0, new int[] {40}, 8);
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())),
                bad + ": dataset 'label': expected labels 0..39, found 40.0 at index 0");
        try (var h5 = io.jhdf.HdfFile.write(bad)) {
            h5.putDataset("data", new float[2][8][3]);
        }
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())), bad + ": expected a dataset 'label'");
        try (var h5 = io.jhdf.HdfFile.write(bad)) {
            h5.putDataset("data", new float[2][8][2]);
            h5.putDataset("label", new int[2][1]);
        }
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())),
                bad + ": dataset 'data': expected the shape [n, points, 3], found [2, 8, 2]");
        try (var h5 = io.jhdf.HdfFile.write(bad)) {
            h5.putDataset("data", new float[2][8][3]);
            h5.putDataset("label", new int[3][1]);
        }
        expectError(() -> Datasets.load(request(DatasetId.MODELNET40, dir, 8, 0, Set.of())),
                bad + ": dataset 'label': expected the shape [2, 1] to match 'data', found [3, 1]");
    }

    // ---- augmentation ----

    @Test
    void augmentationsStayWithinTheirBounds() {
        int n = 256;
        float[] cloud = new float[3 * n];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 3 * n; i++) {
            cloud[i] = (float) r.nextDouble(-1, 1);
        }
        PointClouds.normalize(cloud, 0, n);
        for (int seed = 0; seed < 50; seed++) {
            float[] j = apply(cloud, EnumSet.of(Augmentation.JITTER), seed);
            for (int i = 0; i < 3 * n; i++) {
                assertTrue(Math.abs(j[i] - cloud[i]) <= 0.05 + 1e-6);
            }
            float[] t = apply(cloud, EnumSet.of(Augmentation.TRANSLATE), seed);
            for (int k = 0; k < 3; k++) {
                double d = t[k] - cloud[k];
                assertTrue(Math.abs(d) <= 0.1);
                for (int i = 0; i < n; i++) {
                    assertEquals(d, t[3 * i + k] - cloud[3 * i + k], 1e-5);
                }
            }
            float[] s = apply(cloud, EnumSet.of(Augmentation.SCALE), seed);
            for (int k = 0; k < 3; k++) {
                double f = s[k] / cloud[k];
                assertTrue(f >= 0.8 - 1e-5 && f <= 1.25 + 1e-5, "scale " + f);
                for (int i = 0; i < n; i++) {
                    assertEquals(f * cloud[3 * i + k], s[3 * i + k], 1e-5);
                }
            }
            float[] o = apply(cloud, EnumSet.of(Augmentation.ROTATE), seed);
            for (int i = 0; i < n; i++) {
                assertEquals(cloud[3 * i + 1], o[3 * i + 1], "y is the up axis");
                assertEquals(Math.hypot(cloud[3 * i], cloud[3 * i + 2]), Math.hypot(o[3 * i], o[3 * i + 2]), 1e-5);
            }
        }
        double sum2 = 0;
        for (int seed = 0; seed < 20; seed++) {
            float[] j = apply(cloud, EnumSet.of(Augmentation.JITTER), seed);
            for (int i = 0; i < 3 * n; i++) {
                sum2 += Math.pow(j[i] - cloud[i], 2);
            }
        }
        assertEquals(0.01, Math.sqrt(sum2 / (20 * 3 * n)), 0.001, "jitter sigma");
    }

    private static float[] apply(float[] cloud, Set<Augmentation> a, long seed) {
        float[] out = cloud.clone();
        new PointAugmenter(a).apply(out, 0, out.length / 3, new SplittableRandom(seed));
        return out;
    }

    // ---- shapes3d, batches, preview ----

    @Test
    void shapes3dIsGeneratedQuicklyAndDeterministically() throws Exception {
        assertEquals(EnumSet.of(Augmentation.ROTATE, Augmentation.SCALE, Augmentation.TRANSLATE, Augmentation.JITTER),
                Augmentation.resolve("auto", DatasetId.SHAPES3D));
        assertEquals(EnumSet.of(Augmentation.SCALE, Augmentation.TRANSLATE, Augmentation.JITTER),
                Augmentation.resolve("auto", DatasetId.MODELNET40));
        DatasetRequest r = new DatasetRequest(DatasetId.SHAPES3D, null, Map.of(), Augmentation.resolve("auto", DatasetId.SHAPES3D), 4, 0)
                .withEvents(new EventDataOptions(11, 4000, 1000));
        long start = System.nanoTime();
        DatasetSplits s = Datasets.load(r);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("shapes3d: 5,000 clouds of 1,024 points generated in %.2f s%n", seconds);
        assertTrue(seconds < 20, "generated in seconds: " + seconds);
        assertEquals(4000, s.train().size());
        assertEquals(1000, s.test().size());
        assertArrayEquals(new long[] {1024, 3}, s.train().sampleShape());
        assertEquals(DatasetId.SHAPES3D.classNames(), s.train().classNames());
        PointSamples train = (PointSamples) s.train();
        for (int i = 0; i < 40; i++) {
            assertEquals(i % 10, train.label(i));
            assertEquals(1.0, PointClouds.maxNorm(train.cloud(i), 0, 1024), 1e-5);
        }
        DatasetSplits again = Datasets.load(r.withEvents(new EventDataOptions(11, 30, 10)));
        assertArrayEquals(train.cloud(17), ((PointSamples) again.train()).cloud(17), "sample i does not depend on the set size");
        assertArrayEquals(((PointSamples) s.test()).cloud(3), ((PointSamples) again.test()).cloud(3));
        DatasetSplits other = Datasets.load(r.withEvents(new EventDataOptions(12, 30, 10)));
        assertFalse(java.util.Arrays.equals(train.cloud(17), ((PointSamples) other.train()).cloud(17)));
        assertNotEquals(train.cloud(3)[0], ((PointSamples) s.test()).cloud(3)[0]);

        // a disc is flat: its points' smallest spread is tiny next to the others
        float[] disc = train.cloud(7);
        assertEquals(Shapes3d.Shape.DISC.ordinal(), train.label(7));
        double[] ev = eigenvalues(disc, 1024);
        assertTrue(ev[0] < 0.05 * ev[2], java.util.Arrays.toString(ev));

        // batches: [B, N, 3], augmented the same way twice
        try (BatchLoader a = BatchLoader.training(again.train(), 8, 3, 0); BatchLoader b = BatchLoader.training(again.train(), 8, 3, 0)) {
            HostBatch x = a.next();
            assertArrayEquals(new long[] {8, 1024, 3}, x.shape());
            assertEquals(x, b.next());
        }

        Path png = tmp.resolve("preview/cloud.png");
        BufferedImage img = PointPreview.render(s.test(), 0, 96);
        ImagePreview.writePng(png, img);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(3 * 96 + 2 * PointPreview.GAP, back.getWidth());
        assertEquals(96, back.getHeight());
        for (int v = 0; v < 3; v++) {
            int drawn = 0;
            for (int y = 2; y < 94; y++) {
                for (int x = v * (96 + PointPreview.GAP) + 2; x < v * (96 + PointPreview.GAP) + 94; x++) {
                    drawn += (back.getRGB(x, y) & 0xFFFFFF) != PointPreview.BACKGROUND ? 1 : 0;
                }
            }
            assertTrue(drawn > 100, "view " + v + " shows the cloud");
        }
        assertThrows(Snn4jException.class, () -> PointPreview.render(s.test(), 1000, 96));
    }

    /** Eigenvalues of the points' covariance, ascending (Jacobi rotations on the 3x3 matrix). */
    private static double[] eigenvalues(float[] xyz, int n) {
        double[][] c = new double[3][3];
        double[] m = new double[3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                m[k] += xyz[3 * i + k] / (double) n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    c[a][b] += (xyz[3 * i + a] - m[a]) * (xyz[3 * i + b] - m[b]) / n;
                }
            }
        }
        for (int sweep = 0; sweep < 50; sweep++) {
            for (int p = 0; p < 2; p++) {
                for (int q = p + 1; q < 3; q++) {
                    if (Math.abs(c[p][q]) < 1e-15) {
                        continue;
                    }
                    double theta = 0.5 * Math.atan2(2 * c[p][q], c[q][q] - c[p][p]);
                    double cs = Math.cos(theta);
                    double sn = Math.sin(theta);
                    for (int k = 0; k < 3; k++) {
                        double a = c[k][p];
                        double b = c[k][q];
                        c[k][p] = cs * a - sn * b;
                        c[k][q] = sn * a + cs * b;
                    }
                    for (int k = 0; k < 3; k++) {
                        double a = c[p][k];
                        double b = c[q][k];
                        c[p][k] = cs * a - sn * b;
                        c[q][k] = sn * a + cs * b;
                    }
                }
            }
        }
        double[] ev = {c[0][0], c[1][1], c[2][2]};
        java.util.Arrays.sort(ev);
        return ev;
    }
}
