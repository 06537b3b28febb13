/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NIR's HDF5 layout written and read back by jhdf: every node type, edges and metadata. */
class NirFileTest {

    @TempDir
    Path dir;

    /** A graph with one node of every type snn4j writes (not a model: the shapes need not chain). */
    static NirGraph everyNodeType() {
        NirArray w4 = new NirArray(new long[] {2, 1, 3, 3}, range(18));
        long[] maps = {2, 3, 3};
        return NirGraph.builder()
                .add("input", new NirNode.Input(List.of(1L, 3L, 3L)))
                .add("conv", new NirNode.Conv2d(w4, NirArray.vector(0.5f, -0.5f), List.of(1L, 1L), List.of(1L, 1L),
                        List.of(1L, 1L), 1, List.of(3L, 3L)))
                .add("lif", new NirNode.Lif(NirArray.full(maps, 0.002f), NirArray.full(maps, 1f), NirArray.full(maps, 0f),
                        NirArray.full(maps, 1f), NirArray.full(maps, 0f)))
                .add("if", new NirNode.If(NirArray.full(maps, 1000f), NirArray.full(maps, 1f), NirArray.full(maps, -0.5f)))
                .add("sum", new NirNode.SumPool2d(List.of(2L, 2L), List.of(2L, 2L), List.of(0L, 0L)))
                .add("avg", new NirNode.AvgPool2d(List.of(3L, 3L), List.of(3L, 3L), List.of(0L, 0L)))
                .add("any", new NirNode.Threshold(NirArray.full(new long[] {2, 1, 1}, 0.5f)))
                .add("flat", new NirNode.Flatten(List.of(2L, 1L, 1L), 0, -1))
                .add("affine", new NirNode.Affine(new NirArray(new long[] {3, 2}, range(6)), NirArray.vector(1, 2, 3)))
                .add("linear", new NirNode.Linear(new NirArray(new long[] {2, 3}, range(6))))
                .add("output", new NirNode.Output(List.of(2L)))
                .connect("input", "conv").connect("conv", "lif").connect("lif", "if").connect("if", "sum")
                .connect("lif", "sum").connect("sum", "any").connect("any", "avg").connect("avg", "flat")
                .connect("flat", "affine").connect("affine", "linear").connect("linear", "output")
                .optMetadata(NirFile.PRODUCER_KEY, "snn4j test")
                .optMetadata("dt", 0.001)
                .optMetadata("timesteps", 4L)
                .build();
    }

