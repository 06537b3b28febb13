/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden cases computed by SpikingJelly (test resources {@code golden/}, see its README): the
 * copies kept in this repository, plus every case in the folder an environment variable names.
 */
public final class GoldenCases {

    private GoldenCases() {}

    /**
     * The {@code .json} cases of {@code golden/<kind>/}, then those of {@code $<variable>} when set.
     *
     * @param minimum how many cases the repository's copy holds at least (a lost folder fails loudly)
     */
    public static List<Path> of(String kind, String variable, int minimum) {
        URL url = GoldenCases.class.getResource("/golden/" + kind);
        if (url == null) {
            throw new IllegalStateException("test resource golden/" + kind + " is missing");
        }
        List<Path> cases = new ArrayList<>();
        try {
            cases.addAll(jsonFiles(Path.of(url.toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (cases.size() < minimum) {
            throw new IllegalStateException("golden/" + kind + ": expected at least " + minimum + " cases, found " + cases.size());
        }
        String extra = System.getenv(variable);
        if (extra != null && !extra.isBlank()) {
            List<Path> more = jsonFiles(Path.of(extra));
            assertFalse(more.isEmpty(), variable + "=" + extra + " holds no .json case");
            cases.addAll(more);
        }
        return cases;
    }

    private static List<Path> jsonFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
