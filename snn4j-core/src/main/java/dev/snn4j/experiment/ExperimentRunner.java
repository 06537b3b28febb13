/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.experiment;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.RunLock;
import dev.snn4j.run.RunRecord;
import dev.snn4j.train.Trainer;
import dev.snn4j.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs an experiment grid, one run folder per run under the experiment folder
 * ({@code OUT/<swept settings>/<method>-seed<k>}). Finished runs are skipped and a killed run is
 * resumed from its last checkpoint, so an interrupted experiment continues where it stopped. An
 * unfinished run is trained under a {@link RunLock}, so that two processes sharing the experiment
 * folder (shards, Spark task attempts) never write the same run at once. The experiment's
 * {@link Evaluations} follow each run, also a skipped one, when it has not recorded them yet.
 */
public final class ExperimentRunner {

    /** What happened to one run. */
    public enum Outcome { TRAINED, RESUMED, SKIPPED }

    /**
     * A run of the grid, its folder and what was done.
     *
     * @param evaluated the evaluations run on it now (see {@link Evaluations#runMissing}), empty
     *     when the experiment asks for none or all were recorded before
     */
    public record Done(ExperimentGrid.Run run, Path dir, Outcome outcome, List<String> evaluated) {}

    private final Path root;
    private final Map<String, String> env;
    private final Function<ExperimentGrid.Run, TrainingListener> listeners;
    private final Duration lockWait;

    /**
     * @param listeners progress for each run (e.g. a progress bar labelled with its name)
     */
    public ExperimentRunner(Path root, Map<String, String> env, Function<ExperimentGrid.Run, TrainingListener> listeners) {
        this(root, env, listeners, Duration.ZERO);
    }

    /**
     * @param lockWait how long to wait for another process's claim on a run before failing (zero:
     *     fail at once)
     */
    public ExperimentRunner(Path root, Map<String, String> env, Function<ExperimentGrid.Run, TrainingListener> listeners,
            Duration lockWait) {
        this.root = root;
        this.env = env;
        this.listeners = listeners;
        this.lockWait = lockWait;
    }

    public static Path runDir(Path root, ExperimentGrid.Run run) {
        return root.resolve(run.group()).resolve(run.name());
    }

    /**
     * Keeps a copy of the experiment file with its runs, as {@code root/experiment.yaml} (or
     * {@code .json}, {@code .yml}: the file's own extension), written atomically.
     */
    public static void keepExperimentFile(Path root, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? ".yaml" : name.substring(dot);
        try {
            AtomicFiles.writeString(root.resolve("experiment" + extension), Files.readString(file));
        } catch (java.io.IOException e) {
            throw new Snn4jException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The folders of the runs that are not finished yet (never started, running, or killed), in the grid's order. */
    public static List<Path> unfinished(Path root, List<ExperimentGrid.Run> runs) {
        return runs.stream().map(r -> runDir(root, r)).filter(d -> !new RunFolder(d).isFinished()).toList();
    }

    /**
     * Checks every run's folder before anything is written: each must be absent, empty or a snn4j
     * run with the same settings, so that a refused experiment changes nothing.
     */
    public static void checkFolders(Path root, List<ExperimentGrid.Run> runs) {
        for (ExperimentGrid.Run run : runs) {
            Path dir = runDir(root, run);
            RunFolder.checkClaimable(dir);
            RunFolder folder = new RunFolder(dir);
            if (Files.isRegularFile(folder.config())) {
                checkSameSettings(folder, run.config().with("out", dir.toString()));
            }
        }
    }

    /** A folder from an earlier version of the experiment file must not be mistaken for this run. */
    private static void checkSameSettings(RunFolder folder, TrainConfig wanted) {
        var found = folder.readConfig().get(RunRecord.CONFIG_KEY);
        var expected = wanted.toJson();
        for (var it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (found == null || !expected.get(key).equals(found.get(key))) {
                String was = found == null || !found.has(key) ? "no such setting, an earlier version's run" : found.get(key).toString();
                throw new dev.snn4j.Snn4jException(folder.dir() + ": holds a run with other settings (" + key + ": expected "
                        + expected.get(key) + ", found " + was + "); move it away or choose another `out`");
            }
        }
    }

    public List<Done> runAll(List<ExperimentGrid.Run> runs) {
        List<Done> done = new ArrayList<>();
        for (ExperimentGrid.Run run : runs) {
            Path dir = runDir(root, run);
            RunFolder folder = new RunFolder(dir);
            TrainingListener listener = listeners.apply(run);
            Outcome outcome;
            if (folder.isFinished()) {
                outcome = runOne(run, dir, folder, listener); // stays finished: no claim needed
            } else {
                try (RunLock claim = RunFolder.claim(dir, lockWait)) {
                    outcome = runOne(run, dir, folder, listener);
                }
            }
            done.add(new Done(run, dir, outcome, run.evaluations().runMissing(dir, env))); // claims the run itself
        }
        return done;
    }

    private Outcome runOne(ExperimentGrid.Run run, Path dir, RunFolder folder, TrainingListener listener) {
        if (Files.isRegularFile(folder.config())) {
            checkSameSettings(folder, run.config().with("out", dir.toString()));
        }
        if (folder.isFinished()) {
            return Outcome.SKIPPED;
        } else if (Files.isRegularFile(folder.config()) && Files.isRegularFile(dir.resolve(Checkpoint.FILE))) {
            Trainer.resume(dir, env, listener).run();
            return Outcome.RESUMED;
        } else {
            new Trainer(run.config().with("out", dir.toString()), env, listener).run();
            return Outcome.TRAINED;
        }
    }
}
