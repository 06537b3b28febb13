/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import ai.djl.Model;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.IoErrors;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run folder, the contract between training, evaluation, reports and experiments:
 *
 * <ul>
 *   <li>{@code snn4j-run.json} ({@link RunMarker}): written first; the claim that the folder is a
 *       snn4j run, and whether the run finished
 *   <li>{@code config.json}: every setting, the model's shape, the data source and provenance
 *   <li>{@code metrics.json}: one entry per finished epoch, rewritten after each epoch
 *   <li>{@code model-0000.params}: the model parameters in DJL's format
 *   <li>{@code run.lock}: locked by the process writing the run ({@link RunLock})
 * </ul>
 *
 * Every file is written atomically, so a killed run leaves only complete files behind.
 *
 * <p>Writing a run (training, an import, an attack's log) goes through a claimed folder, held
 * until closed:
 *
 * <pre>{@code
 * try (RunFolder run = RunFolder.create(dir)) {   // refuses a folder that is not empty and not a run
 *     run.writeConfig(config);
 *     run.saveModel(model);
 *     run.writeMetrics(method, terms, epochs, finalResults);
 *     run.markFinished();                          // never overwritten after this
 * }
 * }</pre>
 *
 * snn4j never changes a folder that holds neither the marker nor an earlier snn4j's run (complete
 * config.json and metrics.json, from before the marker).
 */
public final class RunFolder implements AutoCloseable {

    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    public static final String MODEL_NAME = "model";
    public static final String PARAMS = MODEL_NAME + "-0000.params";
    public static final int METRICS_SCHEMA = 1;

    private final Path dir;
    private final RunLock claim;
    private RunMarker marker;

    /** A view of {@code dir} for reading; it holds no claim. */
    public RunFolder(Path dir) {
        this(dir, null, null);
    }

    private RunFolder(Path dir, RunLock claim, RunMarker marker) {
        this.dir = dir;
        this.claim = claim;
        this.marker = marker;
    }

    public Path dir() {
        return dir;
    }

    public Path config() {
        return dir.resolve(CONFIG);
    }

    public Path metrics() {
        return dir.resolve(METRICS);
    }

    public Path params() {
        return dir.resolve(PARAMS);
    }

