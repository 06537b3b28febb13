/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import static dev.snn4j.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.config.PreparedData;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirImport;
import dev.snn4j.run.SavedRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import}: a trained run as a NIR file, and that file as the same model. */
class NirCommandsTest {

    @TempDir
    static Path dir;

    private static Path runDir;
    private static double runAccuracy;

    @BeforeAll
    static void trainATinyRun() throws Exception {
        runDir = dir.resolve("run");
        CliRun train = run("train", "--train-limit", "256", "--test-limit", "200", "--epochs", "1", "--batch-size", "32",
                "--timesteps", "2", "--out", runDir.toString(), "--json");
        assertEquals(0, train.code(), train.err());
        runAccuracy = train.json().get("test_accuracy").asDouble();
    }

    @Test
    void exportWritesTheRunAsNir() throws Exception {
        Path file = dir.resolve("model.nir");
        CliRun r = run("export", "--run", runDir.toString(), "--format", "nir", "--out", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode out = r.json();
        assertEquals(15, out.get("nodes").asInt(), "cnn3: input, 3 convs, 3 LIF, 2 pools of 2 nodes, pool + flatten, head, output");
        // cnn3 on 1x28x28: convs 1*32*9 + 32*64*9 + 64*128*9, biases 32 + 64 + 128 (the folded batch norms), head 128*10 + 10
        assertEquals(288 + 18432 + 73728 + 224 + 1290, out.get("synaptic_parameters").asLong());
        assertEquals(1e-4, out.get("dt").asDouble());
        assertEquals("fashion-mnist", out.get("metadata_dataset").asText());
        assertTrue(Files.isRegularFile(file));
        CliRun text = run("export", "--run", runDir.toString(), "--out", file.toString(), "--dt", "0.001");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("wrote " + file + ": NIR graph of 15 nodes, 14 edges"), text.out());
        assertEquals(0.001, NirFile.read(file).metadata().get("dt"), "an export replaces snn4j's own file");
    }

    @Test
    void theImportedModelHasTheRunsAccuracy() throws Exception {
        Path file = dir.resolve("accuracy.nir");
        assertEquals(0, run("export", "--run", runDir.toString(), "--out", file.toString()).code());
        CliRun shown = run("import", "--nir", file.toString(), "--json");
        assertEquals(0, shown.code(), shown.err());
        assertEquals(10, shown.json().get("classes").asInt());
        assertEquals(2, shown.json().get("timesteps").asInt());
        try (SavedRun saved = SavedRun.load(runDir, "cpu"); NDManager m = NDManager.newBaseManager()) {
            PreparedData data = PreparedData.load(saved.config(), System.getenv());
            NirImport.Result imported = NirImport.builder().build().load(NirFile.read(file), m, file.toString());
            Evaluation.Result result = Evaluation.run(imported.model(), new ParameterStore(m, false), m, data.test(), 50, s -> { });
            assertEquals(200, result.samples());
            assertEquals(runAccuracy, result.accuracy(), 1e-12, "the same test accuracy as the run");
        }
    }

    @Test
    void importOutWritesARunThatEvaluatesAndIsAttackedAsTheRun() throws Exception {
        Path file = dir.resolve("deploy.nir");
        Path imported = dir.resolve("imported");
        assertEquals(0, run("export", "--run", runDir.toString(), "--out", file.toString()).code());
        CliRun in = run("import", "--nir", file.toString(), "--out", imported.toString(), "--test-limit", "200", "--json");
        assertEquals(0, in.code(), in.err());
        assertEquals("nir", in.json().get("architecture").asText());
        for (String name : new String[] {"config.json", "model-0000.params", "model.nir"}) {
            assertTrue(Files.isRegularFile(imported.resolve(name)), name);
        }
        JsonNode spec = Json.mapper().readTree(imported.resolve("config.json").toFile()).get("model_spec");
        assertEquals("nir", spec.get("architecture").asText(), "a custom architecture, no stand-in preset");

        CliRun original = run("eval", "--run", runDir.toString(), "--json");
        CliRun eval = run("eval", "--run", imported.toString(), "--json");
        assertEquals(0, eval.code(), eval.err());
        assertEquals("nir", eval.json().get("model").asText());
        assertEquals(200, eval.json().get("samples").asInt());
        assertEquals(original.json().get("correct").asInt(), eval.json().get("correct").asInt(), "the run's accuracy");
        assertEquals(runAccuracy, eval.json().get("test_accuracy").asDouble(), 1e-12);
        assertEquals(original.json().get("asfr").asDouble(), eval.json().get("asfr").asDouble(), 1e-6);
        assertEquals(original.json().path("energy").get("sops_per_sample").asDouble(),
                eval.json().path("energy").get("sops_per_sample").asDouble(), 1e-3 * original.json().path("energy")
                        .get("sops_per_sample").asDouble(), "energy is measured on the imported model as well");

        CliRun attack = run("attack", "--run", imported.toString(), "--test-limit", "64", "--json");
        CliRun attackOriginal = run("attack", "--run", runDir.toString(), "--test-limit", "64", "--json");
        assertEquals(0, attack.code(), attack.err());
        assertEquals(attackOriginal.json().get("attacked_accuracy").asDouble(), attack.json().get("attacked_accuracy").asDouble(),
                1e-12, "FGSM's gradients are the run's");

        CliRun again = run("import", "--nir", file.toString(), "--out", imported.toString(), "--test-limit", "200");
        assertEquals(1, again.code(), "a finished import is a finished run: " + again.err());
        assertEquals("error: --out " + imported + ": expected a new folder or an unfinished run, found a finished run (it is never"
                + " overwritten)", again.err().strip());

        CliRun resume = run("train", "--resume", imported.toString());
        assertEquals(1, resume.code());
        assertEquals("error: --resume " + imported + ": expected an unfinished run, found a finished one", resume.err().strip(),
                "an import is finished: fine-tuning is a call of SnnTraining on the model SavedModel.load gives");
    }

