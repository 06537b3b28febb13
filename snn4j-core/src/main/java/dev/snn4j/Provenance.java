/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What produced a result: snn4j, DJL and engine versions, Java, OS, CPU count, the native memory
 * allocator (it changes libtorch's CPU speed, see the {@code snn4j} launcher) and the git commit of
 * the code (with "-dirty" when the work tree had uncommitted changes).
 */
public record Provenance(
        String snn4jVersion,
        String djlVersion,
        String engine,
        String engineVersion,
        String javaVersion,
        String os,
        int cpus,
        String nativeAllocator,
        String gitCommit,
        String createdAt) {

    /** Collects the provenance of this process now. */
    public static Provenance current() {
        Engine engine = Engine.getInstance();
        return new Provenance(
                readSnn4jVersion(),
                Engine.getDjlVersion(),
                engine.getEngineName(),
                engine.getVersion(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                detectNativeAllocator(),
                readGitCommit(),
                Instant.now().toString());
    }

    /**
     * The malloc serving native memory: "tcmalloc" or "jemalloc" when one is loaded into this
     * process (the launcher preloads tcmalloc when installed), else "system".
     */
    public static String detectNativeAllocator() {
        try {
            String maps = Files.readString(Path.of("/proc/self/maps"));
            if (maps.contains("libtcmalloc")) {
                return "tcmalloc";
            }
            return maps.contains("libjemalloc") ? "jemalloc" : "system";
        } catch (IOException | RuntimeException e) {
            return "system"; // no /proc (macOS, Windows): the platform's malloc
        }
    }

    /** The version Maven wrote into the jar's resources at build time. */
    public static String readSnn4jVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/dev/snn4j/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The commit of the source tree this code was built from, or "unknown" outside a git checkout. */
    static String readGitCommit() {
        Path location = codeLocation();
        if (location == null) {
            return "unknown";
        }
        String head = git(location, "rev-parse", "HEAD");
        if (head == null) {
            return "unknown";
        }
        String status = git(location, "status", "--porcelain", "--untracked-files=no");
        return status == null || status.isEmpty() ? head : head + "-dirty";
    }

    private static Path codeLocation() {
        try {
            Path p = Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (Exception e) {
            return null;
        }
    }

    private static String git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
