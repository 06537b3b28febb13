/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import dev.snn4j.report.ExperimentSummary;
import dev.snn4j.config.ConfigFiles;
import dev.snn4j.experiment.ExperimentGrid;
import dev.snn4j.experiment.ExperimentRunner;
import dev.snn4j.run.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code snn4j experiment}: a grid of runs from one file, each in its own folder, finished runs
 * skipped and a killed run resumed, then the summary over seeds (printed and in summary.md) and the
 * HTML report.
 */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = {
            "Train a grid of runs from a YAML or JSON file: top-level keys are train's flags in snake_case "
                    + "(dataset, model, timesteps, epochs, train_limit, trt_alpha, ...), any of them a list to sweep; "
                    + "'methods' and 'seeds' are lists.",
            "Runs go to OUT/<swept settings>/<method>-seed<k>; finished runs are skipped and an interrupted run resumes, "
                    + "so rerunning the same command continues the experiment. At the end: OUT/summary.md (mean ± std per "
                    + "configuration, TRT − baseline paired by seed with 95%% CI and p-value) and OUT/report/index.html."
        })
final class ExperimentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The experiment file (.yaml, .yml or .json).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "Experiment folder (default: experiments/<file name without extension>).")
    Path out;

    @Option(names = "--dry-run", description = "List the runs and whether each is done, without training.")
    boolean dryRun;

    @Option(names = "--no-report", negatable = true, defaultValue = "true", description = "Write OUT/report/index.html at the end (default: ${DEFAULT-VALUE}).")
    boolean report;

    @Override
    public Integer call() throws IOException {
        List<ExperimentGrid.Run> runs = ExperimentGrid.expand(ConfigFiles.readTree(config), config.toString());
        Path root = out != null ? out : Path.of("experiments", config.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Snn4jException("--out: expected a folder, found a file: " + root);
        }
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        long finished = runs.stream().filter(r -> new RunFolder(ExperimentRunner.runDir(root, r)).isFinished()).count();
        err.printf(Locale.ROOT, "experiment %s: %d runs, %d already finished; folder %s%n", config, runs.size(), finished, root);
        if (dryRun) {
            for (ExperimentGrid.Run run : runs) {
                Path dir = ExperimentRunner.runDir(root, run);
                stdout.printf(Locale.ROOT, "%-8s %s%n", new RunFolder(dir).isFinished() ? "done" : "to run", dir);
            }
            stdout.flush();
            return 0;
        }
        Files.createDirectories(root);
        AtomicFiles.writeString(root.resolve("experiment" + extension(config)), Files.readString(config));
        for (int i = 0; i < runs.size(); i++) {
            ExperimentGrid.Run run = runs.get(i);
            String label = String.format(Locale.ROOT, "[%d/%d %s/%s]", i + 1, runs.size(), run.group(), run.name());
            ConsoleProgress progress = new ConsoleProgress(err, label);
            ExperimentRunner.Done done;
            try {
                done = new ExperimentRunner(root, System.getenv(), r -> progress).runAll(List.of(run)).get(0);
            } finally {
                progress.close();
            }
            err.printf(Locale.ROOT, "%s %s%n", label, done.outcome().name().toLowerCase(Locale.ROOT));
            err.flush();
        }
        stdout.print(ExperimentSummary.write(root, report).text());
        stdout.flush();
        return 0;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".yaml" : name.substring(dot);
    }
}