    /**
     * Creates and claims the folder for a new run: absent, empty, or an unfinished run with a
     * marker (a killed run, whose files are replaced, so rerunning the same command needs no
     * cleanup). Anything else is refused with one line before anything is written: a finished run,
     * a damaged one, an earlier snn4j's unfinished run (continue it with resume) and a folder that
     * is not a snn4j run.
     */
    public static RunFolder create(Path dir) {
        RunFolderState.requireWritable(dir, "out", false);
        RunLock lock = RunLock.claim(dir);
        try {
            RunFolderState state = RunFolderState.requireWritable(dir, "out", false); // again, now that no one else writes it
            if (state.kind() == RunFolderState.Kind.RUN) {
                RunFolderState.removeLeftovers(dir);
            }
            RunMarker marker = RunMarker.newRun();
            marker.write(dir);
            return new RunFolder(dir, lock, marker);
        } catch (IOException e) {
            lock.close();
            throw new Snn4jException("out " + dir + ": cannot prepare the run folder: " + Json.problem(e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Checks, writing nothing, that {@link #create} (or, with {@code resume}, {@link #resume}) would
     * accept {@code dir} now: the same one-line refusals, so that a command can refuse before it
     * loads data or builds a model.
     */
    public static void check(Path dir, boolean resume) {
        RunFolderState.requireWritable(dir, resume ? "resume" : "out", resume);
        if (Files.isDirectory(dir)) {
            RunLock.requireFree(dir);
        }
    }

    /**
     * Claims an existing unfinished run to continue it (resume): a run with a marker, or an earlier
     * snn4j's run, which gets a marker now.
     */
    public static RunFolder resume(Path dir) {
        RunFolderState.requireWritable(dir, "resume", true);
        RunLock lock = RunLock.claim(dir);
        try {
            RunFolderState state = RunFolderState.requireWritable(dir, "resume", true);
            RunMarker marker = state.marker();
            if (marker == null) { // an earlier snn4j's run: claimed from now on
                marker = RunMarker.newRun();
                marker.write(dir);
            }
            open(dir);
            return new RunFolder(dir, lock, marker);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Claims a run, finished or not, to add a file to it (an attack's log): a folder that is not a
     * snn4j run is refused.
     */
    public static RunFolder claimExisting(Path dir) {
        RunFolderState state = RunFolderState.inspect(dir);
        if (!state.isRun()) {
            throw RunFolderState.refusal(dir, "run", state);
        }
        RunLock lock = RunLock.claim(dir);
        return new RunFolder(dir, lock, state.marker());
    }

    /**
     * Claims {@code dir} for a run that will be started or continued in it (an experiment's run,
     * waiting up to {@code wait} for another process's claim): refused, before anything is
     * written, when the folder is neither absent, empty nor a snn4j run.
     */
    public static RunLock claim(Path dir, Duration wait) {
        checkClaimable(dir);
        return RunLock.claim(dir, wait);
    }

    /** Refuses, writing nothing, a folder {@link #claim} would refuse: neither absent, empty nor a snn4j run. */
    public static void checkClaimable(Path dir) {
        RunFolderState state = RunFolderState.inspect(dir);
        if (!state.isRun() && state.kind() != RunFolderState.Kind.ABSENT && state.kind() != RunFolderState.Kind.EMPTY) {
            throw RunFolderState.refusal(dir, "out", state);
        }
    }

    /**
     * True when the run ended normally: its marker says finished (or, for a run of a snn4j from
     * before the marker, its metrics.json holds the final results).
     */
    public boolean isFinished() {
        return RunFolderState.inspect(dir).finished();
    }

    /** Records that the run ended normally: from now on it is never overwritten. */
    public void markFinished() {
        if (claim == null || marker == null) {
            throw new IllegalStateException("RunFolder: markFinished needs a folder from create or resume");
        }
        marker = marker.finished();
        marker.write(dir);
    }

    /** Lets go of the claim on the folder (nothing for a folder opened for reading). */
    @Override
    public void close() {
        if (claim != null) {
            claim.close();
        }
    }

    /** Opens an existing run folder for reading, checking that it holds a config. */
    public static RunFolder open(Path dir) {
        RunFolder run = new RunFolder(dir);
        if (!Files.isDirectory(dir)) {
            throw new Snn4jException("run " + dir + ": not a folder");
        }
        if (!Files.isRegularFile(run.config())) {
            throw new Snn4jException("run " + dir + ": no " + CONFIG + " (is this a snn4j run folder?)");
        }
        RunFolderState state = RunFolderState.inspect(dir);
        if (state.kind() == RunFolderState.Kind.FOREIGN || state.kind() == RunFolderState.Kind.DAMAGED) {
            throw RunFolderState.refusal(dir, "run", state);
        }
        return run;
    }

    public void writeConfig(ObjectNode config) {
        AtomicFiles.writeString(config(), Json.write(config));
    }

    public JsonNode readConfig() {
        return readJson(config());
    }

    /**
     * Rewrites metrics.json with every epoch so far and, when given, the final results.
     *
     * @param terms the objective's loss terms and their weights, in its order ({@code loss_terms}):
     *     the keys of each epoch that are loss terms
     */
    public void writeMetrics(String method, Map<String, Double> terms, List<EpochMetrics> epochs, ObjectNode fin) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema_version", METRICS_SCHEMA);
        root.put("method", method);
        ObjectNode termNode = root.putObject("loss_terms");
        terms.forEach(termNode::put);
        ArrayNode array = root.putArray("epochs");
        epochs.forEach(e -> array.add(Json.mapper().valueToTree(e)));
        if (fin != null) {
            root.set("final", fin);
            String bad = FiniteNumbers.firstNonFinite(root, "");
            if (bad != null) { // a run that claims success holds numbers only
                throw new Snn4jException(metrics() + ": expected finite results of a finished run, found " + bad
                        + "; the run is not marked finished");
            }
        }
        AtomicFiles.writeString(metrics(), Json.write(root));
    }


    public JsonNode readMetrics() {
        return readJson(metrics());
    }

    /**
     * Saves the model's parameters in DJL's format, with a CRC-32C trailer ({@link Checksums}):
     * saved into a temporary folder inside the run, then renamed over {@code model-0000.params}.
     */
    public void saveModel(Model model) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory(dir, ".model-");
            model.setProperty("Epoch", "0");
            model.save(temp, MODEL_NAME);
            Checksums.seal(temp.resolve(PARAMS)); // a CRC-32C trailer, verified on load
            AtomicFiles.moveAtomically(temp.resolve(PARAMS), params());
        } catch (IOException e) {
            throw new Snn4jException(params() + ": cannot write: " + IoErrors.reason(e), e);
        } finally {
            deleteRecursively(temp);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read JSON: " + Json.problem(e), e);
        }
    }

    static void deleteRecursively(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
