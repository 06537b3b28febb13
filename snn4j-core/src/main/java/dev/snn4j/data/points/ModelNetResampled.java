/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ModelNet in PointNet++'s resampled text form ({@link ModelNet.Format#RESAMPLED},
 * {@code modelnet40_normal_resampled}): {@code <class>/<class>_0001.txt} with one
 * {@code x,y,z,nx,ny,nz} line per point (10,000 per file), listed in {@code modelnet40_train.txt} /
 * {@code modelnet40_test.txt}, classes in {@code modelnet40_shape_names.txt} (the {@code modelnet10_*}
 * lists for ModelNet10). A cloud is the file's first N points, as PointNet++ does without its
 * optional farthest-point sampling; normals are not used.
 */
final class ModelNetResampled {

    private ModelNetResampled() {}

    /** Reads both splits of the copy in {@code dir}. */
    static ModelNet.Read read(DatasetId id, Path dir, int points, boolean skipBad) {
        String prefix = id.cliName();
        List<String> names = ModelNet.names(dir.resolve(prefix + "_shape_names.txt"), id);
        return new ModelNet.Read(ModelNet.Format.RESAMPLED, dir, names,
                ModelNet.readFiles(list(dir, prefix + "_train.txt", names), points, names.size(), skipBad,
                        f -> firstPoints(f.path(), points)),
                ModelNet.readFiles(list(dir, prefix + "_test.txt", names), points, names.size(), skipBad,
                        f -> firstPoints(f.path(), points)));
    }

    /** The first N {@code x,y,z,...} lines of a resampled text file. */
    private static float[] firstPoints(Path file, int points) {
        float[] out = new float[3 * points];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int line = 0;
            int i = 0;
            while (i < points) {
                String text = in.readLine();
                line++;
                if (text == null) {
                    throw Problems.error(file + ": expected at least " + points + " points (lines x,y,z,nx,ny,nz), found " + i);
                }
                if (text.isBlank()) {
                    continue;
                }
                String[] parts = text.split("[,\\s]+", 4);
                int first = parts.length > 0 && parts[0].isEmpty() ? 1 : 0;
                if (parts.length - first < 3) {
                    throw Problems.error(file + ": line " + line + ": expected x,y,z,nx,ny,nz, found " + Problems.quote(text));
                }
                for (int k = 0; k < 3; k++) {
                    float v;
                    try {
                        v = Float.parseFloat(parts[first + k]);
                    } catch (NumberFormatException e) {
                        v = Float.NaN;
                    }
                    if (!Float.isFinite(v)) {
                        throw Problems.error(file + ": line " + line + ": expected x,y,z,nx,ny,nz numbers, found " + Problems.quote(text));
                    }
                    out[3 * i + k] = v;
                }
                i++;
            }
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        return out;
    }

    /** The samples a resampled list file names: {@code airplane_0001} is {@code airplane/airplane_0001.txt}. */
    private static List<ModelNet.FileSample> list(Path dir, String listName, List<String> names) {
        Path list = dir.resolve(listName);
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw Problems.error(list + ": missing: the resampled layout needs it next to " + dir.relativize(dir.resolve(
                    listName.replaceAll("_(train|test)\\.txt$", "_shape_names.txt"))));
        } catch (IOException e) {
            throw Problems.error(list + ": cannot read: " + Problems.describe(e), e);
        }
        List<ModelNet.FileSample> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String item = lines.get(n).trim();
            if (item.isEmpty()) {
                continue;
            }
            int cut = item.lastIndexOf('_');
            int label = cut > 0 ? names.indexOf(item.substring(0, cut)) : -1;
            if (label < 0 || item.contains("/") || item.contains("\\")) {
                throw Problems.error(list + ": line " + (n + 1) + ": expected <class>_<number> with a class of the shape names,"
                        + " found " + Problems.quote(item));
            }
            String key = names.get(label) + "/" + item + ".txt";
            out.add(new ModelNet.FileSample(dir.resolve(key), key, label));
        }
        if (out.isEmpty()) {
            throw Problems.error(list + ": expected sample names, one per line, found none");
        }
        return out;
    }
}
