/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.model.ModelCost;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.neuron.NeuronSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code snn4j models}: every preset with its cost, so a user knows it before training. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the model presets: intended input, parameters and multiply-accumulates per time step.")
final class ModelsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T", defaultValue = "4", description = "T, for the MACs per sample column (default: ${DEFAULT-VALUE}).")
    int timesteps;

    @Option(names = "--json", description = "Print the presets as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (timesteps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timesteps: expected an integer >= 1, found " + timesteps);
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("timesteps", timesteps);
        ArrayNode list = root.putArray("models");
        var out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "%-13s %-14s %-9s %7s %12s %14s %14s%n", "model", "input", "encoding", "classes",
                    "parameters", "MACs/step", "MACs/sample");
        }
        for (ModelPreset preset : ModelPreset.values()) {
            ModelSpec modelSpec = new ModelSpec(preset, NeuronSpec.defaults(), timesteps, preset.classes(), preset.sampleShape(),
                    preset.encoding());
            ModelCost cost = ModelCost.of(modelSpec);
            String input = Arrays.stream(preset.sampleShape()).mapToObj(Long::toString).collect(Collectors.joining("x"));
            ObjectNode row = list.addObject();
            row.put("model", preset.cliName());
            row.set("input_shape", Json.mapper().valueToTree(preset.sampleShape()));
            row.put("encoding", preset.encoding().cliName());
            row.put("classes", preset.classes());
            row.put("parameters", cost.parameters());
            row.put("macs_per_timestep", cost.macsPerTimestep());
            row.put("macs_per_sample", cost.macsPerSample());
            row.put("flops_per_timestep", 2 * cost.macsPerTimestep());
            if (!json) {
                out.printf(Locale.ROOT, "%-13s %-14s %-9s %7d %,12d %14s %14s%n", preset.cliName(), input, preset.encoding().cliName(),
                        preset.classes(), cost.parameters(), human(cost.macsPerTimestep()), human(cost.macsPerSample()));
            }
        }
        if (json) {
            out.print(Json.write(root));
        } else {
            out.println("MACs: multiply-accumulates of conv and linear layers (FLOPs = 2 x MACs); under direct encoding the");
            out.println("stem's first layer runs once per sample and is counted once. Per sample = over T steps.");
        }
        out.flush();
        return 0;
    }

    private static String human(long macs) {
        if (macs >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.2f G", macs / 1e9);
        }
        return String.format(Locale.ROOT, "%.1f M", macs / 1e6);
    }
}