    @Test
    void importOutRefusesWhatSnn4jDidNotWrite() throws Exception {
        Path file = dir.resolve("refuse.nir");
        assertEquals(0, run("export", "--run", runDir.toString(), "--out", file.toString()).code());
        Path theirs = dir.resolve("theirs");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("model.nir"), "their own graph");
        CliRun foreign = run("import", "--nir", file.toString(), "--out", theirs.toString());
        assertEquals(1, foreign.code());
        assertEquals("error: --out " + theirs + ": expected a new folder or an earlier import, found " + theirs.resolve("model.nir")
                + ", which snn4j did not write; not replaced", foreign.err().strip());
        assertEquals("their own graph", Files.readString(theirs.resolve("model.nir")));
        assertEquals(1, Files.list(theirs).count(), "nothing written beside it");

        dev.snn4j.nir.NirGraph exported = NirFile.read(file);
        java.util.Map<String, Object> meta = new java.util.LinkedHashMap<>(exported.metadata());
        meta.remove("dataset");
        Path anonymous = dir.resolve("anonymous.nir");
        NirFile.write(new dev.snn4j.nir.NirGraph(exported.nodes(), exported.edges(), meta), anonymous);
        CliRun noDataset = run("import", "--nir", anonymous.toString(), "--out", dir.resolve("anonymous").toString());
        assertEquals(1, noDataset.code());
        assertEquals("error: --dataset: " + anonymous + " does not say which dataset the model classifies (no 'dataset'"
                + " metadata); give --dataset NAME for --out", noDataset.err().strip());
        assertTrue(Files.notExists(dir.resolve("anonymous")));

        CliRun finished = run("import", "--nir", file.toString(), "--out", runDir.toString());
        assertEquals(1, finished.code());
        assertEquals("error: --out " + runDir + ": expected a new folder or an unfinished run, found a finished run"
                + " (it is never overwritten)", finished.err().strip());

        CliRun wrongData = run("import", "--nir", file.toString(), "--out", dir.resolve("cifar").toString(), "--dataset",
                "cifar10", "--data", dir.resolve("nowhere").toString());
        assertEquals(1, wrongData.code(), wrongData.err());
        assertEquals(1, wrongData.err().strip().lines().count(), wrongData.err());

        CliRun shapes = run("import", "--nir", file.toString(), "--out", dir.resolve("dvs").toString(), "--dataset", "nfmnist",
                "--test-limit", "8", "--train-limit", "8");
        assertEquals(1, shapes.code(), shapes.out());
        assertTrue(shapes.err().strip().startsWith("error: --dataset nfmnist: expected direct samples 1x28x28 in 10 classes as the"
                + " imported graph, found temporal samples"), shapes.err());
        assertTrue(Files.notExists(dir.resolve("dvs")), "nothing written");
    }

    @Test
    void badInputIsOneLine() throws Exception {
        CliRun format = run("export", "--run", runDir.toString(), "--format", "onnx", "--out", dir.resolve("x").toString());
        assertEquals(1, format.code());
        assertEquals("error: --format: expected nir, found 'onnx'", format.err().strip());

        Path foreign = dir.resolve("notes.nir");
        Files.writeString(foreign, "mine");
        CliRun overwrite = run("export", "--run", runDir.toString(), "--out", foreign.toString());
        assertEquals(1, overwrite.code());
        assertEquals("error: " + foreign + ": exists and is not a NIR file written by snn4j; not replaced (choose another"
                + " path, or move the file away)", overwrite.err().strip());
        assertEquals("mine", Files.readString(foreign));

        CliRun notNir = run("import", "--nir", foreign.toString());
        assertEquals(1, notNir.code());
        assertTrue(notNir.err().startsWith("error: " + foreign + ": cannot read as HDF5 (is it a NIR file?)"), notNir.err());
        assertEquals(1, notNir.err().strip().lines().count(), notNir.err());
    }
}
