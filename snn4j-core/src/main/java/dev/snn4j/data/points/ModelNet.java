/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Reads ModelNet10/40 in the three forms it is distributed in, into normalised clouds of N points:
 * finds which form a folder holds ({@link #locate}) and hands it to the reader of that form,
 * {@link ModelNetHdf5} (PointNet's {@code ply_data_*.h5}), {@link ModelNetResampled} (PointNet++'s
 * {@code x,y,z,nx,ny,nz} text) or {@link ModelNetOff} (the original {@code .off} meshes).
 *
 * <p>Files are read on all cores. The text formats (OFF and resampled) have one file per cloud and
 * share {@link #readFiles}, which reorders them round-robin over the classes (each class keeping its
 * file order), so that a limited set ({@code --train-limit}) still has every class; the HDF5 files
 * keep their (already shuffled) order.
 */
final class ModelNet {

    /** A distribution form of ModelNet. */
    enum Format {
        HDF5("PointNet HDF5 (modelnet40_ply_hdf5_2048)"),
        RESAMPLED("PointNet++ resampled text (modelnet40_normal_resampled)"),
        OFF("original OFF meshes, surface-sampled");

        final String description;

        Format(String description) {
            this.description = description;
        }

        String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where and in which form a ModelNet copy is. */
    record Located(Format format, Path dir) {}

    /** One split read: clouds, labels, and the files left out. */
    record Split(float[] xyz, int[] labels, List<String> skipped, int files) {}

    /** Clouds of both splits and what to say about them. */
    record Read(Format format, Path dir, List<String> classNames, Split train, Split test) {}

    private ModelNet() {}

    /** Finds the form of the copy in {@code root}: root itself or its distributed sub-folders. */
    static Located locate(DatasetId id, Path root) {
        String prefix = id.cliName(); // modelnet10 / modelnet40
        String meshes = id == DatasetId.MODELNET10 ? "ModelNet10" : "ModelNet40";
        List<Path> candidates = List.of(root, root.resolve(prefix + "_ply_hdf5_2048"), root.resolve("modelnet40_ply_hdf5_2048"),
                root.resolve(prefix + "_normal_resampled"), root.resolve("modelnet40_normal_resampled"), root.resolve(meshes));
        for (Path dir : candidates) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            if (!ModelNetHdf5.files(dir, "train").isEmpty() && Files.isRegularFile(dir.resolve("shape_names.txt"))) {
                return new Located(Format.HDF5, dir);
            }
            if (Files.isRegularFile(dir.resolve(prefix + "_shape_names.txt"))) {
                return new Located(Format.RESAMPLED, dir);
            }
            if (Files.isDirectory(dir.resolve(id.classNames().get(0)).resolve("train"))) {
                return new Located(Format.OFF, dir);
            }
        }
        throw Problems.error(root + ": expected " + id.displayName() + " in one of its three forms, found none: "
                + expectedLayouts(id));
    }

    static String expectedLayouts(DatasetId id) {
        String prefix = id.cliName();
        return "PointNet's HDF5 (ply_data_train*.h5, ply_data_test*.h5 and shape_names.txt, e.g. in "
                + "modelnet40_ply_hdf5_2048/), PointNet++'s resampled text (" + prefix + "_shape_names.txt, " + prefix
                + "_train.txt, " + prefix + "_test.txt and <class>/<class>_0001.txt, e.g. in modelnet40_normal_resampled/) or"
                + " the original meshes (<class>/train/*.off and <class>/test/*.off, e.g. in "
                + (id == DatasetId.MODELNET10 ? "ModelNet10/" : "ModelNet40/") + ")";
    }

    /** Reads both splits of the copy at {@code where}, with the reader of its form. */
    static Read read(DatasetId id, Located where, int points, long dataSeed, boolean skipBad) {
        Path dir = where.dir();
        return switch (where.format()) {
            case HDF5 -> ModelNetHdf5.read(id, dir, points, skipBad);
            case RESAMPLED -> ModelNetResampled.read(id, dir, points, skipBad);
            case OFF -> ModelNetOff.read(id, dir, points, dataSeed, skipBad);
        };
    }

    /** A file of one sample: where it is, its path relative to the dataset folder, its label. */
    record FileSample(Path path, String key, int label) {}

    /** How a format with one file per cloud reads one file into its N points. */
    @FunctionalInterface
    interface CloudReader {
        float[] read(FileSample f);
    }

    /** Reads every file on all cores, then normalises and collects them in file order. */
    static Split readFiles(List<FileSample> files, int points, int classes, boolean skipBad, CloudReader reader) {
        float[][] clouds = new float[files.size()][];
        String[] errors = new String[files.size()];
        RuntimeException[] causes = new RuntimeException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                clouds[i] = reader.read(files.get(i));
            } catch (Snn4jException e) {
                errors[i] = e.getMessage();
                causes[i] = e;
            } catch (RuntimeException e) {
                errors[i] = files.get(i).path() + ": cannot read: " + Problems.describe(e);
                causes[i] = e;
            }
        });
        List<String> skipped = new ArrayList<>();
        int[] keptLabels = new int[files.size()];
        int kept = 0;
        for (int i = 0; i < files.size(); i++) {
            if (errors[i] != null) {
                if (!skipBad) {
                    throw causes[i] instanceof Snn4jException s ? s : Problems.error(errors[i], causes[i]);
                }
                skipped.add(errors[i]);
                continue;
            }
            keptLabels[kept++] = files.get(i).label();
        }
        int[] labels = java.util.Arrays.copyOf(keptLabels, kept);
        int[] order = PointClouds.interleave(labels, classes);
        float[][] keptClouds = new float[kept][];
        int k = 0;
        for (float[] c : clouds) {
            if (c != null) {
                keptClouds[k++] = c;
            }
        }
        float[] xyz = new float[kept * points * 3];
        int[] outLabels = new int[kept];
        for (int j = 0; j < kept; j++) {
            System.arraycopy(keptClouds[order[j]], 0, xyz, j * points * 3, points * 3);
            PointClouds.normalize(xyz, j * points * 3, points);
            outLabels[j] = labels[order[j]];
        }
        return new Split(xyz, outLabels, skipped, files.size());
    }

    /** Class names, one per line; there must be as many as {@code id} has classes. */
    static List<String> names(Path file, DatasetId id) {
        List<String> names = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        if (names.size() != id.numClasses()) {
            throw Problems.error(file + ": expected " + id.numClasses() + " class names for " + id.displayName()
                    + ", one per line, found " + names.size());
        }
        return names;
    }
}
