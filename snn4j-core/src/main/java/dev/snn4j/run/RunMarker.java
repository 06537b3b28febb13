/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.Json;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * {@value #FILE}: the first file of every run folder, the claim that the folder is a snn4j run and
 * the record of whether the run finished. snn4j deletes or replaces files only in a folder that
 * holds one. Its {@code status} is {@code running} until the run's final results are written, then
 * {@code finished}; a finished run is never overwritten, however damaged its other files are.
 *
 * @param formatVersion the marker's format, {@value #FORMAT_VERSION}
 * @param runId a random identity of the run, new for every run started in the folder
 * @param created when the run started (UTC, seconds)
 * @param snn4jVersion the snn4j that started it
 * @param status {@code running} or {@code finished}
 */
public record RunMarker(int formatVersion, String runId, String created, String snn4jVersion, String status) {

    /** The marker's file name inside a run folder. */
    public static final String FILE = "snn4j-run.json";

    /** The marker format this snn4j writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final String RUNNING = "running";
    static final String FINISHED = "finished";

    private static final Set<String> KEYS = Set.of("format_version", "run_id", "created", "snn4j_version", "status");
    private static final long MAX_BYTES = 64 * 1024;

    /** A new run's marker, status running. */
    static RunMarker newRun() {
        return new RunMarker(FORMAT_VERSION, UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), Provenance.readSnn4jVersion(), RUNNING);
    }

    /** The same run, finished. */
    RunMarker finished() {
        return new RunMarker(formatVersion, runId, created, snn4jVersion, FINISHED);
    }

    boolean isFinished() {
        return FINISHED.equals(status);
    }

    void write(Path dir) {
        AtomicFiles.writeString(dir.resolve(FILE), Json.write(this));
    }

    /**
     * Reads the marker in {@code dir}.
     *
     * @throws Snn4jException with one line naming the file when it is not a marker this snn4j can read
     */
    static RunMarker read(Path dir) {
        Path file = dir.resolve(FILE);
        JsonNode node;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Snn4jException(file + ": expected a run marker of at most " + MAX_BYTES + " bytes, found "
                        + Files.size(file) + " (the file is damaged)");
            }
            node = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read the run marker: " + Json.problem(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new Snn4jException(file + ": expected a JSON object (a snn4j run marker), found "
                    + (node == null ? "an empty file" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + " (the file is damaged)");
        }
        for (String key : KEYS) {
            if (!node.has(key)) {
                throw new Snn4jException(file + ": expected the key '" + key + "' in a run marker, found none (the file is damaged)");
            }
        }
        int version = node.path("format_version").asInt(-1);
        if (!node.get("format_version").isInt() || version < 1) {
            throw new Snn4jException(file + ": expected format_version 1, found " + node.get("format_version"));
        }
        if (version > FORMAT_VERSION) {
            throw new Snn4jException(file + ": expected run marker format " + FORMAT_VERSION + ", found " + version
                    + " (written by a newer snn4j, " + node.path("snn4j_version").asText("unknown") + ")");
        }
        String status = node.path("status").asText();
        if (!RUNNING.equals(status) && !FINISHED.equals(status)) {
            throw new Snn4jException(file + ": status: expected running or finished, found " + node.get("status"));
        }
        ObjectNode known = ((ObjectNode) node).deepCopy();
        known.retain(KEYS);
        return Json.convert(known, RunMarker.class, file.toString());
    }
}
