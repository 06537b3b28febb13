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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelNet as PointNet++'s resampled text: exact round trip and the errors naming bad files. */
class ModelNetResampledTest {

    @TempDir
    Path tmp;

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
}
