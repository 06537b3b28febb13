/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIFAR-10 and CIFAR-100 in their binary distribution ("binary version" on Krizhevsky's page).
 *
 * <p>CIFAR-10 ({@code cifar-10-batches-bin}): {@code data_batch_1.bin} .. {@code data_batch_5.bin} for
 * training, {@code test_batch.bin}, and {@code batches.meta.txt} with the class names. A record is 1
 * label byte and 3,072 pixel bytes: the red, then the green, then the blue 32x32 plane, rows top to
 * bottom. CIFAR-100 ({@code cifar-100-binary}): {@code train.bin}, {@code test.bin},
 * {@code fine_label_names.txt} and {@code coarse_label_names.txt}; a record is the coarse label byte,
 * the fine label byte and the 3,072 pixels. snn4j trains on the fine labels (100 classes); coarse
 * labels are checked (0..19) but not used.
 *
 * <p>The folder is found as for MNIST ({@link MnistFormatDatasets}): {@code --data DIR} (only that),
 * {@code $SNN4J_DATA/cifar10} (or {@code cifar100}), {@code /usr/share/datasets/cifar10}. Each place
 * may be the distribution folder itself or hold it under its distributed name. The name files are
 * optional (the official names are built in); when present they must list exactly 10 (100) names,
 * which are then used. Any size that is not a positive whole number of records, and any label out of
 * range, is an error naming the file and the byte offset. Record counts per file are not fixed, so
 * smaller files (tests, subsets) work.
 */
public final class CifarDatasets {

    /** Pixels per image: 3 x 32 x 32. */
    public static final int IMAGE_BYTES = 3 * 32 * 32;

    private CifarDatasets() {}

    /** Folder name, files and record layout of one of the two datasets. */
    private record Layout(DatasetId id, String folder, List<String> trainFiles, String testFile, String namesFile,
            int labelBytes, int coarseClasses) {

        static Layout of(DatasetId id) {
            return switch (id) {
                case CIFAR10 -> new Layout(id, "cifar-10-batches-bin", List.of("data_batch_1.bin", "data_batch_2.bin",
                        "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"), "test_batch.bin", "batches.meta.txt", 1, 0);
                case CIFAR100 -> new Layout(id, "cifar-100-binary", List.of("train.bin"), "test.bin",
                        "fine_label_names.txt", 2, 20);
                default -> throw new IllegalArgumentException(id.cliName() + " is not a CIFAR dataset");
            };
        }

        int recordBytes() {
            return labelBytes + IMAGE_BYTES;
        }

        String expected() {
            List<String> all = new ArrayList<>(trainFiles);
            all.add(testFile);
            return String.join(", ", all);
        }
    }

    /** Train and test sets, normalised with the usual constants; training augmented as asked. */
    static DatasetSplits load(DatasetRequest r) {
        return load(r, MnistFormatDatasets.SYSTEM_ROOT);
    }

    static DatasetSplits load(DatasetRequest r, Path systemRoot) {
        Layout layout = Layout.of(r.id());
        Path dir = locate(layout, r.dataDir(), r.env(), systemRoot);
        List<String> names = classNames(layout, dir);
        List<Path> trainFiles = new ArrayList<>();
        for (String f : layout.trainFiles()) {
            trainFiles.add(dir.resolve(f));
        }
        String source = dir.toString();
        ImageDataset train = read(layout, trainFiles, names, source);
        ImageDataset test = read(layout, List.of(dir.resolve(layout.testFile())), names, source);
        Normalization norm = r.statics().normalize().of(r.id(), 3);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("image_size", "3x32x32");
        facts.put("label", r.id() == DatasetId.CIFAR100 ? "fine (100 classes; coarse labels checked, not used)" : "class");
        facts.put("files", layout.expected());
        return new DatasetSplits(new ImageSamples(train, r.augment(), norm), new ImageSamples(test, Set.of(), norm), source,
                Map.of(), facts, List.of());
    }

    /** The folder holding the files: the first place of the search order that exists. */
    static Path locate(Layout layout, Path dataDir, Map<String, String> env, Path systemRoot) {
        DatasetId id = layout.id();
        if (dataDir != null) {
            if (!Files.isDirectory(dataDir)) {
                throw Problems.error("data " + dataDir + ": expected a folder with " + id.displayName() + " ("
                        + layout.expected() + ", or a " + layout.folder() + " folder holding them), found no such folder");
            }
            return inner(layout, dataDir);
        }
        List<String> looked = new ArrayList<>();
        String envRoot = env.get(MnistFormatDatasets.ENV_VAR);
        if (envRoot == null || envRoot.isBlank()) {
            looked.add("$" + MnistFormatDatasets.ENV_VAR + "/" + id.cliName() + " ($" + MnistFormatDatasets.ENV_VAR
                    + " is not set)");
        } else {
            Path dir;
            try {
                dir = Path.of(envRoot.trim()).resolve(id.cliName());
            } catch (InvalidPathException e) {
                throw Problems.error("$" + MnistFormatDatasets.ENV_VAR + ": expected a folder path, found '" + envRoot + "'");
            }
            if (Files.isDirectory(dir)) {
                return inner(layout, dir);
            }
            looked.add(dir + " (no such folder)");
        }
        Path system = systemRoot.resolve(id.cliName());
        if (Files.isDirectory(system)) {
            return inner(layout, system);
        }
        looked.add(system + " (no such folder)");
        throw Problems.error("dataset " + id.cliName() + ": no " + id.displayName() + " data found: looked in "
                + String.join(", ", looked) + "; download the binary version, unpack it and pass `data` DIR (the "
                + layout.folder() + " folder or the one holding it)");
    }

    /** {@code dir/<distributed name>} when that folder exists, else {@code dir}. */
    private static Path inner(Layout layout, Path dir) {
        Path in = dir.resolve(layout.folder());
        return Files.isDirectory(in) ? in : dir;
    }

    private static List<String> classNames(Layout layout, Path dir) {
        DatasetId id = layout.id();
        Path file = dir.resolve(layout.namesFile());
        if (!Files.isRegularFile(file)) {
            return id.classNames();
        }
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
            throw Problems.error(file + ": expected " + id.numClasses() + " class names, one per line, found " + names.size());
        }
        return names;
    }

    /** Reads and checks the records of {@code files} into one image set. */
    static ImageDataset read(Layout layout, List<Path> files, List<String> classNames, String source) {
        int record = layout.recordBytes();
        long total = 0;
        long[] sizes = new long[files.size()];
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            try {
                sizes[f] = Files.size(file);
            } catch (NoSuchFileException e) {
                throw Problems.error(file + ": missing: " + layout.id().displayName() + " needs " + layout.expected()
                        + " in " + file.getParent());
            } catch (IOException e) {
                throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
            }
            checkSize(layout, file, sizes[f]);
            total += sizes[f] / record;
        }
        if (total * IMAGE_BYTES > Integer.MAX_VALUE - 8) {
            throw Problems.error(files.get(0) + ": expected at most " + (Integer.MAX_VALUE / IMAGE_BYTES) + " images, found "
                    + total);
        }
        byte[] pixels = new byte[(int) total * IMAGE_BYTES];
        int[] labels = new int[(int) total];
        int image = 0;
        byte[] buffer = new byte[record * 1024];
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            long offset = 0;
            try (InputStream in = Files.newInputStream(file)) {
                while (offset < sizes[f]) {
                    int want = (int) Math.min(buffer.length, sizes[f] - offset);
                    int got = in.readNBytes(buffer, 0, want);
                    if (got < want) {
                        throw Problems.error(file + ": byte " + (offset + got) + ": expected " + sizes[f]
                                + " bytes as the file size said, found the end of the file (was it changed while read?)");
                    }
                    for (int p = 0; p < got; p += record) {
                        labels[image] = label(layout, file, offset + p, buffer, p, classNames.size());
                        System.arraycopy(buffer, p + layout.labelBytes(), pixels, image * IMAGE_BYTES, IMAGE_BYTES);
                        image++;
                    }
                    offset += got;
                }
            } catch (IOException e) {
                throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
            }
        }
        String what = files.size() == 1 ? files.get(0).toString() : files.get(0).getParent().toString();
        return ImageDataset.adopt(pixels, what, 3, 32, 32, labels, what, classNames, source);
    }

    private static void checkSize(Layout layout, Path file, long size) {
        int record = layout.recordBytes();
        String recordText = record + "-byte records (" + (layout.labelBytes() == 1 ? "1 label byte" : "coarse and fine label bytes")
                + " + 3072 pixel bytes)";
        if (size == 0) {
            throw Problems.error(file + ": byte 0: expected " + layout.id().displayName() + " " + recordText
                    + ", found an empty file");
        }
        long partial = size % record;
        if (partial != 0) {
            throw Problems.error(file + ": byte " + (size - partial) + ": expected a whole " + record + "-byte record, found the file"
                    + " ending " + partial + " bytes into it (size " + size + " is not a multiple of " + record + ")");
        }
    }

    /** The class label of the record at {@code p}, checked; {@code fileOffset} is its place in the file. */
    private static int label(Layout layout, Path file, long fileOffset, byte[] buffer, int p, int classes) {
        if (layout.labelBytes() == 2) {
            int coarse = buffer[p] & 0xFF;
            if (coarse >= layout.coarseClasses()) {
                throw Problems.error(file + ": byte " + fileOffset + ": expected a coarse label 0.."
                        + (layout.coarseClasses() - 1) + ", found " + coarse);
            }
        }
        int fine = buffer[p + layout.labelBytes() - 1] & 0xFF;
        if (fine >= classes) {
            throw Problems.error(file + ": byte " + (fileOffset + layout.labelBytes() - 1) + ": expected a"
                    + (layout.labelBytes() == 2 ? " fine" : "") + " label 0.." + (classes - 1) + ", found " + fine);
        }
        return fine;
    }
}