    static float[] range(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = i - n / 2f;
        }
        return out;
    }

    @Test
    void everyNodeTypeReadsBackAsWritten() {
        NirGraph graph = everyNodeType();
        Path file = dir.resolve("all.nir");
        NirFile.write(graph, file);
        NirGraph read = NirFile.read(file);
        assertEquals(graph.nodes(), read.nodes());
        assertEquals(graph.edges(), read.edges());
        assertEquals(graph.metadata(), read.metadata());
        // a 4-D array keeps its row-major order
        float[] weight = ((NirNode.Conv2d) read.node("conv")).weight().data();
        assertArrayEquals(range(18), weight);
    }

    @Test
    void largeArraysAreCompressedAndStillExact() throws Exception {
        long[] shape = {32, 28, 28};
        NirArray big = NirArray.full(shape, 0.25f);
        NirGraph graph = NirGraph.builder()
                .add("input", new NirNode.Input(List.of(32L, 28L, 28L)))
                .add("any", new NirNode.Threshold(big))
                .add("output", new NirNode.Output(List.of(32L, 28L, 28L)))
                .connect("input", "any").connect("any", "output")
                .optMetadata(NirFile.PRODUCER_KEY, "snn4j test")
                .build();
        Path file = dir.resolve("big.nir");
        NirFile.write(graph, file);
        assertEquals(big, ((NirNode.Threshold) NirFile.read(file).node("any")).threshold());
        // 25,088 floats are 100 kB raw; deflate makes a constant array tiny
        assertTrue(Files.size(file) < 20_000, "file of " + Files.size(file) + " bytes");
    }

    @Test
    void aFileSnn4jDidNotWriteIsNeverReplaced() throws Exception {
        Path file = dir.resolve("model.nir");
        Files.writeString(file, "someone else's file");
        Snn4jException e = assertThrows(Snn4jException.class, () -> NirFile.write(everyNodeType(), file));
        assertEquals(file + ": exists and is not a NIR file written by snn4j; not replaced (choose another path, or move"
                + " the file away)", e.getMessage());
        assertEquals("someone else's file", Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFileSnn4jWroteIsReplaced() {
        Path file = dir.resolve("model.nir");
        NirFile.write(everyNodeType(), file);
        NirGraph smaller = NirGraph.builder()
                .add("input", new NirNode.Input(List.of(2L)))
                .add("output", new NirNode.Output(List.of(2L)))
                .connect("input", "output")
                .optMetadata(NirFile.PRODUCER_KEY, "snn4j test")
                .build();
        NirFile.write(smaller, file);
        assertEquals(2, NirFile.read(file).nodes().size());
    }

    @Test
    void aFileWithoutSnn4jsProducerIsNeverReplaced() {
        Path file = dir.resolve("other.nir");
        NirGraph foreign = NirGraph.builder()
                .add("input", new NirNode.Input(List.of(2L)))
                .add("output", new NirNode.Output(List.of(2L)))
                .connect("input", "output")
                .optMetadata(NirFile.PRODUCER_KEY, "snntorch")
                .build();
        NirFile.write(foreign, file);
        assertFalse(NirFile.writtenBySnn4j(file));
        assertThrows(Snn4jException.class, () -> NirFile.write(everyNodeType(), file));
        assertEquals("snntorch", NirFile.read(file).metadata().get(NirFile.PRODUCER_KEY));
    }

    @Test
    void anUnknownFieldIsNamedAndAnUnknownTypeIsKept() {
        assertEquals(new NirNode.Other("CubaLIF"), readOne("cuba.nir", "CubaLIF", List.of()));
        List<String> fields = List.of("tau", "r", "v_leak", "v_threshold", "v_reset", "w_in");
        Path file = dir.resolve("extra.nir");
        assertEquals(file + ": node 'n' (LIF): unknown field 'w_in'; snn4j reads tau, r, v_leak, v_threshold, v_reset",
                assertThrows(Snn4jException.class, () -> readOne("extra.nir", "LIF", fields)).getMessage());
    }

    /** The one node of a file holding a node of {@code type} with float fields {@code fields}. */
    private NirNode readOne(String name, String type, List<String> fields) {
        Path file = dir.resolve(name);
        try (io.jhdf.WritableHdfFile h5 = io.jhdf.HdfFile.write(file)) {
            h5.putDataset("version", "1.0.7");
            io.jhdf.api.WritableGroup graph = h5.putGroup("node");
            graph.putDataset("type", "NIRGraph");
            io.jhdf.api.WritableGroup node = graph.putGroup("nodes").putGroup("n");
            node.putDataset("type", type);
            fields.forEach(f -> node.putDataset(f, new float[] {1f}));
        }
        return NirFile.read(file).node("n");
    }

    @Test
    void readingSomethingElseSaysWhatItFound() throws Exception {
        Path missing = dir.resolve("missing.nir");
        assertEquals(missing + ": expected a NIR file, found nothing",
                assertThrows(Snn4jException.class, () -> NirFile.read(missing)).getMessage());
        Path text = dir.resolve("text.nir");
        Files.writeString(text, "not hdf5");
        String message = assertThrows(Snn4jException.class, () -> NirFile.read(text)).getMessage();
        assertTrue(message.startsWith(text + ": cannot read as HDF5 (is it a NIR file?)"), message);
    }
}
