/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.experiment.ExperimentGrid;
import dev.snn4j.experiment.ExperimentRunner;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.train.TrainingListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.api.java.function.Function;

/**
 * The work of one Spark task: expand the grid again from the experiment (the same file gives the
 * same grid on every machine), take the cell of this partition and run it with
 * {@link ExperimentRunner}, as {@code snn4j experiment} does: a finished run is skipped, a run with
 * a checkpoint (an earlier attempt's) resumes, and the run is trained under its
 * {@link dev.snn4j.run.RunLock}.
 *
 * <p>One cell trains at a time in an executor's JVM, whatever its task slots: DJL's PyTorch engine
 * allows one gradient collector per process (a second fails with "A PtGradientCollector is already
 * collecting"), and libtorch's random generator and the peak-memory counter belong to the process
 * too. Give each executor as many cores as a task ({@code spark.executor.cores = spark.task.cpus}),
 * or the extra slots wait.
 */
final class CellTask implements Function<Integer, CellResult> {

    private static final long serialVersionUID = 1L;

    private static final ReentrantLock ONE_CELL_PER_PROCESS = new ReentrantLock(true);

    private final String grid;
    private final String source;
    private final String root;
    private final long lockWaitMillis;
    private final CellListeners listeners;

    /**
     * @param grid the experiment as JSON text (what {@code ConfigFiles.readTree} read from the file)
     * @param source the experiment file's name, for messages
     * @param root the experiment folder, an absolute path that every executor sees
     */
    CellTask(String grid, String source, Path root, Duration lockWait, CellListeners listeners) {
        this.grid = grid;
        this.source = source;
        this.root = root.toString();
        this.lockWaitMillis = lockWait.toMillis();
        this.listeners = listeners;
    }

    @Override
    public CellResult call(Integer index) throws InterruptedException {
        TaskContext context = TaskContext.get();
        ExperimentGrid.Run run = cell(index);
        Cell cell = new Cell(index, run.group(), run.name(), context == null ? 0 : context.attemptNumber());
        TaskThreads.apply(context, run.config().run().device());
        ONE_CELL_PER_PROCESS.lockInterruptibly();
        try {
            Progress progress = new Progress(listeners.create(cell), context);
            ExperimentRunner runner = new ExperimentRunner(Path.of(root), System.getenv(), r -> progress, Duration.ofMillis(lockWaitMillis));
            ExperimentRunner.Done done = runner.runAll(List.of(run)).get(0);
            return new CellResult(cell, done.outcome(), progress.epochs, executor());
        } catch (TaskKilledException e) {
            throw e; // Spark's own: the task was cancelled, not failed
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new Snn4jException(cell.label() + " (attempt " + cell.attempt() + "): " + message, e);
        } finally {
            ONE_CELL_PER_PROCESS.unlock();
        }
    }

    private ExperimentGrid.Run cell(int index) {
        try {
            List<ExperimentGrid.Run> runs = ExperimentGrid.expand(Json.mapper().readTree(grid), source);
            return runs.get(index);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the driver sent a grid that is not JSON", e);
        }
    }

    private static String executor() {
        SparkEnv env = SparkEnv.get();
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "an unnamed host";
        }
        return (env == null ? "?" : env.executorId()) + " on " + host;
    }

    /** The user's listener, counting this attempt's epochs and stopping a task that Spark killed. */
    private static final class Progress implements TrainingListener {

        private final TrainingListener inner;
        private final TaskContext context;
        private int epochs;

        Progress(TrainingListener inner, TaskContext context) {
            this.inner = inner;
            this.context = context;
        }

        private void stopIfKilled() {
            if (context != null) {
                context.killTaskIfInterrupted(); // the checkpoint stays: a resubmission resumes from it
            }
        }

        @Override
        public void onData(String source, int trainSamples, int testSamples) {
            inner.onData(source, trainSamples, testSamples);
        }

        @Override
        public void onWarning(String message) {
            inner.onWarning(message);
        }

        @Override
        public void onRunFolder(Path runDir) {
            inner.onRunFolder(runDir);
        }

        @Override
        public void onEpochStart(int epoch, int total, int steps) {
            stopIfKilled();
            inner.onEpochStart(epoch, total, steps);
        }

        @Override
        public void onStep(int step, int steps, double loss, double accuracy, double samplesPerSecond) {
            stopIfKilled();
            inner.onStep(step, steps, loss, accuracy, samplesPerSecond);
        }

        @Override
        public void onEvaluationStart(int epoch, int steps) {
            inner.onEvaluationStart(epoch, steps);
        }

        @Override
        public void onEvaluationStep(int step, int steps) {
            inner.onEvaluationStep(step, steps);
        }

        @Override
        public void onEpochEnd(EpochMetrics metrics) {
            epochs++;
            inner.onEpochEnd(metrics);
        }
    }
}
