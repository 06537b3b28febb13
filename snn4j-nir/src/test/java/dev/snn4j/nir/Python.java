/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.snn4j.OutsideTools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs this module's Python checks (src/test/resources/dev/snn4j/nir/python) with a python3 that
 * has h5py and NumPy: {@code $SNN4J_PYTHON}, else {@code python3} on the PATH, else
 * {@code /usr/bin/python3}. The checks are independent of snn4j's code. Without such an interpreter
 * they are skipped with one visible line (a bare JDK + Maven machine), or fail where
 * {@code SNN4J_REQUIRE_TOOLS} asks for {@code python3-h5py}, as CI's {@code .ci/run} does.
 */
final class Python {

    private static String interpreter;

    private Python() {}

    /** Runs {@code script} with {@code args}; its stdout, or a test failure with its stderr. */
    static String run(Path workDir, String script, String... args) {
        Path file = workDir.resolve(script);
        try (InputStream in = Python.class.getResourceAsStream("python/" + script)) {
            if (in == null) {
                fail("no test resource python/" + script);
            }
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(interpreter(), file.toString()));
        command.addAll(List.of(args));
        Result r = exec(command);
        assertEquals(0, r.exit(), script + " failed: " + r.err());
        return r.out().trim();
    }

    private record Result(int exit, String out, String err) {}

    private static synchronized String interpreter() {
        if (interpreter != null) {
            return interpreter;
        }
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("SNN4J_PYTHON");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.add("python3");
        candidates.add("/usr/bin/python3");
        List<String> tried = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                Result r = exec(List.of(candidate, "-c", "import h5py, numpy"));
                if (r.exit() == 0) {
                    interpreter = candidate;
                    return candidate;
                }
                tried.add(candidate + " (" + r.err().lines().reduce((a, b) -> b).orElse("exit " + r.exit()) + ")");
            } catch (UncheckedIOException e) {
                tried.add(candidate + " (" + e.getCause().getMessage() + ")");
            }
        }
        OutsideTools.need("python3-h5py", false, "apt-get install python3-h5py python3-numpy, or set SNN4J_PYTHON",
                "python3 with h5py and NumPy; tried " + String.join(", ", tried));
        throw new AssertionError("unreachable: OutsideTools.need skips or fails");
    }

    private static Result exec(List<String> command) {
        try {
            Path out = Files.createTempFile("snn4j-python", ".out");
            Path err = Files.createTempFile("snn4j-python", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(command + " took more than 300 s");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
