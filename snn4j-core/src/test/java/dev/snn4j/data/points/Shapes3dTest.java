/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
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
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated shapes3d set: quick and deterministic, its batches, and the three-view preview of a cloud. */
class Shapes3dTest {

    @TempDir
    Path tmp;

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
