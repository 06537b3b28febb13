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
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A run folder, the contract between training, evaluation, reports and experiments:
 *
 * <ul>
 *   <li>{@code config.json}: every setting, the model's shape, the data source and provenance
 *   <li>{@code metrics.json}: one entry per finished epoch, rewritten after each epoch
 *   <li>{@code model-0000.params}: the model parameters in DJL's format
 * </ul>
 *
 * Every file is written atomically, so a killed run leaves only complete files behind.
 */
public final class RunFolder {

    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.json";
    public static final String MODEL_NAME = "model";
    public static final String PARAMS = MODEL_NAME + "-0000.params";
    public static final int METRICS_SCHEMA = 1;

    private final Path dir;

    public RunFolder(Path dir) {
        this.dir = dir;
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
     * Creates the folder for a new run. A finished run is never overwritten; the files of an
     * unfinished one (a killed run) are replaced, so rerunning the same command needs no cleanup.
     */
    public static RunFolder create(Path dir) {
        RunFolder run = new RunFolder(dir);
        if (run.isFinished()) {
            throw new Snn4jException(
                    "out " + dir + ": expected a new folder or an unfinished run, found a finished run");
        }
        try {
            Files.createDirectories(dir);
            run.removeLeftovers();
        } catch (IOException e) {
            throw new Snn4jException("out " + dir + ": cannot create folder: " + e.getMessage(), e);
        }
        return run;
    }

    /** True when metrics.json records the final results, i.e. the run ended normally. */
    public boolean isFinished() {
        if (!Files.isRegularFile(metrics())) {
            return false;
        }
        try {
            return Json.mapper().readTree(metrics().toFile()).has("final");
        } catch (IOException e) {
            return false; // unreadable: not a finished run (atomic writes make this rare)
        }
    }

    /** Deletes the files of an unfinished run and temporary files a killed process left behind. */
    private void removeLeftovers() throws IOException {
        Files.deleteIfExists(config());
        Files.deleteIfExists(metrics());
        Files.deleteIfExists(params());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(".tmp") || name.startsWith(".model-"))) {
                    deleteRecursively(p);
                }
            }
        }
    }

    /** Opens an existing run folder, checking that it holds a config. */
    public static RunFolder open(Path dir) {
        RunFolder run = new RunFolder(dir);
        if (!Files.isDirectory(dir)) {
            throw new Snn4jException("run " + dir + ": not a folder");
        }
        if (!Files.isRegularFile(run.config())) {
            throw new Snn4jException("run " + dir + ": no " + CONFIG + " (is this a snn4j run folder?)");
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
        }
        AtomicFiles.writeString(metrics(), Json.write(root));
    }

    public JsonNode readMetrics() {
        return readJson(metrics());
    }

    /**
     * Saves the model's parameters in DJL's format: saved into a temporary folder inside the run,
     * then renamed over {@code model-0000.params}.
     */
    public void saveModel(Model model) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory(dir, ".model-");
            model.setProperty("Epoch", "0");
            model.save(temp, MODEL_NAME);
            AtomicFiles.moveAtomically(temp.resolve(PARAMS), params());
        } catch (IOException e) {
            throw new Snn4jException(params() + ": cannot write: " + e.getMessage(), e);
        } finally {
            deleteRecursively(temp);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new Snn4jException(file + ": cannot read JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void deleteRecursively(Path path) {
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
