/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Provenance;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.neuron.NeuronSpec;
import dev.snn4j.train.StepBenchmark;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import dev.snn4j.config.TrainConfig;
import picocli.CommandLine;

/** {@code snn4j bench}: milliseconds per training step, baseline vs TRT, and per inference batch. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        defaultValueProvider = ConfigDefaults.class,
        description = "Time training steps (baseline and TRT) and inference on random input of the model's shape.")
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelFlags model;

    @Option(names = "--batch-size", paramLabel = "B", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    NeuronFlags neuron;

    @Mixin
    TrtFlags trt;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Untimed steps first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10", description = "Timed steps per method (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--skip-memory-check", defaultValue = "false",
            description = "Run even when one step's estimated memory (T x batch x the model's activations) exceeds the memory available.")
    void skipMemoryCheck(boolean skip) {
        dev.snn4j.model.MemoryEstimate.setChecking(!skip);
    }

    @Option(names = "--json", description = "Print the results as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (steps < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--steps/--warmup: expected steps >= 1 and warmup >= 0, found " + steps + " and " + warmup);
        }
        TrainConfig config = ConfigFlags.toConfig(spec, null, spec.commandLine().getParseResult());
        ModelPreset preset = config.model().preset();
        NeuronSpec neuronSpec = config.neuronSpec();
        StepBenchmark.Result r;
        ProgressBar[] bar = {null}; // opened once the memory check passed (progress 0): a refusal stays one line
        try {
            r = StepBenchmark.run(preset, neuronSpec, config.model().timesteps(), config.run().batchSize(), config.trt(), warmup,
                    steps, done -> {
                        if (bar[0] == null) {
                            bar[0] = Bars.open("bench " + preset.cliName(), 2L * (warmup + steps), " steps", spec.commandLine().getErr());
                        }
                        bar[0].stepTo(done);
                    });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().valueToTree(r);
            node.put("neuron", neuronSpec.type().cliName());
            node.put("cpus", Runtime.getRuntime().availableProcessors());
            node.put("native_allocator", Provenance.detectNativeAllocator());
            // how long libtorch's OpenMP threads spin after each operation (the launcher sets 10000)
            String spin = System.getenv("GOMP_SPINCOUNT");
            node.put("gomp_spincount", spin == null ? "default" : spin);
            node.put("snn4j_version", Provenance.readSnn4jVersion());
            out.print(Json.write(node));
        } else {
            out.printf(Locale.ROOT, "%s, T=%d, batch %d, %s, TRT reversal after spiking layer %d (median of %d steps)%n",
                    r.model(), r.timesteps(), r.batchSize(), neuronSpec.type().cliName(), r.trtReverseAt(), r.steps());
            out.printf(Locale.ROOT, "baseline  %8.1f ms per training step%n", r.baselineMsPerStep());
            out.printf(Locale.ROOT, "trt       %8.1f ms per training step (%.2fx baseline)%n", r.trtMsPerStep(), r.trtOverhead());
            out.printf(Locale.ROOT, "inference %8.1f ms per batch (the same model for both methods)%n", r.inferenceMsPerBatch());
            out.printf(Locale.ROOT, "native memory allocator: %s%n", Provenance.detectNativeAllocator());
        }
        out.flush();
        return 0;
    }
}
