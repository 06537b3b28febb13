/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import static dev.snn4j.data.OneLineErrors.expectError;
import static dev.snn4j.data.points.PointFixtures.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.StaticDataOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelNet as PointNet's HDF5 files: exact round trip, h5py's own files, and the errors naming bad files. */
class ModelNetHdf5Test {

    @TempDir
    Path tmp;

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
                "ply_data_train0.h5: dataset 'data': expected at least `points` 21 points per cloud, found 20");
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
}
