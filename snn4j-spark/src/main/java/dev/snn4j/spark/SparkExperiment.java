/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.ConfigFiles;
import dev.snn4j.experiment.ExperimentGrid;
import dev.snn4j.experiment.ExperimentRunner;
import dev.snn4j.report.ExperimentSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark application: {@code spark-submit --class dev.snn4j.spark.SparkExperiment
 * snn4j-spark.jar --config FILE --out DIR}. The same experiment file as {@code snn4j experiment},
 * the same grid, the same run folders under {@code DIR}, and at the end the same summary and report
 * ({@link ExperimentSummary}); each cell is one Spark task ({@link SparkGrid}).
 */
@Command(
        name = "snn4j-spark",
        mixinStandardHelpOptions = true,
        description = {
            "Train the grid of an experiment file on Spark, one task per run, into a folder every executor shares; "
                    + "then write DIR/summary.md and DIR/report/index.html as 'snn4j experiment' does.",
            "A failed task is retried by Spark and resumes from its run's last checkpoint; finished runs are skipped, "
                    + "so resubmitting the same command continues the experiment."
        })
public final class SparkExperiment implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The experiment file (.yaml, .yml or .json).")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Experiment folder: the same absolute path on the driver and every executor (a shared file system).")
    Path out;

    @Option(names = "--no-report", negatable = true, defaultValue = "true", description = "Write DIR/report/index.html at the end (default: ${DEFAULT-VALUE}).")
    boolean report;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long a task waits for another process's claim on its run before it fails (default: ${DEFAULT-VALUE}; "
                    + "a dead executor's lock on NFSv4 lasts until its lease ends, 90 s by default).")
    int lockWaitSeconds;

    private final CellListeners listeners;

    private SparkExperiment(CellListeners listeners) {
        this.listeners = listeners;
    }

    /** spark-submit's entry point; exits with {@link #run}'s code. */
    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), CellListeners.LOG);
        SparkSession.getActiveSession().foreach(session -> {
            session.stop();
            return null;
        });
        System.exit(code);
    }

    /**
     * Runs the application in the Spark session that is active (or a new one from spark-submit's
     * settings) and returns its exit code: 0 success, 1 an error in the input or a run (one line on
     * {@code err}), 2 a usage error (unknown flag, bad value, a Spark setting that would break runs).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CellListeners listeners) {
        System.setProperty("ai.djl.offline", "true"); // as the command line: never reach for the network
        CommandLine cl = new CommandLine(new SparkExperiment(listeners));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof Snn4jException) {
                line.getErr().println("error: " + e.getMessage());
            } else {
                LoggerFactory.getLogger(SparkExperiment.class).error("internal error", e);
                String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
                line.getErr().println("error: internal error " + e.getClass().getSimpleName() + message + " (stack trace in the driver's log)");
            }
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (lockWaitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lock-wait: expected seconds >= 0, found " + lockWaitSeconds);
        }
        JsonNode grid = ConfigFiles.readTree(config);
        List<ExperimentGrid.Run> runs = ExperimentGrid.expand(grid, config.toString());
        Path root = out.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Snn4jException("--out: expected a folder, found a file: " + root);
        }
        SparkSession session = SparkSession.builder().appName("snn4j experiment " + root.getFileName()).getOrCreate();
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        checkSettings(spark.getConf());
        var err = spec.commandLine().getErr();
        long finished = runs.size() - ExperimentRunner.unfinished(root, runs).size();
        err.printf(Locale.ROOT, "experiment %s on Spark (%s): %d runs, %d already finished; folder %s%n", config,
                spark.master(), runs.size(), finished, root);
        err.flush();
        Files.createDirectories(root);
        ExperimentRunner.keepExperimentFile(root, config);

        List<CellResult> results = SparkGrid.run(spark, grid, config.toString(), root, runs.size(),
                Duration.ofSeconds(lockWaitSeconds), listeners);
        for (CellResult r : results) {
            err.printf(Locale.ROOT, "[%d/%d] %s%n", r.cell().index() + 1, runs.size(), r.line());
        }
        err.flush();
        List<Path> unfinished = ExperimentRunner.unfinished(root, runs);
        if (!unfinished.isEmpty()) {
            throw new Snn4jException(String.format(Locale.ROOT, "%s: expected all %d runs finished after the job, found %d not "
                    + "finished (%s); is --out on a file system every executor shares?", root, runs.size(), unfinished.size(),
                    root.relativize(unfinished.get(0))));
        }
        var stdout = spec.commandLine().getOut();
        stdout.print(ExperimentSummary.write(root, report).text());
        stdout.flush();
        return 0;
    }

    /** Spark settings under which runs would not be what the experiment file says: usage errors. */
    private void checkSettings(SparkConf conf) {
        SparkSettings.refusal(conf).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        SparkSettings.note(conf).ifPresent(note -> spec.commandLine().getErr().println("note: " + note));
    }
}
