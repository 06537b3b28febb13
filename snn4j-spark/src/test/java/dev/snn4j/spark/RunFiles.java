/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A run folder's content as two runs of the same settings must share it: everything but timings and places. */
final class RunFiles {

    /** Measured, not computed: they differ between any two runs. */
    private static final List<String> TIMINGS = List.of("seconds", "eval_seconds", "samples_per_second", "peak_memory_mb",
            "seconds_per_epoch");

    private RunFiles() {}

    /** config.json's settings, model and data, and metrics.json, without timings, paths and provenance. */
    static JsonNode comparable(Path run) throws Exception {
        ObjectNode config = (ObjectNode) Json.mapper().readTree(run.resolve("config.json").toFile());
        config.remove("provenance");
        ((ObjectNode) config.get("config")).remove("out");
        ObjectNode metrics = (ObjectNode) Json.mapper().readTree(run.resolve("metrics.json").toFile());
        metrics.get("epochs").forEach(e -> ((ObjectNode) e).remove(TIMINGS));
        ((ObjectNode) metrics.get("final")).remove(TIMINGS);
        ((ObjectNode) metrics.get("final")).remove("run_dir");
        ObjectNode both = Json.mapper().createObjectNode();
        both.set("config", config);
        both.set("metrics", metrics);
        return both;
    }

    /** The summary table without its rows of measured cost (seconds per epoch, peak memory). */
    static String withoutTimingRows(String summary) {
        return summary.lines().filter(l -> !l.contains(" | training seconds per epoch | ") && !l.contains(" | peak memory (MB) | "))
                .collect(Collectors.joining("\n"));
    }
}
