/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code snn4j experiment}: a grid of runs from one file, each in its own folder, finished runs
 * skipped and a killed run resumed, then the summary over seeds (printed and in summary.md) and the
 * HTML report. {@code --shard K/N} runs one slice of the grid, so that job arrays share it, and
 * {@code --summarize-only} writes the summary once every slice is done.
 */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = {
            "Train a grid of runs from a YAML or JSON file: top-level keys are train's flags in snake_case "
                    + "(dataset, model, timesteps, epochs, train_limit, trt_alpha, ...), any of them a list to sweep; "
                    + "'methods' and 'seeds' are lists; 'variants' a list of mappings of settings, each a configuration of its own; "
                    + "'evaluate' ({timesteps: [1, 2], attacks: [{method: fgsm, epsilon: 8/255}]}) evaluates every finished run "
                    + "at those T' and under those attacks.",
            "Runs go to OUT/<swept settings>/<method>-seed<k>; finished runs are skipped and an interrupted run resumes, "
                    + "so rerunning the same command continues the experiment. At the end: OUT/summary.md (mean ± std per "
                    + "configuration, TRT − baseline paired by seed with 95%% CI and p-value) and OUT/report/index.html.",
            "For job arrays (Slurm, Kubernetes indexed jobs, a shell loop): each job runs --shard K/N, then one "
                    + "--summarize-only writes the summary and the report."
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

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only the K-th of N slices of the grid (1 <= K <= N; "
            + "run i of the grid, from 0, is in slice i mod N + 1), and write no summary: run --summarize-only once every slice is done.")
    String shard;

    @Option(names = "--summarize-only", description = "Train nothing: write OUT/summary.md and the report from the run folders, "
            + "once every run of the grid is finished (after the last shard).")
    boolean summarizeOnly;

    private static final Pattern SHARD = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    @Override
    public Integer call() throws IOException {
        int[] slice = shard == null ? null : parseShard();
        if (summarizeOnly && (shard != null || dryRun)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--summarize-only: expected neither --shard nor --dry-run "
                    + "(it trains nothing and summarises the whole grid), found " + (shard != null ? "--shard " + shard : "--dry-run"));
        }
        List<ExperimentGrid.Run> grid;
        try {
            grid = ExperimentGrid.expand(ConfigFiles.readTree(config), config.toString());
        } catch (ExperimentGrid.InvalidGridException e) {
            if (!dryRun) {
                throw e;
            }
            for (String line : e.invalid()) { // --dry-run: every invalid run, by its folder
                spec.commandLine().getOut().printf(Locale.ROOT, "%-8s %s%n", "invalid", line);
            }
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("error: " + ConfigFlags.inFlags(spec, e.getMessage()));
            return 1;
        }
        List<ExperimentGrid.Run> runs = slice == null ? grid : ExperimentGrid.shard(grid, slice[0], slice[1]);
        Path root = out != null ? out : Path.of("experiments", config.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Snn4jException("--out: expected a folder, found a file: " + root);
        }
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        if (summarizeOnly) {
            return summarize(grid, root);
        }
        if (!dryRun) {
            ExperimentRunner.checkFolders(root, runs); // a refused rerun changes nothing, experiment.yaml included
        }
        long finished = runs.size() - ExperimentRunner.unfinished(root, runs).size();
        String what = slice == null ? runs.size() + " runs"
                : String.format(Locale.ROOT, "shard %s: %d of the grid's %d runs", shard, runs.size(), grid.size());
        err.printf(Locale.ROOT, "experiment %s: %s, %d already finished; folder %s%n", config, what, finished, root);
        if (dryRun) {
            for (ExperimentGrid.Run run : runs) {
                Path dir = ExperimentRunner.runDir(root, run);
                stdout.printf(Locale.ROOT, "%-8s %s%n", new RunFolder(dir).isFinished() ? "done" : "to run", dir);
            }
            stdout.flush();
            return 0;
        }
        Files.createDirectories(root);
        ExperimentRunner.keepExperimentFile(root, config);
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
            err.printf(Locale.ROOT, "%s %s%s%n", label, done.outcome().name().toLowerCase(Locale.ROOT),
                    done.evaluated().isEmpty() ? "" : "; evaluated " + String.join(", ", done.evaluated()));
            err.flush();
        }
        if (slice != null) {
            err.printf(Locale.ROOT, "shard %s done; once every shard is, write the summary with --summarize-only%n", shard);
            err.flush();
            return 0;
        }
        stdout.print(ExperimentSummary.write(root, report).text());
        stdout.flush();
        return 0;
    }

    /** {@code --summarize-only}: the summary of the whole grid, refused while a run is not finished. */
    private int summarize(List<ExperimentGrid.Run> grid, Path root) {
        List<Path> unfinished = ExperimentRunner.unfinished(root, grid);
        if (!unfinished.isEmpty()) {
            List<String> names = unfinished.stream().limit(3).map(d -> root.relativize(d).toString()).toList();
            throw new Snn4jException(String.format(Locale.ROOT, "--summarize-only: expected all %d runs of the grid finished, "
                    + "found %d not finished (%s%s) in %s", grid.size(), unfinished.size(), String.join(", ", names),
                    unfinished.size() > names.size() ? ", ..." : "", root));
        }
        var stdout = spec.commandLine().getOut();
        stdout.print(ExperimentSummary.write(root, report).text());
        stdout.flush();
        return 0;
    }

    /** K and N of {@code --shard K/N}. */
    private int[] parseShard() {
        Matcher m = SHARD.matcher(shard.strip());
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n >= 1 && k >= 1 && k <= n) {
                return new int[] {k, n};
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--shard: expected K/N with 1 <= K <= N (such as 2/4), found '" + shard + "'");
    }
}
