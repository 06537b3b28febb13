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
        if (Files.isRegularFile(file)) {
            JsonNode old;
            try {
                old = Json.mapper().readTree(file.toFile()).get("attacks");
            } catch (java.io.IOException e) {
                throw new dev.snn4j.Snn4jException(file + ": cannot read: " + Json.problem(e), e);
            }
            if (old != null) {
                for (JsonNode e : old) {
                    if (!sameAttack(e, entry)) {
                        list.add(e);
                    }
                }
            }
        }
        list.add(entry);
        AtomicFiles.writeString(file, Json.write(root));
        return entry;
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
