/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import ai.djl.Device;
import ai.djl.Model;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirGraph;
import dev.snn4j.nir.NirImport;
import dev.snn4j.nir.run.ImportedRun;
import dev.snn4j.run.RunRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code snn4j import}: a NIR graph as an snn4j model, and with {@code --out} as a run folder. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        defaultValueProvider = ImportCommand.Defaults.class,
        description = {
            "Read a NIR graph (neuroir.org) and build the snn4j model it maps to: prints its layers, or the one node that"
                    + " does not map.",
            "With --out DIR, writes it as a run folder (the graph, the parameters, config.json with the data settings given"
                    + " here) that eval, attack and fine-tuning take like a trained run."
        })
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nir", required = true, paramLabel = "FILE", description = "The NIR file.")
    Path nir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the model as a run folder here (absent, empty, or an unfinished run's;"
                    + " a finished one is never replaced).")
    String out;

    @Option(names = "--dt", paramLabel = "SECONDS",
            description = "Seconds per time step to read the neurons with (default: the file's 'dt' metadata, else 1e-4).")
    Double dt;

    @Option(names = "--timesteps", paramLabel = "T", description = "Steps per sample (default: the file's 'timesteps' metadata).")
    Integer timesteps;

    @Option(names = "--encoding", paramLabel = "ENC",
            description = "direct (a static sample at every step) or temporal (one frame per step) (default: the file's 'encoding' metadata).")
    InputEncoding encoding;

    @Mixin
    DataFlags data;

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
        try (Model model = Model.newInstance("snn4j", Device.cpu())) {
            NirImport.Result r = b.build().load(graph, model.getNDManager(), nir.toString());
            model.setBlock(r.model());
            if (out != null) {
                TrainConfig config = ImportedRun.config(config(graph), r.model().spec());
                PreparedData prepared = PreparedData.load(config, System.getenv());
                prepared.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                try {
                    ImportedRun.save(model, graph, r.dt(), config, prepared, Path.of(out));
                } catch (Snn4jException e) {
                    throw new Snn4jException(ConfigFlags.inFlags(spec, e.getMessage()), e);
                }
            }
            print(r);
        }
        return 0;
    }

    /** The data settings given, on the defaults; the dataset by default the file's 'dataset' metadata. */
    private TrainConfig config(NirGraph graph) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        ObjectNode base = TrainConfig.defaults().toJson();
        if (data.dataset == null) {
            if (!(graph.metadata().get("dataset") instanceof String name)) {
                throw new Snn4jException("--dataset: " + nir + " does not say which"
                        + " dataset the model classifies (no 'dataset' metadata); give --dataset NAME for --out");
            }
            base.put("dataset", name);
        }
        return ConfigFlags.toConfig(spec, ConfigFlags.usageChecked(spec, () -> TrainConfig.fromJson(base, nir.toString())),
                parsed);
    }

    private void print(NirImport.Result r) {
        var spec0 = r.model().spec();
        long parameters = RunRecord.parameterCount(r.model());
        var stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("file", nir.toString());
            if (out != null) {
                node.put("run_dir", out);
            }
            node.put("architecture", spec0.architecture());
            node.put("dt", r.dt());
            node.put("timesteps", spec0.timesteps());
            node.put("encoding", spec0.encoding().cliName());
            node.set("sample_shape", Json.mapper().valueToTree(spec0.sampleShape()));
            node.put("classes", spec0.numClasses());
            node.put("parameters", parameters);
            node.set("layers", Json.mapper().valueToTree(r.layers()));
            stdout.print(Json.write(node));
        } else {
            stdout.printf(Locale.ROOT, "%s: an snn4j model of %,d parameters, %s input %s, T=%d, %d classes, dt %s s%n", nir,
                    parameters, spec0.encoding().cliName(), shape(spec0.sampleShape()), spec0.timesteps(),
                    spec0.numClasses(), ExportCommand.seconds(r.dt()));
            r.layers().forEach(l -> stdout.println("  " + l));
            if (out != null) {
                stdout.printf(Locale.ROOT, "run folder %s (eval --run %s)%n", out, out);
            }
        }
        stdout.flush();
    }

    private static String shape(long[] s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? "" : "x").append(s[i]);
        }
        return b.toString();
    }

    /**
     * The data flags' defaults are the config's; T and the dataset have none, since the file's
     * metadata gives them unless a flag does.
     */
    static final class Defaults implements CommandLine.IDefaultValueProvider {
        private final ConfigDefaults config = new ConfigDefaults();

        @Override
        public String defaultValue(CommandLine.Model.ArgSpec arg) throws Exception {
            if (arg instanceof CommandLine.Model.OptionSpec o && List.of("timesteps", "dataset", "out").contains(ConfigFlags.key(o))) {
                return null;
            }
            return config.defaultValue(arg);
        }
    }
}
