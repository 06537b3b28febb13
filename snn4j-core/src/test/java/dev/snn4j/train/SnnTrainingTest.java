/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.dataset.ArrayDataset;
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.model.TinyModels;
import dev.snn4j.run.SavedModel;
import dev.snn4j.run.TrainResult;
import dev.snn4j.trt.TrtObjective;
import dev.snn4j.trt.TrtSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training API on a model and data of the caller's own, as a library user would run it. */
class SnnTrainingTest {

    private static final List<String> CLASSES = List.of("dark", "medium", "bright");

    /** Images [1, 8, 8] whose brightness gives the class, with noise. */
    static ArraySamples data(int n, long seed) {
        Random random = new Random(seed);
        float[] pixels = new float[n * 64];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int p = 0; p < 64; p++) {
                pixels[i * 64 + p] = (float) (labels[i] * 0.8 + 0.3 * random.nextGaussian());
            }
        }
        return ArraySamples.of(pixels, new long[] {1, 8, 8}, labels, CLASSES);
    }

    private static TrainResult train(ArraySamples train, ArraySamples test, Path dir) {
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(3, 3));
            TrtObjective trt = new TrtObjective(TrtSettings.DEFAULTS, (dev.snn4j.model.SpikingModel) model.getBlock());
            SnnTraining.Builder b = SnnTraining.builder().setModel(model).setData(train, test).optObjective(trt)
                    .optEpochs(3).optBatchSize(16);
            TrainResult result = (dir == null ? b : b.optRunFolder(dir)).build().fit();
            if (dir != null) {
                SavedModel.save(model, dir.resolve("saved"), CLASSES, null);
            }
            return result;
        }
    }

    /** Trained in a thread of its own (not the one that loaded the engine), recorded, reloaded, re-evaluated. */
    @Test
    void customModelTrainsWithTrtAndReloads(@TempDir Path tmp) throws Exception {
        ArraySamples train = data(240, 1);
        ArraySamples test = data(48, 2);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(train(train, test, tmp.resolve("run")));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        worker.start();
        worker.join();
        if (outcome.get() instanceof RuntimeException e) {
            throw e;
        }
        TrainResult result = (TrainResult) outcome.get();
        assertEquals("trt", result.method());
        assertEquals(3, result.history().size());
        assertTrue(result.testAccuracy() > 0.5, "brightness is easy to learn: " + result.testAccuracy());

        JsonNode config = Json.mapper().readTree(tmp.resolve("run/config.json").toFile());
        assertEquals("trt", config.get("config").get("method").asText());
        assertEquals(16, config.get("config").get("batch_size").asInt());
        assertEquals("tiny-cnn", config.get("model_spec").get("architecture").asText());
        JsonNode metrics = Json.mapper().readTree(tmp.resolve("run/metrics.json").toFile());
        List<String> terms = new java.util.ArrayList<>();
        metrics.get("loss_terms").fieldNames().forEachRemaining(terms::add);
        assertEquals(List.of("ce", "reversed_ce", "consistency_kl", "star_ce"), terms, "metrics.json names the loss terms");

        try (SavedModel saved = SavedModel.load(tmp.resolve("run/saved"), "cpu", spec -> TinyModels.cnn(3, 3))) {
            Evaluation.Result again = Evaluation.run(saved.network(), new ai.djl.training.ParameterStore(
                    saved.model().getNDManager(), false), saved.model().getNDManager(), test, 16, s -> {});
            assertEquals(result.testAccuracy(), again.accuracy(), 0.0);
            assertEquals(result.parameters(), saved.network().cost().parameters());
            var params = saved.network().getParameters();
            float[] before = params.valueAt(params.size() - 2).getArray().toFloatArray();
            SnnTraining.builder().setModel(saved.model()).setData(train, test).optEpochs(1).optBatchSize(16).build().fit();
            float[] after = params.valueAt(params.size() - 2).getArray().toFloatArray();
            assertFalse(java.util.Arrays.equals(before, after), "a reloaded model fine-tunes: its parameters collect gradients");
        }
    }

    /** The same records through a DJL dataset train to the same numbers as through in-memory arrays. */
    @Test
    void djlDatasetsTrainLikeArrays() {
        ArraySamples train = data(64, 3);
        ArraySamples test = data(32, 4);
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] values = new float[64 * 64];
            float[] labels = new float[64];
            for (int i = 0; i < 64; i++) {
                train.write(i, values, i * 64, null);
                labels[i] = train.label(i);
            }
            ArrayDataset djl = new ArrayDataset.Builder()
                    .setData(manager.create(values, new Shape(64, 1, 8, 8)))
                    .optLabels(manager.create(labels))
                    .setSampling(16, false)
                    .build();
            DjlSamples samples = DjlSamples.of(djl, CLASSES, false);
            assertEquals(train.size(), samples.size());
            TrainResult viaDjl = train(samplesAsArrays(samples), test, null);
            TrainResult viaArrays = train(train, test, null);
            assertEquals(viaArrays.history().get(1).trainLoss(), viaDjl.history().get(1).trainLoss(), 0.0);
            assertEquals(viaArrays.testAccuracy(), viaDjl.testAccuracy(), 0.0);
        }
    }

    private static ArraySamples samplesAsArrays(DjlSamples samples) {
        float[] values = new float[samples.size() * samples.sampleSize()];
        int[] labels = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            samples.write(i, values, i * samples.sampleSize(), null);
            labels[i] = samples.label(i);
        }
        return ArraySamples.of(values, samples.sampleShape(), labels, samples.classNames());
    }

    /** Data that does not fit the model is one line naming both. */
    @Test
    void dataOfAnotherShapeIsRefused() {
        ArraySamples wrong = ArraySamples.of(new float[10 * 49], new long[] {1, 7, 7}, new int[10], CLASSES);
        try (Model model = Model.newInstance("tiny")) {
            model.setBlock(TinyModels.cnn(3, 3));
            Snn4jException e = assertThrows(Snn4jException.class,
                    () -> SnnTraining.builder().setModel(model).setData(wrong, wrong).build().fit());
            assertEquals("training data: expected samples of shape [1, 8, 8] for model tiny-cnn, found [1, 7, 7]", e.getMessage());
        }
    }
}
