/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Problems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The point-cloud datasets, from a {@link DatasetRequest} to {@link PointSamples} [N, 3]: ModelNet10
 * and ModelNet40 from files ({@link ModelNet}: PointNet's HDF5, PointNet++'s resampled text, or the
 * original OFF meshes), and the generated {@code shapes3d} ({@link Shapes3d}).
 *
 * <p>N is {@link dev.snn4j.data.StaticDataOptions#points()}. Clouds are centred and scaled to the unit
 * sphere; training clouds are augmented as the request asks (rotation about y, scale, translation,
 * jitter, see {@link PointAugmenter}). ModelNet is looked for as the image sets are: {@code --data DIR}
 * (only there), {@code $SNN4J_DATA/modelnet40} (or {@code modelnet10}), then
 * {@code /usr/share/datasets/modelnet40}.
 */
public final class PointDatasets {

    static final Path SYSTEM_ROOT = Path.of("/usr/share/datasets");
    static final String ENV_VAR = "SNN4J_DATA";

    private PointDatasets() {}

    /** Train and test clouds; training augmented as the request asks. */
    public static DatasetSplits load(DatasetRequest r) {
        return load(r, SYSTEM_ROOT);
    }

    static DatasetSplits load(DatasetRequest r, Path systemRoot) {
        DatasetId id = r.id();
        if (!id.isPointCloud()) {
            throw new IllegalArgumentException(id.cliName() + " is not a point-cloud dataset");
        }
        for (Augmentation a : r.augment()) {
            if (!Augmentation.POINTS_ALL.contains(a)) {
                throw Problems.error("augment " + a.cliName() + ": expected rotate, scale, translate, jitter or none for "
                        + id.cliName() + " (crop, flip and cutout apply to images; time_reverse to event data), found " + a.cliName());
            }
        }
        int points = r.statics().points();
        long seed = r.events().dataSeed();
        Map<String, String> details = new LinkedHashMap<>();
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        ModelNet.Split train;
        ModelNet.Split test;
        List<String> names;
        String source;
        if (id == DatasetId.SHAPES3D) {
            int nTrain = r.events().generatedTrain();
            int nTest = r.events().generatedTest();
            long start = System.nanoTime();
            train = Shapes3d.generate(seed, true, nTrain, points);
            test = Shapes3d.generate(seed, false, nTest, points);
            double seconds = (System.nanoTime() - start) / 1e9;
            names = id.classNames();
            source = "generated shapes3d: " + nTrain + " train / " + nTest + " test clouds of " + points + " points, seed " + seed;
            details.put("generator", "snn4j-shapes3d/1 seed=" + seed + " train=" + nTrain + " test=" + nTest + " points=" + points);
            facts.put("generation_seconds", String.format(Locale.ROOT, "%.2f", seconds));
        } else {
            Path root = locate(id, r.dataDir(), r.env(), systemRoot);
            ModelNet.Located where = ModelNet.locate(id, root);
            ModelNet.Read read = ModelNet.read(id, where, points, seed, r.statics().skipBadFiles());
            train = read.train();
            test = read.test();
            names = read.classNames();
            source = where.dir().toString();
            details.put("point_format", where.format().cliName());
            if (where.format() == ModelNet.Format.OFF) {
                details.put("surface_sampling_seed", Long.toString(seed));
            }
            int skipped = train.skipped().size() + test.skipped().size();
            if (r.statics().skipBadFiles()) {
                details.put("skipped_bad_files", Integer.toString(skipped));
            }
            for (String s : train.skipped()) {
                warnings.add("skipped " + s);
            }
            for (String s : test.skipped()) {
                warnings.add("skipped " + s);
            }
            facts.put("format", where.format().description);
            facts.put("files", train.files() + " train / " + test.files() + " test"
                    + (where.format() == ModelNet.Format.HDF5 ? " HDF5 files" : " files"));
        }
        if (train.labels().length == 0 || test.labels().length == 0) {
            throw Problems.error(source + ": expected training and test clouds, found " + train.labels().length + " and "
                    + test.labels().length + (warnings.isEmpty() ? "" : " after skipping " + warnings.size() + " bad file(s)"));
        }
        details.put("points", Integer.toString(points));
        facts.put("points_per_sample", Integer.toString(points));
        facts.put("normalization", "centred on the mean, farthest point at distance 1");
        facts.put("up_axis", "y");
        PointSamples trainSet = new PointSamples(train.xyz(), train.labels(), points, names, source, r.augment());
        PointSamples testSet = new PointSamples(test.xyz(), test.labels(), points, names, source, Set.of());
        return new DatasetSplits(trainSet, testSet, source, details, facts, warnings);
    }

    /** The folder to read ModelNet from: --data, then $SNN4J_DATA/<name>, then the system folder. */
    static Path locate(DatasetId id, Path dataDir, Map<String, String> env, Path systemRoot) {
        if (dataDir != null) {
            if (!Files.isDirectory(dataDir)) {
                throw Problems.error("data " + dataDir + ": expected a folder with " + id.displayName() + ", found no such folder");
            }
            return dataDir;
        }
        List<String> looked = new ArrayList<>();
        String envRoot = env.get(ENV_VAR);
        if (envRoot == null || envRoot.isBlank()) {
            looked.add("$" + ENV_VAR + "/" + id.cliName() + " ($" + ENV_VAR + " is not set)");
        } else {
            try {
                Path dir = Path.of(envRoot.trim()).resolve(id.cliName());
                if (Files.isDirectory(dir)) {
                    return dir;
                }
                looked.add(dir + " (no such folder)");
            } catch (InvalidPathException e) {
                throw Problems.error("$" + ENV_VAR + ": expected a folder path, found '" + envRoot + "'");
            }
        }
        Path system = systemRoot.resolve(id.cliName());
        if (Files.isDirectory(system)) {
            return system;
        }
        looked.add(system + " (no such folder)");
        throw Problems.error("dataset " + id.cliName() + ": no " + id.displayName() + " data found: looked in "
                + String.join(", ", looked) + "; download it and pass `data` DIR, a folder with "
                + ModelNet.expectedLayouts(id));
    }
}
