/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.eval.AdversarialAttack;
import dev.snn4j.eval.AttackLog;
import dev.snn4j.eval.AttackMethod;
import dev.snn4j.config.PreparedData;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.SavedRun;
import dev.snn4j.config.TrainConfig;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code snn4j attack}: accuracy under a white-box attack next to clean accuracy. */
@Command(
        name = "attack",
        mixinStandardHelpOptions = true,
        description = "Attack a trained model (FGSM or PGD through the surrogate gradients) and report accuracy under attack.")
final class AttackCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SavedRunOptions options;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "fgsm", description = "fgsm or pgd (default: ${DEFAULT-VALUE}).")
    AttackMethod method;

    @Option(names = "--epsilon", paramLabel = "X", defaultValue = "8/255", converter = Fraction.class,
            description = "L-infinity radius in pixel units, e.g. 8/255 (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "7", description = "PGD steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--step-size", paramLabel = "X", defaultValue = "2/255", converter = Fraction.class,
            description = "PGD step in pixel units (default: ${DEFAULT-VALUE}).")
    double stepSize;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "PGD random start (default: ${DEFAULT-VALUE}).")
    int seed;

    @Option(names = "--json", description = "Print the results as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        AdversarialAttack attack = ConfigFlags.usageChecked(spec, () ->
                new AdversarialAttack(method, epsilon, method == AttackMethod.FGSM ? 1 : steps, method == AttackMethod.FGSM ? epsilon : stepSize, seed));
        ObjectNode node;
        // attacks.json is written under the run's lock, like every other file of a run
        try (RunFolder claimed = RunFolder.claimExisting(options.run); SavedRun saved = SavedRun.load(options.run, "auto")) {
            TrainConfig config = options.config(saved);
            PreparedData prepared = options.data(config);
            var err = spec.commandLine().getErr();
            int batches = options.batches(prepared);
            options.checkMemory(saved, true); // the input's gradient: a backward pass
            AdversarialAttack.Result result;
            try (ProgressBar bar = Bars.open("attack " + method.cliName(), batches, " batches", err)) {
                result = attack.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(), prepared.test(),
                        options.batchSize, bar::stepTo);
            }
            prepared.test().drainWarnings().forEach(w -> err.println("note: " + w)); // files skipped at decode time
            node = AttackLog.record(saved.folder(), attack, result, config.run().method().cliName());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(node));
        } else {
            out.printf(Locale.ROOT, "%s, %s eps=%.5f (%d samples): clean accuracy %.2f%%, under attack %.2f%%%n",
                    options.run, method.cliName(), epsilon, node.get("samples").asLong(),
                    100 * node.get("clean_accuracy").asDouble(), 100 * node.get("attacked_accuracy").asDouble());
        }
        out.flush();
        return 0;
    }
}
