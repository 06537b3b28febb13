/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirGraph;
import dev.snn4j.nir.NirImport;
import dev.snn4j.run.RunRecord;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snn4j import}: a NIR graph as an snn4j model. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read a NIR graph (neuroir.org) and build the snn4j model it maps to: prints its layers, or the one node that"
                    + " does not map.",
            "Writing it as a run folder for eval, attack and training (--out DIR) comes with custom models in run folders."
        })
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nir", required = true, paramLabel = "FILE", description = "The NIR file.")
    Path nir;

    @Option(names = "--dt", paramLabel = "SECONDS",
            description = "Seconds per time step to read the neurons with (default: the file's 'dt' metadata, else 1e-4).")
    Double dt;

    @Option(names = "--timesteps", paramLabel = "T", description = "Steps per sample (default: the file's 'timesteps' metadata).")
    Integer timesteps;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "direct (a static sample at every step) or temporal (one frame per step) (default: the file's 'encoding' metadata).")
    InputEncoding encoding;

    @Option(names = "--json", description = "Print the model as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        NirImport.Builder b = NirImport.builder();
        if (dt != null) {
            b.optDt(dt);
        }
        if (timesteps != null) {
            b.optTimesteps(timesteps);
        }
        if (encoding != null) {
            b.optEncoding(encoding);
        }
        NirGraph graph = NirFile.read(nir);
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
            NirImport.Result r = b.build().load(graph, manager, nir.toString());
            var spec0 = r.model().spec();
            long parameters = RunRecord.parameterCount(r.model());
            var out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("file", nir.toString());
                node.put("dt", r.dt());
                node.put("timesteps", spec0.timesteps());
                node.put("encoding", spec0.encoding().cliName());
                node.set("sample_shape", Json.mapper().valueToTree(spec0.sampleShape()));
                node.put("classes", spec0.numClasses());
                node.put("parameters", parameters);
                node.set("layers", Json.mapper().valueToTree(r.layers()));
                out.print(Json.write(node));
            } else {
                out.printf(Locale.ROOT, "%s: an snn4j model of %,d parameters, %s input %s, T=%d, %d classes, dt %s s%n", nir,
                        parameters, spec0.encoding().cliName(), shape(spec0.sampleShape()), spec0.timesteps(),
                        spec0.numClasses(), ExportCommand.seconds(r.dt()));
                r.layers().forEach(l -> out.println("  " + l));
            }
            out.flush();
        }
        return 0;
    }

    private static String shape(long[] s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? "" : "x").append(s[i]);
        }
        return b.toString();
    }
}
