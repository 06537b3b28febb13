/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The four IDX files of an MNIST-format data set found in one folder.
 *
 * <p>Mirrors spell the names differently ({@code train-images-idx3-ubyte} or
 * {@code train-images.idx3-ubyte}, gzipped or not); this class accepts all of them so users can
 * point {@code --data} at whatever they downloaded, and explains exactly which file is missing
 * when something is.
 */
record IdxFileSet(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    /** One of the four files, with the name stems mirrors use for it. */
    enum Part {
        TRAIN_IMAGES("train-images", "idx3"),
        TRAIN_LABELS("train-labels", "idx1"),
        TEST_IMAGES("t10k-images", "idx3"),
        TEST_LABELS("t10k-labels", "idx1");

        private final String prefix;
        private final String kind;

        Part(String prefix, String kind) {
            this.prefix = prefix;
            this.kind = kind;
        }

        /** The standard (uncompressed) file name, e.g. {@code train-images-idx3-ubyte}. */
        String standardName() {
            return prefix + "-" + kind + "-ubyte";
        }

        /** Accepted names in order of preference. */
        List<String> candidates() {
            String dotted = prefix + "." + kind + "-ubyte";
            return List.of(standardName(), standardName() + ".gz", dotted, dotted + ".gz");
        }
    }

    /** The accepted names, for error messages: {@code train-images-idx3-ubyte[.gz], ...}. */
    static String expectedNames() {
        return Stream.of(Part.values()).map(p -> p.standardName() + "[.gz]").collect(Collectors.joining(", "));
    }

    /**
     * Finds the four files in {@code dir}.
     *
     * @param what how to name the folder in errors, e.g. {@code "data /x/y"}
     * @param subfolderHint a subfolder name worth suggesting when {@code dir} holds none of the
     *     files but has a folder of that name (users often pass the parent folder)
     * @throws dev.snn4j.Snn4jException naming {@code what} and the problem
     */
    static IdxFileSet locate(Path dir, String what, String subfolderHint) {
        if (!Files.exists(dir)) {
            throw Problems.error(what + ": folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw Problems.error(what + ": expected a folder, found a file");
        }
        Set<String> names = listNames(dir, what);
        String hint = Files.isDirectory(dir.resolve(subfolderHint))
                ? "; did you mean " + dir.resolve(subfolderHint) + "?" : "";
        if (names.isEmpty()) {
            throw Problems.error(what + ": folder is empty: expected the IDX files " + expectedNames() + hint);
        }
        Path[] found = new Path[Part.values().length];
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Part part : Part.values()) {
            String name = part.candidates().stream().filter(names::contains).findFirst().orElse(null);
            if (name == null) {
                missing.add(part.standardName() + "[.gz]");
            } else {
                found[part.ordinal()] = dir.resolve(name);
                present.add(name);
            }
        }
        if (present.isEmpty()) {
            throw Problems.error(what + ": no IDX files: expected " + expectedNames() + ", found "
                    + summarize(names) + hint);
        }
        if (!missing.isEmpty()) {
            throw Problems.error(what + ": missing " + String.join(", ", missing) + " (found "
                    + String.join(", ", present) + ")");
        }
        return new IdxFileSet(found[0], found[1], found[2], found[3]);
    }

    private static Set<String> listNames(Path dir, String what) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw Problems.error(what + ": cannot list folder: " + Problems.describe(e), e);
        }
    }

    private static String summarize(Set<String> names) {
        List<String> shown = names.stream().limit(5).collect(Collectors.toList());
        String more = names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
