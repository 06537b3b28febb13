/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.nir.NirExport;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirGraph;
import dev.snn4j.nir.NirMetadata;
import dev.snn4j.run.SavedRun;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snn4j export}: a trained model as a NIR file, for neuromorphic hardware and other SNN libraries. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a trained model as a NIR graph (the Neuromorphic Intermediate Representation, neuroir.org): one HDF5 file"
                    + " that Lava, SpiNNaker2, Speck and Xylo toolchains and SpikingJelly, snnTorch, Norse, Sinabs, Rockpool"
                    + " and Spyx read.",
            "Batch norms are folded into the convolutions; neurons follow SpikingJelly's NIR convention for the time step"
                    + " --dt; the class scores are the mean over the T steps of the graph's output."
        })
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder.")
    Path run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nir", description = "nir, the only one so far (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (a file snn4j did not write is never replaced).")
    Path out;

    @Option(names = "--dt", paramLabel = "SECONDS", defaultValue = "1e-4",
            description = "Seconds per time step the neuron parameters are written for (default: ${DEFAULT-VALUE}, as SpikingJelly's and snnTorch's NIR bridges).")
    double dt;

    @Option(names = "--json", description = "Print what was written as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (!format.equals("nir")) {
            throw new Snn4jException("--format: expected nir, found '" + format + "'");
        }
        NirGraph graph;
        try (SavedRun saved = SavedRun.load(run, "cpu")) {
            graph = NirExport.builder().optDt(dt).optMetadata("dataset", saved.config().data().dataset().cliName()).build()
                    .graph(saved.network());
        }
        NirFile.write(graph, out);
        var stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("file", out.toString());
            node.put("format", format);
            node.put("nodes", graph.nodes().size());
            node.put("edges", graph.edges().size());
            node.put("synaptic_parameters", graph.synapticParameters());
            node.put("dt", dt);
            graph.metadata().forEach((k, v) -> node.set("metadata_" + k, Json.mapper().valueToTree(v)));
            stdout.print(Json.write(node));
        } else {
            stdout.printf(Locale.ROOT, "wrote %s: NIR graph of %d nodes, %d edges, %,d synaptic parameters (dt %s s)%n", out,
                    graph.nodes().size(), graph.edges().size(), graph.synapticParameters(), seconds(dt));
            stdout.printf(Locale.ROOT, "  model   %s%n", graph.metadata().get(NirMetadata.MODEL));
            stdout.printf(Locale.ROOT, "  input   %s%n", graph.metadata().get(NirMetadata.INPUT));
            stdout.printf(Locale.ROOT, "  scores  %s%n", graph.metadata().get(NirMetadata.READOUT));
        }
        stdout.flush();
        return 0;
    }

    /** Seconds as they read best: 0.0001, 0.001, 1. */
    static String seconds(double s) {
        return java.math.BigDecimal.valueOf(s).stripTrailingZeros().toPlainString();
    }
}
