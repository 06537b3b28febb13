/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A NIR graph: named nodes and directed edges between them, as NIR's {@code NIRGraph}. Edges carry
 * values unchanged; a node with several incoming edges receives their sum (NIR's convention, as
 * in its reference backends). Nodes keep the order they were added in; a file read back lists
 * them in HDF5's order (order means nothing in NIR: the edges say everything).
 *
 * @param nodes the nodes by name
 * @param edges the edges, each from one node's output to another node's input
 * @param metadata the graph's metadata: strings and numbers that no backend may rely on
 */
public record NirGraph(Map<String, NirNode> nodes, List<Edge> edges, Map<String, Object> metadata) {

    /** An edge: the output of {@code from} goes to the input of {@code to}. */
    public record Edge(String from, String to) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    public NirGraph {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        edges = List.copyOf(edges);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        for (Edge e : edges) {
            for (String end : List.of(e.from(), e.to())) {
                if (!nodes.containsKey(end)) {
                    throw new IllegalArgumentException("NirGraph: edge " + e.from() + " -> " + e.to() + " names no node " + end);
                }
            }
        }
        for (Object value : metadata.values()) {
            if (!(value instanceof String || value instanceof Double || value instanceof Long)) {
                throw new IllegalArgumentException("NirGraph: expected metadata strings, doubles or longs, found " + value);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The node named {@code name}, or {@code null}. */
    public NirNode node(String name) {
        return nodes.get(name);
    }

    /** The names of the nodes with an edge to {@code name}, in edge order. */
    public List<String> sources(String name) {
        List<String> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.to().equals(name)) {
                out.add(e.from());
            }
        }
        return out;
    }

    /** The names of the nodes {@code name} has an edge to, in edge order. */
    public List<String> targets(String name) {
        List<String> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.from().equals(name)) {
                out.add(e.to());
            }
        }
        return out;
    }

    /** The names of the nodes of type {@code type}, in node order. */
    public List<String> namesOf(Class<? extends NirNode> type) {
        List<String> out = new ArrayList<>();
        nodes.forEach((name, node) -> {
            if (type.isInstance(node)) {
                out.add(name);
            }
        });
        return out;
    }

    /** The number of synaptic parameters: the weights and biases of Conv2d, Affine and Linear nodes. */
    public long synapticParameters() {
        long n = 0;
        for (NirNode node : nodes.values()) {
            if (node instanceof NirNode.Conv2d c) {
                n += c.weight().size() + c.bias().size();
            } else if (node instanceof NirNode.Affine a) {
                n += a.weight().size() + a.bias().size();
            } else if (node instanceof NirNode.Linear l) {
                n += l.weight().size();
            }
        }
        return n;
    }

    /** Builds a {@link NirGraph}: nodes, then the edges between them, and optional metadata. */
    public static final class Builder {
        private final Map<String, NirNode> nodes = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a node; names are unique. */
        public Builder add(String name, NirNode node) {
            if (nodes.putIfAbsent(name, Objects.requireNonNull(node, "node")) != null) {
                throw new IllegalArgumentException("NirGraph: a second node named " + name);
            }
            return this;
        }

        /** Adds the edge {@code from -> to}. */
        public Builder connect(String from, String to) {
            edges.add(new Edge(from, to));
            return this;
        }

        /** Sets a metadata entry (a string, a double or a long). */
        public Builder optMetadata(String key, Object value) {
            metadata.put(key, value);
            return this;
        }

        public NirGraph build() {
            return new NirGraph(nodes, edges, metadata);
        }
    }
}
