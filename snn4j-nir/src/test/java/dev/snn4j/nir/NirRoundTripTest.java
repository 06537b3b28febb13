/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.NeuronSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export, write, read and import: the imported model has the original's spikes in every spiking
 * layer and its scores (the batch norms folded, so up to float rounding), and exporting it again
 * gives the same graph.
 */
class NirRoundTripTest {

    @TempDir
    Path dir;

    /** The largest score difference seen; rounding only, no spike changed. */
    private static final float TOLERANCE = 1e-4f;

    private void roundTrip(ModelSpec spec, long seed) {
        roundTrip(m -> Models.preset(spec, m, seed), seed);
    }

    private void roundTrip(java.util.function.Function<NDManager, SpikingModel> build, long seed) {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel original = build.apply(m);
            ModelSpec spec = original.spec();
            NirGraph graph = NirExport.builder().build().graph(original);
            Path file = dir.resolve(seed + ".nir");
            NirFile.write(graph, file);
            NirGraph read = NirFile.read(file);
            NirImport.Result imported = NirImport.builder().build().load(read, m, file.toString());
            SpikingModel copy = imported.model();
            assertEquals(spec.timesteps(), copy.spec().timesteps(), "T from the metadata");
            assertEquals(spec.encoding(), copy.spec().encoding(), "encoding from the metadata");
            NDArray x = Models.input(original, m, 8, seed + 1);
            List<float[]> spikes = record(original);
            List<float[]> copySpikes = record(copy);
            float[] expected = Models.scores(original, m, x);
            float[] found = Models.scores(copy, m, x);
            assertEquals(spikes.size(), copySpikes.size(), "the same spiking layers");
            for (int i = 0; i < spikes.size(); i++) {
                assertArrayEquals(spikes.get(i), copySpikes.get(i), "spikes of " + original.spikingLayers().get(i).name());
            }
            float worst = 0;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs(expected[i] - found[i]));
            }
            assertTrue(worst < TOLERANCE, spec.describe() + ": scores differ by up to " + worst);
            assertTrue(spread(expected) > 0.01, "the scores depend on the input (spikes happen): " + spread(expected));
            NirGraph again = NirExport.builder().build().graph(copy);
            assertEquals(read.nodes(), again.nodes(), "export of the import is the same graph");
            assertEquals(read.edges(), again.edges());
        }
    }

    /** The spikes of each of {@code net}'s spiking layers, filled in by its next forward pass. */
    private static List<float[]> record(SpikingModel net) {
        List<float[]> out = new ArrayList<>();
        for (SpikingModel.NamedNeuron n : net.spikingLayers()) {
            int index = out.size();
            out.add(null);
            n.neuron().setRecorder(s -> out.set(index, s.toFloatArray()));
        }
        return out;
    }

    /** Max minus min of the scores of one class over the batch. */
    static float spread(float[] scores) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i += 10) {
            min = Math.min(min, scores[i]);
            max = Math.max(max, scores[i]);
        }
        return max - min;
    }

    @Test
    void cnn3WithLif() {
        roundTrip(Models.spec(ModelPreset.CNN3, Models.lif(), 4, new long[] {1, 8, 8}, InputEncoding.DIRECT), 11);
    }

    @Test
    void cnn3WithIf() {
        roundTrip(Models.spec(ModelPreset.CNN3, Models.integrateAndFire(), 3, new long[] {2, 12, 8}, InputEncoding.DIRECT), 12);
    }

    @Test
    void dvsCnnOnFrames() {
        roundTrip(Models.spec(ModelPreset.DVS_CNN, Models.lif(), 5, new long[] {2, 8, 8}, InputEncoding.TEMPORAL), 13);
    }

    @Test
    void residualBlocksTdbnAndSewAndALinearBatchNorm() {
        roundTrip(m -> Models.residual(Models.integrateAndFire(), m, 16), 16);
    }

    @Test
    void plifBecomesTheLifOfItsLearnedTau() {
        ModelSpec spec = Models.spec(ModelPreset.CNN3, Models.plif(), 4, new long[] {1, 8, 8}, InputEncoding.DIRECT);
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel original = Models.preset(spec, m, 14);
            NirGraph graph = NirExport.builder().build().graph(original);
            NirImport.Result imported = NirImport.builder().build().load(graph, m, "plif.nir");
            NeuronSpec sn2 = imported.model().spikingLayers().get(1).neuron().spec();
            float w = original.spikingLayers().get(1).neuron().plifWeight().getArray().getFloat();
            assertEquals(1 + Math.exp(-w), sn2.tau(), 1e-5, "tau = 1 / sigmoid(w)");
            assertEquals(false, sn2.decayInput());
            assertEquals(-0.1, sn2.vReset(), 1e-7);
            NDArray x = Models.input(original, m, 8, 15);
            float[] expected = Models.scores(original, m, x);
            float[] found = Models.scores(imported.model(), m, x);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], found[i], TOLERANCE, "score " + i);
            }
        }
    }
}
