/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.eval.Evaluation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Run folders written by snn4j before the modules, grouped settings and the training API (commit
 * d0bea75: cnn3 on 3,000 Fashion-MNIST images, a baseline and a TRT run with PLIF neurons) still
 * load, keep their settings and evaluate to the test accuracy they recorded, to the last sample.
 */
class OldRunFoldersTest {

    @ParameterizedTest
    @ValueSource(strings = {"cnn3-baseline", "cnn3-trt-plif"})
    void oldRunEvaluatesToItsRecordedAccuracy(String name, @TempDir Path tmp) throws Exception {
        Path dir = copy(fixture(name), tmp.resolve(name));
        JsonNode recorded = Json.mapper().readTree(dir.resolve(RunFolder.METRICS).toFile()).get("final");
        try (SavedRun saved = SavedRun.load(dir, "cpu")) {
            PreparedData data = PreparedData.load(saved.config(), Map.of());
            assertEquals(300, data.test().size());
            Evaluation.Result result = Evaluation.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(),
                    data.test(), 64, s -> {});
            assertEquals(recorded.get("test_accuracy").asDouble(), result.accuracy(), 0.0, name + ": test accuracy");
            assertEquals(recorded.get("asfr").asDouble(), result.asfr(), 1e-6, name + ": ASFR");
        }
    }

    /**
     * The keys added since these folders were written, with the value that reproduces what that
     * version did: no neuron parameters, the star product of the rates with the shared head, CE, no
     * generalisation gap.
     */
    private static final String ADDED_LATER = "{\"neuron_params\": {}, \"trt_star_at\": \"rates\", \"trt_star_head\": \"shared\","
            + " \"trt_star_scale\": \"product\", \"loss\": \"ce\", \"tet_lambda\": 0.0, \"tet_phi\": 1.0,"
            + " \"train_eval_samples\": 0, \"train_eval_every_epoch\": false}";

    /** The saved settings read back into today's config and write the same keys and values again, plus the later keys. */
    @ParameterizedTest
    @ValueSource(strings = {"cnn3-baseline", "cnn3-trt-plif"})
    void oldConfigKeysAreTodaysKeys(String name) throws Exception {
        JsonNode saved = Json.mapper().readTree(fixture(name).resolve(RunFolder.CONFIG).toFile()).get("config");
        TrainConfig config = TrainConfig.fromSavedJson(saved, name);
        ObjectNode expected = (ObjectNode) Json.mapper()
                .readTree(saved.toString());
        expected.setAll((ObjectNode) Json.mapper().readTree(ADDED_LATER));
        List<String> keys = new ArrayList<>();
        expected.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.stream().sorted().toList(), TrainConfig.keys().stream().sorted().toList());
        assertEquals(expected, config.toJson(), "same values under the same keys");
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(OldRunFoldersTest.class.getResource("/fixtures/old-runs/" + name).toURI());
    }

    /** A copy of a fixture's files into {@code to}, which a test may change. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
