/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where snn4j keeps what it can recompute: integrated frames and generated datasets.
 *
 * <p>{@code $SNN4J_CACHE} when set, else {@code ~/.cache/snn4j}. Everything under it may be deleted
 * at any time; it is rebuilt on the next run that needs it. Sub-folders: {@code frames/} (one file per
 * dataset split and frame setting) and {@code generated/} (one folder per generated dataset version).
 */
public final class CacheDirs {

    /** The environment variable that moves the cache. */
    public static final String ENV_VAR = "SNN4J_CACHE";

    private CacheDirs() {}

    /** The cache root for this environment. */
    public static Path root(Map<String, String> env) {
        String value = env.get(ENV_VAR);
        if (value != null && !value.isBlank()) {
            try {
                return Path.of(value.trim());
            } catch (InvalidPathException e) {
                throw Corrupt.message("$" + ENV_VAR + ": expected a folder path, found '" + value + "'");
            }
        }
        return Path.of(System.getProperty("user.home"), ".cache", "snn4j");
    }

    /** Folder of the frame cache files. */
    public static Path frames(Map<String, String> env) {
        return root(env).resolve("frames");
    }

    /** Folder of the generated datasets. */
    public static Path generated(Map<String, String> env) {
        return root(env).resolve("generated");
    }
}
