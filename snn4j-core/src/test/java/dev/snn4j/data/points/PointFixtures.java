/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.EventDataOptions;
import dev.snn4j.data.StaticDataOptions;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For the point-cloud tests: small ModelNet-format files (OFF meshes, resampled text, PointNet HDF5)
 * and the request that loads them.
 */
final class PointFixtures {

    private PointFixtures() {}

    /** A load of {@code id} from {@code data}: N points per cloud, the data seed that seeds surface sampling. */
    static DatasetRequest request(DatasetId id, Path data, int points, long dataSeed, Set<Augmentation> augment) {
        return new DatasetRequest(id, data, Map.of(), augment, 4, 0)
                .withEvents(new EventDataOptions(dataSeed, 200, 50))
                .withStatics(StaticDataOptions.DEFAULT.withPoints(points));
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The box [x0, x0 + sx] x [y0, y0 + sy] x [z0, z0 + sz] as 8 vertices and 6 quads, counts on the
     * OFF line itself when {@code quirk}.
     */
    static String box(double x0, double y0, double z0, double sx, double sy, double sz, boolean quirk) {
        StringBuilder b = new StringBuilder(quirk ? "OFF8 6 0\n" : "OFF\n# a box\n8 6 0\n");
        for (int i = 0; i < 8; i++) {
            b.append(String.format(Locale.ROOT, "%s %s %s%n", x0 + ((i & 1) == 0 ? 0 : sx), y0 + ((i & 2) == 0 ? 0 : sy),
                    z0 + ((i & 4) == 0 ? 0 : sz)));
        }
        b.append("4 0 2 3 1\n4 4 5 7 6\n4 0 1 5 4\n4 2 6 7 3\n4 0 4 6 2\n4 1 3 7 5\n");
        return b.toString();
    }

    /** A ModelNet mesh tree: {@code train} and {@code test} boxes per class, each with other proportions. */
    static Path offTree(Path dir, List<String> classes, int train, int test) {
        for (int c = 0; c < classes.size(); c++) {
            for (int i = 0; i < train + test; i++) {
                String split = i < train ? "train" : "test";
                String name = String.format(Locale.ROOT, "%s_%04d.off", classes.get(c), i + 1);
                write(dir.resolve(classes.get(c)).resolve(split).resolve(name),
                        box(c, i, 0, 1 + c * 0.1, 1 + i * 0.2, 0.5, i % 2 == 0));
            }
        }
        return dir;
    }

    /** Coordinates of point p of resampled file {@code f}: distinct, exact in float. */
    static float coord(int f, int p, int k) {
        return (float) (((f * 7 + p * 3 + k * 5) % 64) / 16.0 - 2);
    }

    /** A resampled tree with {@code perClass} files per class, each of {@code points} lines, the first {@code trainPerClass} for training. */
    static Path resampledTree(Path dir, String prefix, List<String> classes, int perClass, int trainPerClass, int points) {
        write(dir.resolve(prefix + "_shape_names.txt"), String.join("\n", classes) + "\n");
        StringBuilder train = new StringBuilder();
        StringBuilder test = new StringBuilder();
        int f = 0;
        for (String c : classes) {
            for (int i = 1; i <= perClass; i++, f++) {
                String item = String.format(Locale.ROOT, "%s_%04d", c, i);
                (i <= trainPerClass ? train : test).append(item).append('\n');
                StringBuilder b = new StringBuilder();
                for (int p = 0; p < points; p++) {
                    b.append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f,0.000000,1.000000,0.000000%n", coord(f, p, 0), coord(f, p, 1),
                            coord(f, p, 2)));
                }
                write(dir.resolve(c).resolve(item + ".txt"), b.toString());
            }
        }
        write(dir.resolve(prefix + "_train.txt"), train.toString());
        write(dir.resolve(prefix + "_test.txt"), test.toString());
        return dir;
    }

    /** data [n, points, 3] with value h5coord(file, i, p, k), label [n, 1] = labels. */
    static Path h5(Path file, int fileNo, int[] labels, int points) {
        float[][][] data = new float[labels.length][points][3];
        int[][] label = new int[labels.length][1];
        for (int i = 0; i < labels.length; i++) {
            label[i][0] = labels[i];
            for (int p = 0; p < points; p++) {
                for (int k = 0; k < 3; k++) {
                    data[i][p][k] = h5coord(fileNo, i, p, k);
                }
            }
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("data", data);
            h5.putDataset("label", label);
        }
        return file;
    }

    static float h5coord(int file, int i, int p, int k) {
        return (float) (Math.sin(file * 100 + i * 10 + p + k * 0.3) * (1 + i));
    }
}
