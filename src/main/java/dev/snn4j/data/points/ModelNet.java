package dev.snn4j.data.points;

import dev.snn4j.Snn4jException;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.Problems;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads ModelNet10/40 in the three forms it is distributed in, into normalised clouds of N points.
 *
 * <ul>
 *   <li>{@link Format#HDF5}: PointNet's {@code modelnet40_ply_hdf5_2048}: {@code ply_data_train0.h5}..,
 *       {@code ply_data_test0.h5}.., each with datasets {@code data} [n, 2048, 3] (float) and
 *       {@code label} [n, 1] (integers), and {@code shape_names.txt}. A cloud is the first N of the
 *       2,048 points, as PointNet trains on them.</li>
 *   <li>{@link Format#RESAMPLED}: PointNet++'s {@code modelnet40_normal_resampled}:
 *       {@code <class>/<class>_0001.txt} with one {@code x,y,z,nx,ny,nz} line per point (10,000 per
 *       file), listed in {@code modelnet40_train.txt} / {@code modelnet40_test.txt}, classes in
 *       {@code modelnet40_shape_names.txt} (the {@code modelnet10_*} lists for ModelNet10). A cloud is
 *       the file's first N points, as PointNet++ does without its optional farthest-point sampling;
 *       normals are not used.</li>
 *   <li>{@link Format#OFF}: the original meshes, {@code <class>/train/*.off} and
 *       {@code <class>/test/*.off} ({@code ModelNet40/} or {@code ModelNet10/}). N points are
 *       sampled uniformly over each mesh's surface ({@link OffMesh#sample}), with a generator seeded by
 *       the data seed and the file's relative path, so a file always gives the same cloud for one
 *       seed, on any number of threads.</li>
 * </ul>
 *
 * <p>Files are read on all cores. The text formats (OFF and resampled) are reordered round-robin
 * over the classes (each class keeping its file order), so that a limited set ({@code --train-limit})
 * still has every class; the HDF5 files keep their (already shuffled) order.
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
            if (!h5Files(dir, "train").isEmpty() && Files.isRegularFile(dir.resolve("shape_names.txt"))) {
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

    /** Reads both splits of the copy at {@code where}. */
    static Read read(DatasetId id, Located where, int points, long dataSeed, boolean skipBad) {
        Path dir = where.dir();
        return switch (where.format()) {
            case HDF5 -> {
                List<String> names = names(dir.resolve("shape_names.txt"), id);
                yield new Read(Format.HDF5, dir, names, readH5(h5Files(dir, "train"), points, names.size(), skipBad, dir, "train"),
                        readH5(h5Files(dir, "test"), points, names.size(), skipBad, dir, "test"));
            }
            case RESAMPLED -> {
                String prefix = id.cliName();
                List<String> names = names(dir.resolve(prefix + "_shape_names.txt"), id);
                yield new Read(Format.RESAMPLED, dir, names,
                        readFiles(resampledList(dir, prefix + "_train.txt", names), points, names.size(), skipBad,
                                f -> readText(f.path(), points)),
                        readFiles(resampledList(dir, prefix + "_test.txt", names), points, names.size(), skipBad,
                                f -> readText(f.path(), points)));
            }
            case OFF -> {
                List<String> names = id.classNames();
                yield new Read(Format.OFF, dir, names,
                        readFiles(offList(dir, "train", names), points, names.size(), skipBad, f -> sampleOff(f, points, dataSeed)),
                        readFiles(offList(dir, "test", names), points, names.size(), skipBad, f -> sampleOff(f, points, dataSeed)));
            }
        };
    }

    /** A file of one sample: where it is, its path relative to the dataset folder, its label. */
    record FileSample(Path path, String key, int label) {}

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

    /** N points sampled over the mesh's surface, seeded by the data seed and the file's key. */
    static float[] sampleOff(FileSample f, int points, long dataSeed) {
        OffMesh mesh = OffMesh.read(f.path());
        return mesh.sample(points, new SplittableRandom(PointClouds.mix(dataSeed, PointClouds.hash(f.key()))), f.path().toString());
    }

    /** The first N {@code x,y,z,...} lines of a resampled text file. */
    static float[] readText(Path file, int points) {
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

    /** The samples a resampled list file names: {@code airplane_0001} is {@code airplane/airplane_0001.txt}. */
    static List<FileSample> resampledList(Path dir, String listName, List<String> names) {
        Path list = dir.resolve(listName);
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw Problems.error(list + ": missing: the resampled layout needs it next to " + dir.relativize(dir.resolve(
                    listName.replaceAll("_(train|test)\\.txt$", "_shape_names.txt"))));
        } catch (IOException e) {
            throw Problems.error(list + ": cannot read: " + Problems.describe(e), e);
        }
        List<FileSample> out = new ArrayList<>();
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
            out.add(new FileSample(dir.resolve(key), key, label));
        }
        if (out.isEmpty()) {
            throw Problems.error(list + ": expected sample names, one per line, found none");
        }
        return out;
    }

    /** The meshes of one split: {@code <class>/<split>/*.off}, classes in label order, files by name. */
    static List<FileSample> offList(Path dir, String split, List<String> names) {
        List<FileSample> out = new ArrayList<>();
        for (int label = 0; label < names.size(); label++) {
            Path folder = dir.resolve(names.get(label)).resolve(split);
            if (!Files.isDirectory(folder)) {
                throw Problems.error(folder + ": missing: the mesh layout needs <class>/train/ and <class>/test/ for each of the "
                        + names.size() + " classes");
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".off"))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                    out.add(new FileSample(f, names.get(label) + "/" + split + "/" + f.getFileName(), label));
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

    private static final Pattern H5_NUMBER = Pattern.compile("ply_data_(train|test)(\\d*)\\.h5");

    /** {@code ply_data_<split>N.h5} files of {@code dir}, by N (so 10 comes after 9). */
    static List<Path> h5Files(Path dir, String split) {
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
    static Split readH5(List<Path> files, int points, int classes, boolean skipBad, Path dir, String split) {
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
        return new Split(xyz, labels, skipped, files.size());
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
                    throw Problems.error(file + ": dataset 'data': expected at least --points " + points + " points per cloud, found "
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
