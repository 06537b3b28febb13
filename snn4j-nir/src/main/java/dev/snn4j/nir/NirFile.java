/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes NIR graphs as NIR's HDF5 files: a {@code version} string and a {@code node}
 * group holding the graph ({@code type} "NIRGraph", {@code nodes}, {@code edges} as an [E, 2]
 * string array, optional {@code metadata}), each node a group of its fields, as the {@code nir}
 * package's {@code nir.write} lays them out and {@code nir.read} reads them.
 *
 * <p>A file is written to a temporary file beside the target and renamed over it. An existing file
 * is replaced only when snn4j wrote it (its graph's {@code producer} metadata starts with
 * "snn4j"); any other file is left alone.
 */
public final class NirFile {

    /** The {@code version} written: the NIR release whose reader the files were checked with. */
    public static final String NIR_VERSION = "1.0.7";

    /** The graph metadata key naming the program that wrote the file. */
    public static final String PRODUCER_KEY = "producer";

    private NirFile() {}

    /** Writes {@code graph} to {@code file}; its metadata should hold {@link #PRODUCER_KEY}. */
    public static void write(NirGraph graph, Path file) {
        if (Files.exists(file) && !writtenBySnn4j(file)) {
            throw new Snn4jException(file + ": exists and is not a NIR file written by snn4j; not replaced"
                    + " (choose another path, or move the file away)");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            try (WritableHdfFile h5 = HdfFile.write(temp)) {
                Hdf5Fields.putString(h5, "version", NIR_VERSION);
                writeGraph(h5.putGroup("node"), graph);
            }
            AtomicFiles.moveAtomically(temp, file);
            temp = null;
        } catch (IOException | HdfException e) {
            throw new Snn4jException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a stray temp file is harmless and named as such
                }
            }
        }
    }

    /** Whether {@code file} is a NIR file whose graph metadata says snn4j wrote it. */
    public static boolean writtenBySnn4j(Path file) {
        try {
            Object producer = read(file).metadata().get(PRODUCER_KEY);
            return producer instanceof String s && s.startsWith("snn4j");
        } catch (Snn4jException e) {
            return false;
        }
    }

    private static void writeGraph(WritableGroup g, NirGraph graph) {
        Hdf5Fields.putString(g, "type", "NIRGraph");
        WritableGroup nodes = g.putGroup("nodes");
        graph.nodes().forEach((name, node) -> NirNodeFields.write(nodes.putGroup(name), node));
        String[][] edges = new String[graph.edges().size()][];
        for (int i = 0; i < edges.length; i++) {
            NirGraph.Edge e = graph.edges().get(i);
            edges[i] = new String[] {e.from(), e.to()};
        }
        if (edges.length > 0) {
            g.putDataset("edges", edges);
        }
        if (!graph.metadata().isEmpty()) {
            WritableGroup meta = g.putGroup("metadata");
            graph.metadata().forEach((k, v) -> meta.putDataset(k, v));
        }
    }

    /** Reads the graph in {@code file}. */
    public static NirGraph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Snn4jException(file + ": expected a NIR file, found " + (Files.exists(file) ? "a folder" : "nothing"));
        }
        try (HdfFile h5 = new HdfFile(file)) {
            Node root = h5.getChildren().get("node");
            if (!(root instanceof Group graph)) {
                throw new Snn4jException(file + ": expected a NIR file (an HDF5 group 'node'), found "
                        + (root == null ? "none" : "a dataset"));
            }
            return readGraph(graph, file + ": graph");
        } catch (HdfException e) {
            throw new Snn4jException(file + ": cannot read as HDF5 (is it a NIR file?): " + e.getMessage(), e);
        }
    }

    private static NirGraph readGraph(Group g, String where) {
        Hdf5Fields fields = new Hdf5Fields(g, where);
        String type = fields.string("type");
        if (!type.equals("NIRGraph")) {
            throw new Snn4jException(where + ": expected type NIRGraph, found " + type);
        }
        NirGraph.Builder b = NirGraph.builder();
        Node nodes = g.getChildren().get("nodes");
        if (!(nodes instanceof Group nodeGroup)) {
            throw new Snn4jException(where + ": expected a group 'nodes', found none");
        }
        for (Map.Entry<String, Node> e : nodeGroup.getChildren().entrySet()) {
            String nodeWhere = where.replace(": graph", "") + ": node '" + e.getKey() + "'";
            if (!(e.getValue() instanceof Group nodeFields)) {
                throw new Snn4jException(nodeWhere + ": expected a group, found a dataset");
            }
            b.add(e.getKey(), NirNodeFields.read(new Hdf5Fields(nodeFields, nodeWhere)));
        }
        if (fields.has("edges")) {
            Object data = ((Dataset) g.getChildren().get("edges")).getDataFlat();
            if (!(data instanceof String[] flat) || flat.length % 2 != 0) {
                throw new Snn4jException(where + ": expected 'edges' to be pairs of node names, found " + data);
            }
            for (int i = 0; i < flat.length; i += 2) {
                if (!g.getChildren().containsKey("nodes") || nodeGroup.getChildren().get(flat[i]) == null
                        || nodeGroup.getChildren().get(flat[i + 1]) == null) {
                    throw new Snn4jException(where + ": edge " + flat[i] + " -> " + flat[i + 1] + " names a node the graph lacks");
                }
                b.connect(flat[i], flat[i + 1]);
            }
        }
        if (g.getChildren().get("metadata") instanceof Group meta) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : meta.getChildren().entrySet()) {
                if (e.getValue() instanceof Dataset d) {
                    Object v = Hdf5Fields.metadataValue(d);
                    if (v != null) {
                        values.put(e.getKey(), v);
                    }
                }
            }
            values.forEach(b::optMetadata);
        }
        return b.build();
    }
}
