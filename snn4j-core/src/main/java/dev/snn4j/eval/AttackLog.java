/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import dev.snn4j.run.RunFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.Json;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code attacks.json} in a run folder: every attack measured on the run, one entry per (method,
 * epsilon, steps, step size, samples); a repeated attack replaces its entry.
 */
public final class AttackLog {

    public static final String FILE = "attacks.json";

    private AttackLog() {}

    /** Adds (or replaces) the attack's entry and returns it. */
    public static ObjectNode record(RunFolder run, AdversarialAttack attack, AdversarialAttack.Result result, String trainingMethod) {
        ObjectNode entry = Json.mapper().createObjectNode();
        entry.put("method", attack.method().cliName());
        entry.put("epsilon", attack.epsilon());
        entry.put("steps", attack.steps());
        entry.put("step_size", attack.stepSize());
        entry.put("seed", attack.seed());
        entry.put("samples", result.samples());
        entry.put("clean_accuracy", result.cleanAccuracy());
        entry.put("attacked_accuracy", result.attackedAccuracy());
        entry.put("training_method", trainingMethod);
        entry.put("run_dir", run.dir().toString());
        Path file = run.dir().resolve(FILE);
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode list = root.putArray("attacks");
        for (JsonNode e : read(file)) {
            if (!sameAttack(e, entry)) {
                list.add(e);
            }
        }
        list.add(entry);
        AtomicFiles.writeString(file, Json.write(root));
        return entry;
    }

    /** True when the run records this attack (method, epsilon, steps, step size) over {@code samples} test samples. */
    public static boolean has(RunFolder run, AdversarialAttack attack, long samples) {
        ObjectNode wanted = Json.mapper().createObjectNode();
        wanted.put("method", attack.method().cliName());
        wanted.put("epsilon", attack.epsilon());
        wanted.put("steps", attack.steps());
        wanted.put("step_size", attack.stepSize());
        wanted.put("samples", samples);
        for (JsonNode e : read(run.dir().resolve(FILE))) {
            if (sameAttack(e, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return java.util.List.of();
        }
        JsonNode old;
        try {
            old = Json.mapper().readTree(file.toFile()).get("attacks");
        } catch (java.io.IOException e) {
            throw new dev.snn4j.Snn4jException(file + ": cannot read: " + Json.problem(e), e);
        }
        return old == null ? java.util.List.of() : old;
    }

    private static boolean sameAttack(JsonNode a, JsonNode b) {
        if (!b.get("method").asText().equals(a.path("method").asText())) {
            return false;
        }
        for (String key : new String[] {"epsilon", "steps", "step_size", "samples"}) {
            if (!a.path(key).isNumber() || a.get(key).asDouble() != b.get(key).asDouble()) {
                return false;
            }
        }
        return true;
    }
}
