/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code timesteps.json} of a run folder: the evaluations of its model at T' time steps
 * ({@code eval --timesteps}), one entry per (T', samples), a new one replacing an old one, so the
 * report can draw accuracy against T'.
 */
public final class LatencyLog {

    public static final String FILE = "timesteps.json";

    private LatencyLog() {}

    /** Adds (or replaces) the evaluation at {@code timesteps} and returns its entry. */
    public static ObjectNode record(RunFolder run, int timesteps, int trainedTimesteps, Evaluation.Result result,
            String trainingMethod) {
        ObjectNode entry = Json.mapper().createObjectNode();
        entry.put("timesteps", timesteps);
        entry.put("trained_timesteps", trainedTimesteps);
        entry.put("samples", result.samples());
        entry.put("test_accuracy", result.accuracy());
        entry.put("test_loss", result.loss());
        entry.put("asfr", result.asfr());
        Object energy = result.energy().get("energy_uj_per_sample");
        if (energy instanceof Number n) {
            entry.put("energy_uj_per_sample", n.doubleValue());
        }
        entry.put("training_method", trainingMethod);
        Path file = run.dir().resolve(FILE);
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("evaluations");
        for (JsonNode old : read(file)) {
            if (old.path("timesteps").asInt() != timesteps || old.path("samples").asLong() != result.samples()) {
                list.add(old);
            }
        }
        list.add(entry);
        AtomicFiles.writeString(file, Json.write(root));
        return entry;
    }

    /** True when the run records an evaluation at {@code timesteps} over {@code samples} test samples. */
    public static boolean has(RunFolder run, int timesteps, long samples) {
        for (JsonNode old : read(run.dir().resolve(FILE))) {
            if (old.path("timesteps").asInt() == timesteps && old.path("samples").asLong() == samples) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Json.mapper().createArrayNode();
        }
        try {
            JsonNode list = Json.mapper().readTree(file.toFile()).get("evaluations");
            if (list == null || !list.isArray()) {
                throw new Snn4jException(file + ": expected {\"evaluations\": [...]}, found no such list");
            }
            return list;
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
