/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.data.events.EventDatasets;
import dev.snn4j.metrics.EnergyModel;
import dev.snn4j.eval.Evaluation;
import dev.snn4j.eval.LatencyLog;
import dev.snn4j.config.PreparedData;
import dev.snn4j.eval.RecordingReversal;
import dev.snn4j.eval.ReversedEvaluation;
import dev.snn4j.run.SavedRun;
import dev.snn4j.config.TrainConfig;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code snn4j eval}: reload a run's model and measure it on the test set. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Reload a trained model from its run folder and report test accuracy and firing rates.")
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SavedRunOptions options;

    @Option(names = "--device", paramLabel = "DEV", defaultValue = "auto", description = "auto, cpu, gpu or gpu:N (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--json", description = "Print the results as one JSON object on stdout.")
    boolean json;

    @Option(names = "--mac-pj", paramLabel = "X", defaultValue = "4.6", description = "Energy of a multiply-accumulate in pJ (default: ${DEFAULT-VALUE}, 45 nm).")
    double macPj;

    @Option(names = "--ac-pj", paramLabel = "X", defaultValue = "0.9", description = "Energy of an accumulate in pJ (default: ${DEFAULT-VALUE}, 45 nm).")
    double acPj;

    @Option(names = "--reversed", description = "Also measure accuracy on time-reversed test samples, overall and per class.")
    boolean reversed;

    @Option(names = "--reversal", paramLabel = "KIND", defaultValue = "playback",
            description = "Event data: playback (frames reversed, ON/OFF swapped, as a camera would record the reversed scene) or frames (order only, as TRT) (default: ${DEFAULT-VALUE}).")
    RecordingReversal reversal;

    @Option(names = {"-T", "--timesteps"}, paramLabel = "T'",
            description = "Evaluate at T' time steps instead of the trained T (static data: the stem's current repeated T' times;"
                    + " event data: frames re-integrated into T'); recorded in the run's timesteps.json.")
    Integer timesteps;

    @Override
    public Integer call() {
        if (timesteps != null && timesteps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timesteps: expected an integer >= 1, found " + timesteps);
        }
        // timesteps.json is written under the run's lock, like every other file of a run
        try (dev.snn4j.run.RunFolder claimed = timesteps == null ? null : dev.snn4j.run.RunFolder.claimExisting(options.run);
                SavedRun saved = SavedRun.load(options.run, device, timesteps == null ? 0 : timesteps)) {
            TrainConfig config = options.config(saved);
            PreparedData prepared = options.data(config);
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "");
            progress.onData(prepared.source(), prepared.train().size(), prepared.test().size());
            prepared.warnings().forEach(progress::onWarning);
            int steps = options.batches(prepared);
            options.checkMemory(saved, false);
            progress.onEvaluationStart(0, steps);
            Evaluation.Result result =
                    Evaluation.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(), prepared.test(),
                            options.batchSize, ConfigFlags.usageChecked(spec, () -> new EnergyModel(macPj, acPj)),
                            s -> progress.onEvaluationStep(s, steps));
            progress.close();
            prepared.test().drainWarnings().forEach(progress::onWarning); // files skipped at decode time (--skip-bad-files)
            ReversedEvaluation.Result reversedResult = null;
            if (reversed) {
                progress.onEvaluationStart(0, steps);
                int[] pairs = EventDatasets.timeReversedClasses(config.data().dataset()).orElse(null);
                reversedResult = ReversedEvaluation.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(),
                        prepared.test(), options.batchSize, reversal, pairs, s -> progress.onEvaluationStep(s, steps));
                progress.close();
            }
            if (timesteps != null) {
                LatencyLog.record(claimed, timesteps, trainedTimesteps(saved), result, config.run().method().cliName());
            }
            print(result, config, saved.network().spec().architecture(), reversedResult, prepared.test().classNames());
        }
        return 0;
    }

    /** T of the run as trained (its config.json). */
    private static int trainedTimesteps(SavedRun saved) {
        return dev.snn4j.config.TrainConfig.fromSavedJson(saved.folder().readConfig().get(dev.snn4j.run.RunRecord.CONFIG_KEY),
                saved.folder().config().toString()).model().timesteps();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private void print(Evaluation.Result result, TrainConfig config, String architecture, ReversedEvaluation.Result rev, java.util.List<String> classes) {
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("run_dir", options.run.toString());
            node.put("method", config.run().method().cliName());
            node.put("model", architecture);
            node.put("dataset", config.data().dataset().cliName());
            node.put("timesteps", config.model().timesteps());
            node.put("test_accuracy", result.accuracy());
            node.put("correct", result.correct());
            node.put("samples", result.samples());
            node.put("asfr", result.asfr());
            node.set("firing_rates", Json.mapper().valueToTree(result.firingRates()));
            node.put("seconds", result.seconds());
            node.set("energy", Json.mapper().valueToTree(result.energy()));
            if (rev != null) {
                node.put("reversal", reversal.cliName());
                node.put("reversed_accuracy", rev.reversedAccuracy());
                var perClass = node.putArray("per_class");
                for (int c = 0; c < classes.size(); c++) {
                    ObjectNode row = perClass.addObject();
                    row.put("class", classes.get(c));
                    row.put("samples", rev.total()[c]);
                    row.put("accuracy", ratio(rev.correct()[c], rev.total()[c]));
                    row.put("reversed_accuracy", ratio(rev.reversedCorrect()[c], rev.total()[c]));
                    if (rev.reversedToPair() != null) {
                        row.put("reversed_as_time_reversed_class", ratio(rev.reversedToPair()[c], rev.total()[c]));
                    }
                }
            }
            out.print(Json.write(node));
        } else {
            out.printf(Locale.ROOT, "%s (%s, %s on %s)%n", options.run, config.run().method().cliName(), architecture, config.data().dataset().cliName());
            out.printf(Locale.ROOT, "test accuracy  %.2f%% (%d / %d) at T = %d%n", 100 * result.accuracy(), result.correct(), result.samples(),
                    config.model().timesteps());
            out.printf(Locale.ROOT, "ASFR           %.4f%n", result.asfr());
            for (Map.Entry<String, Double> e : result.firingRates().entrySet()) {
                out.printf(Locale.ROOT, "  %-12s %.4f%n", e.getKey(), e.getValue());
            }
            Map<String, Object> energy = result.energy();
            out.printf(Locale.ROOT, "per sample     %.3g MACs + %.3g SOPs = %.3f uJ (%.1f/%.1f pJ); the same network with ReLU: %.3g MACs = %.3f uJ%n",
                    (Double) energy.get("macs_per_sample"), (Double) energy.get("sops_per_sample"),
                    (Double) energy.get("energy_uj_per_sample"), macPj, acPj,
                    (Double) energy.get("ann_macs_per_sample"), (Double) energy.get("ann_energy_uj_per_sample"));
            if (rev != null) {
                out.printf(Locale.ROOT, "reversed (%s) accuracy %.2f%%%n", reversal.cliName(), 100 * rev.reversedAccuracy());
                boolean pairs = rev.reversedToPair() != null;
                out.printf(Locale.ROOT, "  %-26s %8s %9s %9s%s%n", "class", "samples", "normal", "reversed", pairs ? "  as reversed class" : "");
                for (int c = 0; c < classes.size(); c++) {
                    out.printf(Locale.ROOT, "  %-26s %8d %8.1f%% %8.1f%%%s%n", classes.get(c), rev.total()[c],
                            100 * ratio(rev.correct()[c], rev.total()[c]), 100 * ratio(rev.reversedCorrect()[c], rev.total()[c]),
                            pairs ? String.format(Locale.ROOT, "  %8.1f%%", 100 * ratio(rev.reversedToPair()[c], rev.total()[c])) : "");
                }
            }
        }
        out.flush();
    }
}
