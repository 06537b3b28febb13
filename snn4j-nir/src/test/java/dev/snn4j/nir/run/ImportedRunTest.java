/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.nir.Models;
import dev.snn4j.nir.NirExport;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirGraph;
import dev.snn4j.nir.NirImport;
import dev.snn4j.nir.NirModelFactory;
import dev.snn4j.run.SavedModel;
import dev.snn4j.run.SavedRun;
import dev.snn4j.train.SnnTraining;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported model as a run folder: it reloads through {@link NirModelFactory} (found by
 * ServiceLoader) with the imported model's scores, evaluates, fine-tunes, and saves again.
 */
class ImportedRunTest {

    private static final List<String> CLASSES = IntStream.range(0, 10).mapToObj(i -> "c" + i).toList();

    @TempDir
    Path dir;

    @Test
    void anImportedRunReloadsEvaluatesAndFineTunes() {
        ModelSpec spec = Models.spec(ModelPreset.CNN3, Models.lif(), 3, new long[] {1, 8, 8}, InputEncoding.DIRECT);
        PreparedData data = data(spec, 64, 32);
        Path run = dir.resolve("imported");
        float[] expected;
        double accuracy;
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("snn4j", Device.cpu())) {
            NirGraph graph = NirExport.builder().optDt(1e-3).build().graph(Models.preset(spec, m, 21));
            NirImport.Result imported = NirImport.builder().build().load(graph, model.getNDManager(), "cnn3.nir");
            model.setBlock(imported.model());
            TrainConfig config = ImportedRun.config(TrainConfig.defaults(), imported.model().spec());
            ImportedRun.save(model, graph, imported.dt(), config, data, run);
            NDArray x = Models.input(imported.model(), m, 6, 22);
            expected = Models.scores(imported.model(), model.getNDManager(), x);
            accuracy = evaluate(imported.model(), model.getNDManager(), data).accuracy();
            assertEquals(1e-3, NirFile.read(run.resolve(NirModelFactory.GRAPH_FILE)).metadata().get("dt"));
        }
        try (SavedRun saved = SavedRun.load(run, "cpu"); NDManager m = NDManager.newBaseManager()) {
            assertEquals("nir", saved.network().spec().architecture());
            assertEquals(3, saved.config().model().timesteps());
            float[] found = Models.scores(saved.network(), saved.model().getNDManager(), Models.input(saved.network(), m, 6, 22));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], found[i], 0f, "score " + i + " after reloading");
            }
            assertEquals(accuracy, evaluate(saved.network(), saved.model().getNDManager(), data).accuracy(), 0);
        }
        try (SavedModel saved = SavedModel.load(run, "cpu"); NDManager m = NDManager.newBaseManager()) {
            float[] before = weights(saved.network());
            var result = SnnTraining.builder().setModel(saved.model()).setData(data.train(), data.test())
                    .optEpochs(1).optBatchSize(16).build().fit();
            float[] after = weights(saved.network());
            assertEquals(before.length, after.length);
            assertTrue(IntStream.range(0, before.length).filter(i -> before[i] != after[i]).count() > before.length / 2,
                    "fine-tuning moves the imported weights");
            assertTrue(result.testAccuracy() >= 0 && result.testAccuracy() <= 1);
            float[] tuned = Models.scores(saved.network(), saved.model().getNDManager(), Models.input(saved.network(), m, 6, 23));
            Path again = dir.resolve("fine-tuned");
            ImportedRun.save(saved.model(), NirFile.read(run.resolve(NirModelFactory.GRAPH_FILE)), 1e-3,
                    ImportedRun.config(TrainConfig.defaults(), saved.spec()), data, again);
            try (SavedModel reloaded = SavedModel.load(again, "cpu")) {
                float[] found = Models.scores(reloaded.network(), reloaded.model().getNDManager(),
                        Models.input(reloaded.network(), m, 6, 23));
                for (int i = 0; i < tuned.length; i++) {
                    assertEquals(tuned[i], found[i], 0f, "the fine-tuned parameters are what the folder holds");
                }
            }
        }
    }

    /** Event frames: the folder's T is the frame count the data is integrated into. */
    @Test
    void aTemporalModelReloadsWithItsFrameCount() {
        ModelSpec spec = Models.spec(ModelPreset.DVS_CNN, Models.integrateAndFire(), 3, new long[] {2, 8, 8},
                InputEncoding.TEMPORAL);
        PreparedData data = data(spec, 16, 16);
        Path run = dir.resolve("frames");
        float[] expected;
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("snn4j", Device.cpu())) {
            NirGraph graph = NirExport.builder().build().graph(Models.preset(spec, m, 51));
            NirImport.Result imported = NirImport.builder().build().load(graph, model.getNDManager(), "dvs.nir");
            model.setBlock(imported.model());
            TrainConfig config = ImportedRun.config(TrainConfig.defaults().toBuilder()
                    .data(d -> d.dataset(dev.snn4j.data.DatasetId.NFMNIST)).build(), imported.model().spec());
            assertEquals(3, config.model().timesteps(), "the frame count");
            ImportedRun.save(model, graph, imported.dt(), config, data, run);
            expected = Models.scores(imported.model(), model.getNDManager(), Models.input(imported.model(), m, 4, 52));
        }
        try (SavedRun saved = SavedRun.load(run, "cpu"); NDManager m = NDManager.newBaseManager()) {
            assertEquals(InputEncoding.TEMPORAL, saved.network().spec().encoding());
            assertEquals(3, saved.network().spec().timesteps());
            assertEquals("nfmnist", saved.config().data().dataset().cliName());
            float[] found = Models.scores(saved.network(), saved.model().getNDManager(), Models.input(saved.network(), m, 4, 52));
            assertArrayEquals(expected, found, 0f);
        }
    }

    @Test
    void aMissingOrForeignGraphIsOneError() throws Exception {
        ModelSpec spec = Models.spec(ModelPreset.CNN3, Models.lif(), 2, new long[] {1, 8, 8}, InputEncoding.DIRECT);
        Path run = dir.resolve("run");
        try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("snn4j", Device.cpu())) {
            NirGraph graph = NirExport.builder().build().graph(Models.preset(spec, m, 31));
            NirImport.Result imported = NirImport.builder().build().load(graph, model.getNDManager(), "cnn3.nir");
            model.setBlock(imported.model());
            TrainConfig config = ImportedRun.config(TrainConfig.defaults(), imported.model().spec());
            PreparedData wrong = data(Models.spec(ModelPreset.CNN3, Models.lif(), 2, new long[] {1, 8, 9}, InputEncoding.DIRECT), 8, 8);
            Snn4jException shape = assertThrows(Snn4jException.class,
                    () -> ImportedRun.save(model, graph, imported.dt(), config, wrong, run));
            assertEquals("dataset fashion-mnist: expected direct samples 1x8x8 in 10 classes as the imported graph, found"
                    + " direct samples 1x8x9 in 10 classes", shape.getMessage());
            assertTrue(Files.notExists(run), "nothing written");
            ImportedRun.save(model, graph, imported.dt(), config, data(spec, 8, 8), run);
        }
        Files.delete(run.resolve(NirModelFactory.GRAPH_FILE));
        Snn4jException missing = assertThrows(Snn4jException.class, () -> SavedModel.load(run, "cpu"));
        assertEquals(run.resolve("model.nir") + ": expected a NIR file, found nothing", missing.getMessage());
    }

    /** Random samples of {@code spec}'s shape, labels 0..9 in turn. */
    private static PreparedData data(ModelSpec spec, int train, int test) {
        return new PreparedData(samples(spec, train, 1), samples(spec, test, 2), "random", Map.of(), List.of());
    }

    private static ArraySamples samples(ModelSpec spec, int n, long seed) {
        int size = 1;
        for (long d : spec.sampleShape()) {
            size *= (int) d;
        }
        Random r = new Random(seed);
        float[] values = new float[n * size];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextFloat();
        }
        int[] labels = IntStream.range(0, n).map(i -> i % 10).toArray();
        if (spec.encoding() == InputEncoding.TEMPORAL) {
            long[] frames = new long[spec.sampleShape().length + 1];
            frames[0] = spec.timesteps();
            System.arraycopy(spec.sampleShape(), 0, frames, 1, spec.sampleShape().length);
            float[] all = new float[values.length * spec.timesteps()];
            for (int i = 0; i < all.length; i++) {
                all[i] = r.nextFloat() < 0.2f ? 1 : 0;
            }
            return ArraySamples.temporal(all, frames, labels, CLASSES);
        }
        return ArraySamples.of(values, spec.sampleShape(), labels, CLASSES);
    }

    /** Every trainable parameter, in order. */
    private static float[] weights(SpikingModel net) {
        return net.getParameters().stream().filter(p -> p.getValue().requiresGradient())
                .map(p -> p.getValue().getArray().toFloatArray())
                .reduce(new float[0], (a, b) -> {
                    float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
                    System.arraycopy(b, 0, c, a.length, b.length);
                    return c;
                });
    }

    private static Evaluation.Result evaluate(SpikingModel net, NDManager m, PreparedData data) {
        return Evaluation.run(net, new ai.djl.training.ParameterStore(m, false), m, data.test(), 16, s -> { });
    }
}
