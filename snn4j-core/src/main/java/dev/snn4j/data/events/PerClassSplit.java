/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The deterministic train/test split for datasets that ship without one (CIFAR10-DVS,
 * N-Caltech101): within each class, files sorted by name are shuffled by a generator seeded by
 * (seed, class), the first round(n / 10) go to test and the rest to train. Per class, so every class
 * keeps its share in both parts; by name and seed, so it is the same on every machine and every run
 * with that seed, whatever order the file system lists files in.
 */
public final class PerClassSplit {

    /** Fraction of each class that goes to the test set (rounded half up: 31 files give 3). */
    public static final int TEST_PERCENT = 10;

    /** The two lists and the record of how they were made. */
    public record Result(List<EventSample> train, List<EventSample> test, SplitRecord record) {}

    private PerClassSplit() {}

    /**
     * Splits {@code filesByClass} (index = label).
     *
     * @param root the dataset folder, to which the hashed paths are relative
     */
    public static Result split(List<List<Path>> filesByClass, long seed, Path root) {
        List<EventSample> train = new ArrayList<>();
        List<EventSample> test = new ArrayList<>();
        for (int label = 0; label < filesByClass.size(); label++) {
            List<Path> files = new ArrayList<>(filesByClass.get(label));
            files.sort(Comparator.comparing(p -> p.getFileName().toString()));
            SplittableRandom rng = new SplittableRandom(mix(seed, label));
            for (int i = files.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                Path tmp = files.get(i);
                files.set(i, files.get(j));
                files.set(j, tmp);
            }
            int testCount = (files.size() * TEST_PERCENT + 50) / 100;
            List<Path> testFiles = new ArrayList<>(files.subList(0, testCount));
            List<Path> trainFiles = new ArrayList<>(files.subList(testCount, files.size()));
            testFiles.sort(Comparator.comparing(p -> p.getFileName().toString()));
            trainFiles.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path p : trainFiles) {
                train.add(EventSample.whole(p, label));
            }
            for (Path p : testFiles) {
                test.add(EventSample.whole(p, label));
            }
        }
        SplitRecord record = new SplitRecord(SplitRecord.Kind.PER_CLASS_SEEDED, seed,
                listHash(train, root), listHash(test, root));
        return new Result(train, test, record);
    }

    /** SHA-256 of a sample list as {@link SplitRecord} defines it. */
    public static String listHash(List<EventSample> samples, Path root) {
        Sha256 h = new Sha256();
        for (EventSample s : samples) {
            String rel = root.relativize(s.file()).toString().replace('\\', '/');
            h.add(s.label() + "\t" + rel + (s.isWholeFile() ? "" : " " + s.from() + "-" + s.to()) + "\n");
        }
        return h.hex();
    }

    /** SplitMix64 of (seed, class): unrelated streams for neighbouring seeds and classes. */
    static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
