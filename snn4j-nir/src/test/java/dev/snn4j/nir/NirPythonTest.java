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
import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.SpikingModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Independent checks in Python (h5py and NumPy, none of snn4j's code): the files snn4j writes
 * have the layout NIR's reader expects; a NumPy simulation of a file, with the reading snn4j
 * documents, gives snn4j's scores; and files that h5py writes as NIR's writer does import with
 * their hand-worked results.
 */
class NirPythonTest {

    @TempDir
    Path dir;

    /** Largest score difference allowed: float rounding in another order of sums, no spike changed. */
    private static final double TOLERANCE = 1e-4;

    @Test
    void exportedFilesHaveNirsLayout() {
        try (NDManager m = NDManager.newBaseManager()) {
            SpikingModel cnn3 = Models.preset(Models.spec(ModelPreset.CNN3, Models.lif(), 4, new long[] {1, 28, 28},
                    InputEncoding.DIRECT), m, 21);
            JsonNode layout = layout(cnn3, "cnn3.nir");
            assertEquals("1.0.7", layout.get("version").asText());
            // two max pools as SumPool2d and IF each, the global average pool as a SumPool2d and a Flatten
            assertEquals(Map.of("Input", 1, "Conv2d", 3, "LIF", 3, "SumPool2d", 3, "IF", 2, "Flatten", 1, "Affine", 1,
                    "Output", 1), counts(layout.get("types")));
            assertEquals(14, layout.get("edges").asInt(), "a chain of 15 nodes");
            assertEquals(1e-4, layout.get("metadata").get("dt").asDouble());
            assertEquals("[10]", layout.get("output").toString());
            assertEquals("direct", layout.get("metadata").get("encoding").asText());

            JsonNode residual = layout(Models.residual(Models.plif(), m, 22), "residual.nir");
            // stem conv + LIF; tdBN 8->8: conv1, sn1, conv2, sn2 (identity shortcut: an edge); 8->16: the same and a
            // projection conv; SEW 16->16: 4 nodes; SEW 16->16/2: 4 and the downsample's conv and LIF; gap (2); head
            assertEquals(Map.of("Input", 1, "Conv2d", 1 + 2 + 3 + 2 + 3, "LIF", 1 + 2 + 2 + 2 + 3 + 1, "SumPool2d", 1, "Flatten", 1,
                    "Affine", 2, "Output", 1), counts(residual.get("types")));
            // one edge into each of the 27 nodes after the input; a second into each tdBN block's sn2 (the shortcut);
            // block 3's sum (its sn2 + its input) feeds block 4's conv1 and downsample with two edges each, and block
            // 4's sum (sn2 + downsample_sn) feeds the pool with two
            assertEquals(27 + 2 + 2 + 1, residual.get("edges").asInt());
        }
    }

    private JsonNode layout(SpikingModel net, String name) {
        Path file = dir.resolve(name);
        NirFile.write(NirExport.builder().build().graph(net), file);
        return json(Python.run(dir, "nir_layout.py", file.toString()));
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> counts(JsonNode types) {
        Map<String, Integer> out = new TreeMap<>();
        types.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    @Test
    void numpySimulationOfTheFilesGivesSnn4jsScores() throws IOException {
        try (NDManager m = NDManager.newBaseManager()) {
            resimulate(Models.preset(Models.spec(ModelPreset.CNN3, Models.lif(), 4, new long[] {1, 16, 16},
                    InputEncoding.DIRECT), m, 31), m, "cnn3-lif.nir");
            resimulate(Models.preset(Models.spec(ModelPreset.DVS_CNN, Models.integrateAndFire(), 5, new long[] {2, 16, 16},
                    InputEncoding.TEMPORAL), m, 32), m, "dvs-cnn-if.nir");
            resimulate(Models.residual(Models.plif(), m, 33), m, "residual-plif.nir");
        }
    }

    /** Average pools (vggsnn) and the ImageNet layout's padded 3x3/2 max pool as SumPool2d + IF (sew-resnet18). */
    @Test
    void numpySimulationOfPooledPresets() throws IOException {
        try (NDManager m = NDManager.newBaseManager()) {
            resimulate(Models.preset(Models.spec(ModelPreset.VGGSNN, NirRoundTripTest.eager(), 2, new long[] {2, 16, 16},
                    InputEncoding.TEMPORAL), m, 34), m, "vggsnn.nir");
            resimulate(Models.preset(Models.spec(ModelPreset.SEW_RESNET18, NirRoundTripTest.eager(), 2, new long[] {3, 16, 16},
                    InputEncoding.DIRECT), m, 35), m, "sew-resnet18.nir");
        }
    }

    private void resimulate(SpikingModel net, NDManager m, String name) throws IOException {
        Path file = dir.resolve(name);
        NirFile.write(NirExport.builder().build().graph(net), file);
        NDArray x = Models.input(net, m, 6, 7);
        Path input = dir.resolve(name + ".f32");
        writeFloats(input, x.toFloatArray());
        String encoding = net.spec().encoding().cliName();
        String out = Python.run(dir, "nir_simulate.py", file.toString(), input.toString(), encoding,
                Integer.toString(net.spec().timesteps()), Double.toString(NirExport.DEFAULT_DT));
        JsonNode rows = json(out);
        float[] expected = Models.scores(net, m, x);
        int classes = expected.length / 6;
        double worst = 0;
        for (int i = 0; i < 6; i++) {
            for (int k = 0; k < classes; k++) {
                worst = Math.max(worst, Math.abs(rows.get(i).get(k).asDouble() - expected[i * classes + k]));
            }
        }
        assertTrue(worst < TOLERANCE, name + ": NumPy and snn4j differ by up to " + worst);
        assertTrue(NirRoundTripTest.spread(expected) > 0.01, name + ": the scores depend on the input (spikes happen)");
    }

    private static void writeFloats(Path file, float[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        Files.write(file, b.array());
    }

    @Test
    void filesWrittenAsNirsWriterDoesImportWithTheirHandWorkedScores() throws IOException {
        Python.run(dir, "nir_examples.py", dir.toString());
        NirImport options3 = NirImport.builder().optDt(HandWorkedGraphs.DT).optTimesteps(3)
                .optEncoding(InputEncoding.DIRECT).build();
        NirImport options4 = NirImport.builder().optDt(HandWorkedGraphs.DT).optTimesteps(4)
                .optEncoding(InputEncoding.DIRECT).build();
        NirGraph lif = NirFile.read(dir.resolve("lif.nir"));
        assertEquals(HandWorkedGraphs.lif().nodes(), lif.nodes(), "the same graph as built in Java");
        assertArrayEquals(HandWorkedGraphs.LIF_SCORES, NirImportTest.scores(options4, lif, HandWorkedGraphs.LIF_INPUT, 2),
                1e-6f);
        NirGraph pool = NirFile.read(dir.resolve("if_max_pool.nir"));
        assertEquals(HandWorkedGraphs.ifMaxPool().nodes(), pool.nodes(), "a missing v_reset reads as zeros");
        assertArrayEquals(HandWorkedGraphs.IF_SCORES,
                NirImportTest.scores(options3, pool, HandWorkedGraphs.IF_INPUT, 1, 2, 2), 1e-6f);
        // the NumPy simulation agrees with the hand-worked values too
        Path in = dir.resolve("if.f32");
        writeFloats(in, HandWorkedGraphs.IF_INPUT);
        JsonNode simulated = json(Python.run(dir, "nir_simulate.py", dir.resolve("if_max_pool.nir").toString(),
                in.toString(), "direct", "3", "0.001"));
        assertEquals(1 / 3.0, simulated.get(0).get(0).asDouble(), 1e-6);
        assertEquals(2 / 3.0, simulated.get(0).get(1).asDouble(), 1e-6);
    }
}
