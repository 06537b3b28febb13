/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data package (with its sub-packages) must stand alone: the JDK and the root package's
 * Snn4jException, CliEnum, AtomicFiles and IoErrors only, plus jhdf (pure-Java HDF5) in the point-cloud readers.
 */
class PackageIndependenceTest {

    @Test
    void importsOnlyTheJdkAndRootPackageHelpers() throws IOException {
        Path dir = Path.of("src/main/java/dev/snn4j/data");
        assertTrue(Files.isDirectory(dir), "run from the project root");
        List<String> bad;
        try (Stream<Path> files = Files.walk(dir)) {
            bad = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> imports(f).filter(i -> !allowed(i)).map(i -> f.getFileName() + ": " + i))
                    .collect(Collectors.toList());
        }
        assertTrue(bad.isEmpty(), "forbidden imports: " + bad);
    }

    @Test
    void noFullyQualifiedReferencesToOtherPackages() throws IOException {
        Pattern reference =
                Pattern.compile("\\b(ai\\.djl\\.|dev\\.snn4j\\.(?!data\\b|Snn4jException\\b|CliEnum\\b|AtomicFiles\\b|IoErrors\\b)\\w+)");
        List<String> bad;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/snn4j/data"))) {
            bad = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> reference.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString()).collect(Collectors.toList());
        }
        assertTrue(bad.isEmpty(), "references outside the JDK and Snn4jException in " + bad);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean allowed(String imported) {
        return imported.startsWith("java.") || imported.startsWith("javax.imageio.") || imported.startsWith("io.jhdf.")
                || imported.startsWith("dev.snn4j.data.") || imported.equals("dev.snn4j.Snn4jException")
                || imported.equals("dev.snn4j.CliEnum") || imported.equals("dev.snn4j.AtomicFiles")
                || imported.equals("dev.snn4j.IoErrors");
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim).filter(l -> l.startsWith("import "))
                    .map(l -> l.replaceFirst("^import (static )?", "").replace(";", "").trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
