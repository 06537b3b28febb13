/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Datasets distributed as one folder per class and no split: CIFAR10-DVS ({@code <class>/*.aedat},
 * or SpikingJelly's converted {@code <class>/*.npz}) and N-Caltech101 ({@code Caltech101/<class>/*.bin}).
 *
 * <p>Every class folder must be there, and every folder must be a class: a missing folder means an
 * unfinished download, an extra one a wrong folder, and both would silently change the labels.
 */
final class ClassFolderLayout {

    private ClassFolderLayout() {}

    /**
     * The files of each class under {@code dir} (or under {@code dir/inner} when that exists), index
     * = label.
     */
    static List<List<Path>> filesByClass(Path dir, String inner, List<String> classNames, String what) {
        Path root = inner != null && Files.isDirectory(dir.resolve(inner)) ? dir.resolve(inner) : dir;
        List<Path> folders = FolderListing.folders(root);
        List<String> found = FolderListing.names(folders);
        for (String f : found) {
            if (!classNames.contains(f)) {
                throw Corrupt.message(root + ": expected only the " + classNames.size() + " class folders of " + what
                        + ", found folder '" + f + "'");
            }
        }
        List<List<Path>> byClass = new ArrayList<>();
        for (String name : classNames) {
            if (!found.contains(name)) {
                throw Corrupt.message(root + ": expected a folder for every class of " + what + ", found none for '"
                        + name + "' (" + found.size() + " of " + classNames.size() + " class folders)");
            }
            List<Path> files = FolderListing.eventFiles(root.resolve(name));
            if (files.isEmpty()) {
                throw Corrupt.message(root.resolve(name) + ": expected event files (.aedat, .bin, .npy, .npz), found none");
            }
            byClass.add(files);
        }
        return byClass;
    }

    /** The folder the class folders are in (for relative paths in hashes). */
    static Path root(Path dir, String inner) {
        return inner != null && Files.isDirectory(dir.resolve(inner)) ? dir.resolve(inner) : dir;
    }
}
