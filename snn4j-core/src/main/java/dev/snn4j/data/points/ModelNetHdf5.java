/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.Problems;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ModelNet in PointNet's HDF5 form ({@link ModelNet.Format#HDF5}, {@code modelnet40_ply_hdf5_2048}):
 * {@code ply_data_train0.h5}.., {@code ply_data_test0.h5}.., each with datasets {@code data}
 * [n, 2048, 3] (float) and {@code label} [n, 1] (integers), and {@code shape_names.txt}. A cloud is
 * the first N of the 2,048 points, as PointNet trains on them. The files keep their (already
 * shuffled) order, and a file that cannot be read is skipped whole when asked: its clouds cannot be
 * told apart.
 */
final class ModelNetHdf5 {

    private ModelNetHdf5() {}

    /** Reads both splits of the copy in {@code dir}. */
    static ModelNet.Read read(DatasetId id, Path dir, int points, boolean skipBad) {
        List<String> names = ModelNet.names(dir.resolve("shape_names.txt"), id);
        return new ModelNet.Read(ModelNet.Format.HDF5, dir, names, readSplit(dir, "train", points, names.size(), skipBad),
                readSplit(dir, "test", points, names.size(), skipBad));
    }

    private static final Pattern H5_NUMBER = Pattern.compile("ply_data_(train|test)(\\d*)\\.h5");

    /** {@code ply_data_<split>N.h5} files of {@code dir}, by N (so 10 comes after 9). */
    static List<Path> files(Path dir, String split) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                Matcher m = H5_NUMBER.matcher(p.getFileName().toString());
                return m.matches() && m.group(1).equals(split);
            }).sorted(Comparator.comparingLong((Path p) -> {
                Matcher m = H5_NUMBER.matcher(p.getFileName().toString());
                m.matches();
                return m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2));
            })).toList();
        } catch (IOException e) {
            throw Problems.error(dir + ": cannot list: " + Problems.describe(e), e);
        }
    }

    /** Reads the clouds of PointNet's HDF5 files; a file that cannot be read is skipped whole when asked. */
    private static ModelNet.Split readSplit(Path dir, String split, int points, int classes, boolean skipBad) {
        List<Path> files = files(dir, split);
        if (files.isEmpty()) {
            throw Problems.error(dir + ": expected ply_data_" + split + "0.h5 (and more), found no ply_data_" + split + "*.h5");
        }
        List<float[]> parts = new ArrayList<>();
        List<int[]> labelParts = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int total = 0;
        for (Path file : files) {
            try {
                H5Clouds c = H5Clouds.read(file, points, classes);
                parts.add(c.xyz());
                labelParts.add(c.labels());
                total += c.labels().length;
            } catch (Snn4jException e) {
                if (!skipBad) {
                    throw e;
                }
                skipped.add(e.getMessage());
            }
        }
        float[] xyz = new float[total * points * 3];
        int[] labels = new int[total];
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            System.arraycopy(parts.get(p), 0, xyz, at * points * 3, parts.get(p).length);
            System.arraycopy(labelParts.get(p), 0, labels, at, labelParts.get(p).length);
            at += labelParts.get(p).length;
        }
        for (int i = 0; i < total; i++) {
            PointClouds.normalize(xyz, i * points * 3, points);
        }
        return new ModelNet.Split(xyz, labels, skipped, files.size());
    }

    /** The first N points of every cloud of one HDF5 file, and its labels, checked. */
    record H5Clouds(float[] xyz, int[] labels) {

        static H5Clouds read(Path file, int points, int classes) {
            try (HdfFile h5 = new HdfFile(file)) {
                Dataset data = dataset(h5, file, "data");
                Dataset label = dataset(h5, file, "label");
                int[] dims = data.getDimensions();
                if (dims.length != 3 || dims[2] < 3 || dims[1] < 1) {
                    throw Problems.error(file + ": dataset 'data': expected the shape [n, points, 3], found "
                            + java.util.Arrays.toString(dims));
                }
                if (dims[1] < points) {
                    throw Problems.error(file + ": dataset 'data': expected at least `points` " + points + " points per cloud, found "
                            + dims[1]);
                }
                int n = dims[0];
                int[] ldims = label.getDimensions();
                long lcount = 1;
                for (int d : ldims) {
                    lcount *= d;
                }
                if (ldims.length == 0 || ldims[0] != n || lcount != n) {
                    throw Problems.error(file + ": dataset 'label': expected the shape [" + n + ", 1] to match 'data', found "
                            + java.util.Arrays.toString(ldims));
                }
                Object flat = data.getDataFlat();
                float[] xyz = new float[n * points * 3];
                int stride = dims[1] * dims[2];
                for (int i = 0; i < n; i++) {
                    for (int p = 0; p < points; p++) {
                        for (int k = 0; k < 3; k++) {
                            double v = number(flat, i * stride + p * dims[2] + k, file, "data");
                            if (!Double.isFinite(v)) {
                                throw Problems.error(file + ": dataset 'data': expected finite coordinates, found " + v + " in cloud "
                                        + i + ", point " + p);
                            }
                            xyz[(i * points + p) * 3 + k] = (float) v;
                        }
                    }
                }
                Object lflat = label.getDataFlat();
                int[] labels = new int[n];
                for (int i = 0; i < n; i++) {
                    double v = number(lflat, i, file, "label");
                    if (v != Math.rint(v) || v < 0 || v >= classes) {
                        throw Problems.error(file + ": dataset 'label': expected labels 0.." + (classes - 1) + ", found " + v
                                + " at index " + i);
                    }
                    labels[i] = (int) v;
                }
                return new H5Clouds(xyz, labels);
            } catch (Snn4jException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Problems.error(file + ": not a readable HDF5 file: " + Problems.describe(e), e);
            }
        }

        private static Dataset dataset(HdfFile h5, Path file, String name) {
            var node = h5.getChildren().get(name);
            if (!(node instanceof Dataset d)) {
                throw Problems.error(file + ": expected a dataset '" + name + "' (PointNet's layout: data [n, 2048, 3], label [n, 1]),"
                        + " found " + (node == null ? "none" : "a group") + "; the file has " + h5.getChildren().keySet());
            }
            return d;
        }

        private static double number(Object flat, int index, Path file, String name) {
            if (flat instanceof float[] f) {
                return f[index];
            }
            if (flat instanceof double[] d) {
                return d[index];
            }
            Object v = flat.getClass().isArray() ? Array.get(flat, index) : null;
            if (v instanceof Number num) {
                return num.doubleValue();
            }
            throw Problems.error(file + ": dataset '" + name + "': expected numbers, found " + flat.getClass().getSimpleName());
        }
    }
}
