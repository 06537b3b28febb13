/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.snn4j.config.PreparedData;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.run.SavedModel;
import dev.snn4j.run.SavedRun;
import dev.snn4j.run.TrainResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs, at tiny sizes, and does what it says. */
class ExamplesTest {

    @Test
    void customCnnTrainsWithAndWithoutTrt() {
        String out = stdout(() -> CustomCnnTrt.main(new String[] {"96", "1"}));
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(0).startsWith("baseline test accuracy"), out);
        assertTrue(lines.get(1).startsWith("trt      test accuracy"), out);
    }

    /** The preset example writes a run folder that reloads and evaluates to the accuracy it recorded. */
    @Test
    void presetRunFolderReloadsToItsAccuracy(@TempDir Path tmp) {
        TrainResult result = PresetOnFashionMnist.run(tmp.resolve("run"), 256, 64, 1);
        assertTrue(Files.isRegularFile(tmp.resolve("run/metrics.json")));
        try (SavedRun saved = SavedRun.load(tmp.resolve("run"), "cpu")) {
            PreparedData data = PreparedData.load(saved.config(), Map.of());
            Evaluation.Result eval = Evaluation.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(),
                    data.test(), 32, s -> {});
            assertEquals(result.testAccuracy(), eval.accuracy(), 0.0);
        }
    }

    /**
     * LIF, tau 2, threshold 1, hard reset to 0, sigmoid surrogate (alpha 4), worked by hand: neuron 0
     * charges 0.4, then 0.4 + (2.5 - 0.4) / 2 = 1.45 (a spike, reset to 0), then 0.75; neuron 1
     * charges 0.75, 0.775, 0.3875 and never fires. The gradient of sum(spikes) is BPTT through
     * g(h) = 4 s(4 (h - 1)) (1 - s(4 (h - 1))), with dV/dH = (1 - S) - H g, lambda_V[t-1] = lambda_H[t] / 2
     * and dL/dX[t] = lambda_H[t] / 2.
     */
    @Test
    void lifLayerGivesHandWorkedSpikesVoltagesAndGradient() {
        LifGradient.Result r = LifGradient.run(new float[] {0.8f, 1.5f, 2.5f, 0.8f, 1.5f, 0.0f}, 3);
        assertArrayEquals(new float[] {0, 0, 1, 0, 0, 0}, r.spikes());
        assertArrayEquals(new float[] {0.4f, 0.75f, 0f, 0.775f, 0.75f, 0.3875f}, r.voltages(), 1e-6f);
        assertArrayEquals(new float[] {0.198449f, 0.482956f, 0.104645f, 0.437542f, 0.393224f, 0.146256f}, r.gradient(), 5e-5f);
    }

    /** A Predictor on the reloaded model classifies 8-bit images as the model does the same pixels directly. */
    @Test
    void savedModelPredictsAsTheModelComputes(@TempDir Path tmp) throws Exception {
        ArraySamples test = Stripes.make(6, 3);
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            images.add(SavePredict.image(test, i));
        }
        List<Classifications> predictions = SavePredict.run(tmp.resolve("saved"), 96, images);
        assertEquals(6, predictions.size());
        try (SavedModel saved = SavedModel.load(tmp.resolve("saved"), "cpu", spec -> CustomCnnTrt.network());
                NDManager manager = saved.model().getNDManager().newSubManager()) {
            assertEquals(Stripes.CLASSES, saved.classNames());
            for (int i = 0; i < test.size(); i++) {
                float[] pixels = new float[Stripes.SIZE * Stripes.SIZE];
                test.write(i, pixels, 0, null);
                for (int p = 0; p < pixels.length; p++) {
                    pixels[p] = Math.round(255 * pixels[p]) / 255f; // what the 8-bit image holds
                }
                float[] logits = saved.network().forward(new ai.djl.training.ParameterStore(manager, false),
                        new NDList(manager.create(pixels, new Shape(1, 1, Stripes.SIZE, Stripes.SIZE))), false)
                        .singletonOrThrow().softmax(-1).toFloatArray();
                Classifications c = predictions.get(i);
                for (int k = 0; k < logits.length; k++) {
                    assertEquals(logits[k], c.get(Stripes.CLASSES.get(k)).getProbability(), 1e-5, "image " + i + " class " + k);
                }
            }
        }
    }

    private static String stdout(Runnable body) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
