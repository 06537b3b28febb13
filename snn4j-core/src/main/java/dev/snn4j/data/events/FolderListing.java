/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists folders and event files, sorted by name, with one-line errors. */
final class FolderListing {

    private FolderListing() {}

    /** Sub-folders of {@code dir}, sorted by name. */
    static List<Path> folders(Path dir) {
        return list(dir, true);
    }

    /** Event files ({@link EventFiles#isEventFile}) directly in {@code dir}, sorted by name. */
    static List<Path> eventFiles(Path dir) {
        return list(dir, false);
    }

    private static List<Path> list(Path dir, boolean folders) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>();
            s.filter(p -> folders ? Files.isDirectory(p) : Files.isRegularFile(p) && EventFiles.isEventFile(p))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(out::add);
            return out;
        } catch (IOException e) {
            throw Corrupt.file(dir.toString(), "cannot list folder", e);
        }
    }

    /** Names of the sub-folders, for error messages. */
    static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }
}
