/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.MnistFormatDatasets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the folder of a downloaded event dataset, in the order the image datasets use: {@code --data
 * DIR} (then only that), {@code $SNN4J_DATA/<name>}, {@code /usr/share/datasets/<name>}. There is no
 * embedded copy: a missing folder is an error that says what to download and how to lay it out.
 */
final class EventDataFolders {

    static final Path SYSTEM_ROOT = Path.of("/usr/share/datasets");

    private EventDataFolders() {}

    static Path locate(DatasetId id, Path dataDir, Map<String, String> env) {
        if (dataDir != null) {
            if (!Files.isDirectory(dataDir)) {
                throw Corrupt.message("data " + dataDir + ": expected a folder with " + id.displayName() + " ("
                        + layout(id) + "), found no such folder");
            }
            return dataDir;
        }
        List<String> looked = new ArrayList<>();
        String envRoot = env.get(MnistFormatDatasets.ENV_VAR);
        if (envRoot != null && !envRoot.isBlank()) {
            try {
                Path dir = Path.of(envRoot.trim()).resolve(id.cliName());
                if (Files.isDirectory(dir)) {
                    return dir;
                }
                looked.add(dir + " (no such folder)");
            } catch (InvalidPathException e) {
                throw Corrupt.message("$" + MnistFormatDatasets.ENV_VAR + ": expected a folder path, found '" + envRoot + "'");
            }
        } else {
            looked.add("$" + MnistFormatDatasets.ENV_VAR + "/" + id.cliName() + " ($" + MnistFormatDatasets.ENV_VAR
                    + " is not set)");
        }
        Path system = SYSTEM_ROOT.resolve(id.cliName());
        if (Files.isDirectory(system)) {
            return system;
        }
        looked.add(system + " (no such folder)");
        throw Corrupt.message("dataset " + id.cliName() + ": no " + id.displayName() + " data found: looked in "
                + String.join(", ", looked) + "; download it and pass `data` DIR, a folder with " + layout(id));
    }

    /** The layout a dataset's folder must have, for error messages. */
    static String layout(DatasetId id) {
        return EventDatasetSpec.of(id).layout();
    }
}
