/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Datasets distributed with their split as folders, {@code Train/<class>/*.bin} and
 * {@code Test/<class>/*.bin}, class folders named by label: N-MNIST, and the generated datasets,
 * which are written the same way.
 */
final class SplitFolderLayout {

    private SplitFolderLayout() {}

    /** Samples of {@code dir/Train} (or {@code train}) when {@code training}, else of Test. */
    static List<EventSample> samples(Path dir, boolean training, int numClasses) {
        Path split = splitFolder(dir, training ? "Train" : "Test");
        List<Path> folders = FolderListing.folders(split);
        List<String> found = FolderListing.names(folders);
        List<EventSample> out = new ArrayList<>();
        for (int label = 0; label < numClasses; label++) {
            String name = Integer.toString(label);
            if (!found.contains(name)) {
                throw Corrupt.message(split + ": expected class folders 0.." + (numClasses - 1) + ", found " + found);
            }
            for (Path f : FolderListing.eventFiles(split.resolve(name))) {
                out.add(EventSample.whole(f, label));
            }
        }
        if (found.size() != numClasses) {
            throw Corrupt.message(split + ": expected class folders 0.." + (numClasses - 1) + ", found " + found);
        }
        if (out.isEmpty()) {
            throw Corrupt.message(split + ": expected event files in the class folders, found none");
        }
        return out;
    }

    static Path splitFolder(Path dir, String name) {
        Path exact = dir.resolve(name);
        if (Files.isDirectory(exact)) {
            return exact;
        }
        Path lower = dir.resolve(name.toLowerCase(Locale.ROOT));
        if (Files.isDirectory(lower)) {
            return lower;
        }
        throw Corrupt.message(dir + ": expected a folder '" + name + "' with one folder per class, found none");
    }
}
