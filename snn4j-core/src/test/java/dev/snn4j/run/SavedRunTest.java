/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.PreparedData;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.train.Trainer;
import dev.snn4j.train.TrainerTest;
import dev.snn4j.train.TrainingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TRT-trained model is a plain model: the same parameters as a baseline model, and reloaded from
 * its run folder (no TRT code involved) it gives exactly the accuracy and firing rates measured at
 * the end of training.
 */
class SavedRunTest {

    @Test
    void trtModelHasBaselineParametersAndEvaluatesIdenticallyAfterReload(@TempDir Path dir) {
        Path baselineDir = dir.resolve("baseline");
        Path trtDir = dir.resolve("trt");
        new Trainer(TrainerTest.tiny(baselineDir, "baseline").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();
        new Trainer(TrainerTest.tiny(trtDir, "trt").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();

        try (SavedRun baseline = SavedRun.load(baselineDir, "cpu");
                SavedRun trt = SavedRun.load(trtDir, "cpu")) {
            assertEquals(describe(baseline), describe(trt), "same parameter names and shapes");

            PreparedData data = PreparedData.load(trt.config(), System.getenv());
            Evaluation.Result reloaded = Evaluation.run(trt.network(), trt.parameterStore(), trt.model().getNDManager(),
                    data.test(), 64, s -> { });
            JsonNode last = trt.folder().readMetrics().get("epochs").get(0);
            assertEquals(last.get("test_accuracy").asDouble(), reloaded.accuracy(), 0.0);
            assertEquals(last.get("asfr").asDouble(), reloaded.asfr(), 1e-12);
        }
    }

    /** A run saved by a version whose preset had another layout is refused in one line that says so. */
    @Test
    void runOfAnOlderLayoutIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        new Trainer(TrainerTest.tiny(dir, "baseline").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();
        Path config = dir.resolve("config.json");
        ObjectNode root = (ObjectNode) Json.mapper().readTree(config.toFile());
        long parameters = root.get("model_spec").get("parameters").asLong();
        ((ObjectNode) root.get("model_spec")).put("parameters", parameters + 1);
        ((ObjectNode) root.get("provenance")).put("git_commit", "0123abc");
        Files.writeString(config, Json.write(root));

        Snn4jException e = assertThrows(Snn4jException.class, () -> SavedRun.load(dir, "cpu"));
        assertTrue(e.getMessage().startsWith(dir.resolve("model-0000.params") + ": model cnn3 was saved with "
                + String.format(Locale.ROOT, "%,d", parameters + 1) + " parameters"), e.getMessage());
        assertTrue(e.getMessage().contains("(commit 0123abc)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static List<String> describe(SavedRun run) {
        List<String> out = new ArrayList<>();
        for (Pair<String, Parameter> p : run.network().getParameters()) {
            out.add(p.getKey() + " " + p.getValue().getArray().getShape());
        }
        return out;
    }
}
