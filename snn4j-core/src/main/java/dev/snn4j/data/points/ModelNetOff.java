/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * ModelNet as its original meshes ({@link ModelNet.Format#OFF}): {@code <class>/train/*.off} and
 * {@code <class>/test/*.off} ({@code ModelNet40/} or {@code ModelNet10/}). N points are sampled
 * uniformly over each mesh's surface ({@link OffMesh#sample}), with a generator seeded by the data
 * seed and the file's relative path, so a file always gives the same cloud for one seed, on any
 * number of threads.
 */
final class ModelNetOff {

    private ModelNetOff() {}

    /** Reads both splits of the copy in {@code dir}; the classes are those of {@code id}, in its order. */
    static ModelNet.Read read(DatasetId id, Path dir, int points, long dataSeed, boolean skipBad) {
        List<String> names = id.classNames();
        return new ModelNet.Read(ModelNet.Format.OFF, dir, names,
                ModelNet.readFiles(list(dir, "train", names), points, names.size(), skipBad, f -> sample(f, points, dataSeed)),
                ModelNet.readFiles(list(dir, "test", names), points, names.size(), skipBad, f -> sample(f, points, dataSeed)));
    }

    /** N points sampled over the mesh's surface, seeded by the data seed and the file's key. */
    private static float[] sample(ModelNet.FileSample f, int points, long dataSeed) {
        OffMesh mesh = OffMesh.read(f.path());
        return mesh.sample(points, new SplittableRandom(PointClouds.mix(dataSeed, PointClouds.hash(f.key()))), f.path().toString());
    }

    /** The meshes of one split: {@code <class>/<split>/*.off}, classes in label order, files by name. */
    private static List<ModelNet.FileSample> list(Path dir, String split, List<String> names) {
        List<ModelNet.FileSample> out = new ArrayList<>();
        for (int label = 0; label < names.size(); label++) {
            Path folder = dir.resolve(names.get(label)).resolve(split);
            if (!Files.isDirectory(folder)) {
                throw Problems.error(folder + ": missing: the mesh layout needs <class>/train/ and <class>/test/ for each of the "
                        + names.size() + " classes");
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".off"))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                    out.add(new ModelNet.FileSample(f, names.get(label) + "/" + split + "/" + f.getFileName(), label));
                }
            } catch (IOException e) {
                throw Problems.error(folder + ": cannot list: " + Problems.describe(e), e);
            }
        }
        if (out.isEmpty()) {
            throw Problems.error(dir + ": expected .off files in <class>/" + split + "/, found none");
        }
        return out;
    }
}
