/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.Snn4jException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A walk through a graph from its Input to its Output. The value at each point is the sum of the
 * outputs of some nodes (the "ends": one node, or several after a residual addition); the walk
 * steps to the nodes those ends feed, and remembers every node it used, so that a node off the
 * way can be named at the end.
 */
final class ImportWalk {

    final NirGraph graph;
    final String file;
    final String input;
    final String output;
    private final Set<String> used = new HashSet<>();

    ImportWalk(NirGraph graph, String file) {
        this.graph = graph;
        this.file = file;
        this.input = only(NirNode.Input.class);
        this.output = only(NirNode.Output.class);
        used.add(input);
        used.add(output);
    }

    NirNode node(String name) {
        return graph.node(name);
    }

    /** The start of an error message about {@code name}. */
    String where(String name) {
        return file + ": node '" + name + "' (" + node(name).type() + ")";
    }

    /** Marks {@code name} used; a node reached twice is a cycle. */
    void use(String name) {
        if (!used.add(name)) {
            throw new Snn4jException(file + ": node '" + name + "' is reached twice (a cycle, or an edge snn4j cannot read)");
        }
    }

    /**
     * The nodes not used yet that the sum of {@code ends} feeds: every end must feed the same ones
     * (an end may also feed nodes already used, as a SEW block's input feeds its first conv).
     */
    List<String> consumers(List<String> ends) {
        Set<String> first = unused(graph.targets(ends.get(0)));
        for (String end : ends) {
            if (!unused(graph.targets(end)).equals(first)) {
                throw new Snn4jException(file + ": nodes " + ends + " sum to one value, but '" + end + "' feeds "
                        + unused(graph.targets(end)) + " and '" + ends.get(0) + "' feeds " + first
                        + "; snn4j imports chains and its own residual blocks");
            }
        }
        if (first.isEmpty()) {
            throw new Snn4jException(file + ": node '" + ends.get(0) + "' feeds nothing; expected a way to '" + output + "'");
        }
        return List.copyOf(first);
    }

    private Set<String> unused(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (!used.contains(n) || n.equals(output)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Requires that {@code name}'s inputs are exactly {@code ends}. */
    void requireSources(String name, List<String> ends) {
        if (!new HashSet<>(graph.sources(name)).equals(new HashSet<>(ends)) || graph.sources(name).size() != ends.size()) {
            throw new Snn4jException(file + ": node '" + name + "' sums " + graph.sources(name) + ", where snn4j has the value of "
                    + ends + " (a residual or recurrent connection snn4j does not import)");
        }
    }

    /** The one node that {@code name} alone feeds, or {@code null}. */
    String soleNext(String name) {
        List<String> next = graph.targets(name);
        if (next.size() != 1 || graph.sources(next.get(0)).size() != 1) {
            return null;
        }
        return next.get(0);
    }

    /** Fails naming the nodes the walk never reached. */
    void requireAllUsed() {
        List<String> off = new ArrayList<>();
        for (String name : graph.nodes().keySet()) {
            if (!used.contains(name)) {
                off.add(name);
            }
        }
        if (!off.isEmpty()) {
            throw new Snn4jException(file + ": nodes " + off + " are not on the way from '" + input + "' to '" + output + "'");
        }
    }

    private String only(Class<? extends NirNode> type) {
        List<String> names = graph.namesOf(type);
        if (names.size() != 1) {
            throw new Snn4jException(file + ": expected one " + type.getSimpleName() + " node, found " + names.size()
                    + (names.isEmpty() ? "" : " " + names));
        }
        return names.get(0);
    }
}
