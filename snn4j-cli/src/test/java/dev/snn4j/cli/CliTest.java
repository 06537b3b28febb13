/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.config.TrainConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, one-line errors, JSON on stdout. */
class CliTest {

    @Test
    void helpListsTheCommands() {
        CliRun r = run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"train", "eval", "demo", "bench", "attack", "data", "models", "report", "experiment",
            "export", "import"}) {
            assertTrue(r.out().contains(command), "help mentions " + command);
        }
        CliRun train = run("train", "--help");
        assertEquals(0, train.code());
        assertTrue(train.out().contains("--trt-alpha"));
        assertTrue(train.out().contains("default: 64"), "defaults are shown");
    }

    @Test
    void unknownFlagIsAUsageError() {
        CliRun r = run("train", "--bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Usage: snn4j train"), "usage is printed");
    }

    @Test
    void badValuesAreUsageErrors() {
        CliRun epochs = run("train", "--epochs", "0");
        assertEquals(2, epochs.code());
        assertTrue(epochs.err().startsWith("--epochs: expected an integer >= 1, found 0"), epochs.err());
        CliRun neuron = run("train", "--neuron", "hh");
        assertEquals(2, neuron.code());
        assertTrue(neuron.err().contains("expected one of if, lif, plif, qif, eif, found 'hh'"), neuron.err());
        CliRun param = run("train", "--neuron", "lif", "--neuron-params", "a0=1");
        assertEquals(2, param.code());
        assertEquals("--neuron-params: expected none for lif (it has no parameters of its own), found 'a0'",
                param.err().strip().lines().findFirst().orElse(""));
        CliRun number = run("train", "--lr", "fast");
        assertEquals(2, number.code());
    }

    @Test
    void dataErrorsAreOneLineWithExitCodeOne(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here");
        CliRun r = run("train", "--data", missing.toString(), "--out", dir.resolve("run").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: --data " + missing), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void evalOfAFolderThatIsNoRunFails(@TempDir Path dir) {
        CliRun r = run("eval", "--run", dir.toString());
        assertEquals(1, r.code());
        assertEquals("error: --run " + dir + ": no config.json (is this a snn4j run folder?)", r.err().strip());
    }

    @Test
    void trainThenEvalRoundTrip(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("run");
        CliRun train = run("train", "--method", "trt", "--train-limit", "256", "--test-limit", "128", "--epochs", "1",
                "--batch-size", "32", "--timesteps", "2", "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        JsonNode trained = train.json();
        assertEquals(runDir.toString(), trained.get("run_dir").asText());
        assertTrue(Files.isRegularFile(runDir.resolve("model-0000.params")));

        CliRun eval = run("eval", "--run", runDir.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode evaluated = eval.json();
        assertEquals(128, evaluated.get("samples").asInt());
        assertEquals(trained.get("test_accuracy").asDouble(), evaluated.get("test_accuracy").asDouble(), 1e-12);
        assertEquals(trained.get("asfr").asDouble(), evaluated.get("asfr").asDouble(), 1e-9);
        assertEquals("trt", evaluated.get("method").asText());

        CliRun again = run("train", "--out", runDir.toString(), "--train-limit", "64", "--epochs", "1");
        assertEquals(1, again.code(), "a finished run is never overwritten");
        assertTrue(again.err().contains("found a finished run"), again.err());
    }

    @Test
    void benchReportsBothMethodsAsJson() throws Exception {
        CliRun r = run("bench", "--batch-size", "2", "--steps", "2", "--warmup", "0", "--timesteps", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        for (String key : new String[] {"baseline_ms_per_step", "trt_ms_per_step", "trt_overhead", "inference_ms_per_batch"}) {
            assertTrue(j.get(key).asDouble() > 0, key);
        }
        assertEquals(j.get("trt_ms_per_step").asDouble() / j.get("baseline_ms_per_step").asDouble(), j.get("trt_overhead").asDouble(), 1e-9);
        String spin = System.getenv("GOMP_SPINCOUNT");
        assertEquals(spin == null ? "default" : spin, j.get("gomp_spincount").asText());
    }

    /** One config, one set of flags: every config key is a train flag and every train flag a key. */
    @Test
    void everyConfigKeyIsATrainFlag() {
        CommandLine cl = Snn4jCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> flags = cl.getSubcommands().get("train").getCommandSpec().options().stream()
                // how the command runs, not what is trained: never recorded in config.json
                .filter(o -> !Set.of("--help", "--version", "--json", "--verbose", "--config", "--resume", "--skip-memory-check")
                        .contains(o.longestName()))
                .map(o -> o.longestName().replaceFirst("^--", "").replace('-', '_'))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = TrainConfig.defaults().toJson().fieldNames();
        names.forEachRemaining(keys::add);
        assertEquals(keys, flags);
        assertFalse(keys.isEmpty());
    }

    /** A neuron type with parameters of its own, from the flags to config.json, the model's spec and back. */
    @Test
    void qifWithItsParameters(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("qif");
        CliRun train = run("train", "--neuron", "qif", "--neuron-params", "a0=1.5,v_c=0.7", "--v-reset", "-0.1",
                "--train-limit", "64", "--test-limit", "32", "--epochs", "1", "--batch-size", "32", "--timesteps", "2",
                "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        JsonNode saved = Json.mapper().readTree(runDir.resolve("config.json").toFile());
        assertEquals(Json.mapper().readTree("{\"a0\": 1.5, \"v_c\": 0.7}"), saved.get("config").get("neuron_params"));
        assertEquals(Json.mapper().readTree("{\"a0\": 1.5, \"v_c\": 0.7, \"v_rest\": 0.0}"),
                saved.get("model_spec").get("neuron").get("parameters"), "the spec holds every parameter");
        CliRun eval = run("eval", "--run", runDir.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        assertEquals(train.json().get("test_accuracy").asDouble(), eval.json().get("test_accuracy").asDouble(), 1e-12);
    }

    @Test
    void settingsFileWithFlagsOnTop(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("small.yaml");
        Files.writeString(yaml, "method: trt\ntrain_limit: 64\ntest_limit: 32\nepochs: 1\nbatch_size: 32\ntimesteps: 2\n");
        Path runDir = dir.resolve("run");
        CliRun r = run("train", "--config", yaml.toString(), "--timesteps", "3", "--out", runDir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode config = Json.mapper().readTree(runDir.resolve("config.json").toFile()).get("config");
        assertEquals("trt", config.get("method").asText(), "from the file");
        assertEquals(3, config.get("timesteps").asInt(), "the flag wins");
        assertEquals(32, config.get("batch_size").asInt(), "from the file");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "epochs: many\n");
        CliRun b = run("train", "--config", bad.toString());
        assertEquals(1, b.code());
        assertEquals("error: " + bad + ": epochs: expected an integer, found 'many' (a string)", b.err().strip());
    }

    /** Event data end to end: train on shapes-dvs, then accuracy on played-backwards samples per class. */
    @Test
    void eventRunWithReversedEvaluation(@TempDir Path dir) throws Exception {
        Path runDir = dir.resolve("shapes");
        CliRun train = run("train", "--dataset", "shapes-dvs", "--train-limit", "160", "--test-limit", "100", "--epochs", "1",
                "--batch-size", "16", "--timesteps", "4", "--method", "trt", "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        JsonNode config = Json.mapper().readTree(runDir.resolve("config.json").toFile());
        assertEquals("temporal", config.get("model_spec").get("encoding").asText());
        assertEquals("[\"translate\"]", config.get("data").get("augmentations").toString(), "auto: shapes-dvs refuses flips");
        assertTrue(config.get("data").has("train_files_sha256"), "the data's identity is recorded");

        CliRun eval = run("eval", "--run", runDir.toString(), "--reversed", "--json");
        assertEquals(0, eval.code(), eval.err());
        JsonNode j = eval.json();
        assertEquals(train.json().get("test_accuracy").asDouble(), j.get("test_accuracy").asDouble(), 1e-12);
        JsonNode perClass = j.get("per_class");
        assertEquals(10, perClass.size());
        long samples = 0;
        double correct = 0;
        for (JsonNode row : perClass) {
            samples += row.get("samples").asLong();
            correct += row.get("accuracy").asDouble() * row.get("samples").asLong();
            assertTrue(row.has("reversed_as_time_reversed_class"));
            assertEquals(10, row.get("samples").asLong(), "a limited test set keeps every class");
        }
        assertEquals(100, samples);
        assertEquals(j.get("test_accuracy").asDouble(), correct / samples, 1e-9);
    }
}
