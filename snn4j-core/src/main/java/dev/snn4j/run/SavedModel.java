/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.AtomicFiles;
import dev.snn4j.Json;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.DeviceChoice;
import dev.snn4j.data.Normalization;
import dev.snn4j.model.ModelCost;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.Models;
import dev.snn4j.model.SpikingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A trained spiking model on disk, with what it needs to classify: {@code model.json} (the
 * {@link ModelSpec}, parameter count, class names, the pixel normalisation images were given, and
 * provenance) and {@code model-0000.params} (DJL's format). A run folder is one as well: its
 * config.json holds the same facts. Presets (and architectures a {@link dev.snn4j.model.ModelFactory}
 * builds) reload by name; a model built in code reloads with the code that builds its block:
 *
 * <pre>{@code
 * SavedModel.save(model, dir, classNames, null);
 * try (SavedModel saved = SavedModel.load(dir, "cpu", spec -> MyNets.build(spec))) {
 *     Predictor<Image, Classifications> p = saved.model().newPredictor(Translators.images(saved));
 * }
 * }</pre>
 */
public final class SavedModel implements AutoCloseable {

    /** The metadata file of a saved model. */
    public static final String METADATA = "model.json";
    private static final int FORMAT_VERSION = 1;

    private final Path dir;
    private final ModelSpec spec;
    private final List<String> classNames;
    private final Normalization normalization;
    private final SpikingModel net;
    private final Model model;

    private SavedModel(Path dir, ModelSpec spec, List<String> classNames, Normalization normalization, SpikingModel net,
            Model model) {
        this.dir = dir;
        this.spec = spec;
        this.classNames = List.copyOf(classNames);
        this.normalization = normalization;
        this.net = net;
        this.model = model;
    }

    /**
     * Saves {@code model} (its block a {@link SpikingModel}) into {@code dir}: parameters and
     * model.json, each written atomically.
     *
     * @param classNames the name of every class, in label order
     * @param normalization the per-channel normalisation its images were given, or {@code null}
     */
    public static void save(Model model, Path dir, List<String> classNames, Normalization normalization) {
        if (!(model.getBlock() instanceof SpikingModel net) || !net.isInitialized()) {
            throw new IllegalArgumentException("SavedModel: expected a model whose block is an initialised SpikingModel");
        }
        if (classNames.size() != net.spec().numClasses()) {
            throw new Snn4jException("class_names: expected " + net.spec().numClasses() + " names, found " + classNames.size());
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Snn4jException(dir + ": cannot create folder: " + e.getMessage(), e);
        }
        new RunFolder(dir).saveModel(model);
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        ObjectNode specNode = Json.mapper().valueToTree(net.spec());
        specNode.put("parameters", RunRecord.parameterCount(net));
        root.set(RunRecord.MODEL_KEY, specNode);
        root.set("class_names", Json.mapper().valueToTree(classNames));
        if (normalization != null) {
            ObjectNode pixels = root.putObject("pixel_normalization");
            pixels.set("mean", Json.mapper().valueToTree(normalization.mean()));
            pixels.set("std", Json.mapper().valueToTree(normalization.std()));
        }
        root.set("provenance", Json.mapper().valueToTree(Provenance.current()));
        AtomicFiles.writeString(dir.resolve(METADATA), Json.write(root));
    }

    /** Loads a preset (or an architecture a {@code ModelFactory} builds) from {@code dir}. */
    public static SavedModel load(Path dir, String device) {
        return load(dir, device, null);
    }

    /**
     * Loads the model in {@code dir} (model.json, or a run folder's config.json) on a device
     * ({@code auto}, {@code cpu}, {@code gpu:N}).
     *
     * @param blocks builds the block of a model designed in code from its spec; {@code null} for
     *     presets and registered architectures
     */
    public static SavedModel load(Path dir, String device, Function<ModelSpec, SpikingModel> blocks) {
        return load(dir, device, blocks, 0);
    }

    /**
     * As above, built for {@code timesteps} time steps instead of the saved T (0 = the saved T): no
     * parameter depends on T, so a model trained at T runs at any T' (low-latency evaluation). Static
     * data: the stem's current is repeated T' times; temporal data: the model expects T' frames.
     */
    public static SavedModel load(Path dir, String device, Function<ModelSpec, SpikingModel> blocks, int timesteps) {
        dev.snn4j.InvalidSettingException.require(timesteps >= 0, "timesteps", "an integer >= 1 (0 = as trained)", timesteps);
        JsonNode root = metadata(dir);
        String source = dir.resolve(Files.isRegularFile(dir.resolve(METADATA)) ? METADATA : RunFolder.CONFIG).toString();
        JsonNode specNode = root.get(RunRecord.MODEL_KEY);
        if (specNode == null || !specNode.isObject()) {
            throw new Snn4jException(source + ": expected a '" + RunRecord.MODEL_KEY + "' object, found none");
        }
        ObjectNode specOnly = specNode.deepCopy();
        specOnly.remove("parameters");
        ModelSpec saved = Json.convert(specOnly, ModelSpec.class, source);
        ModelSpec spec = timesteps == 0 ? saved : saved.withTimesteps(timesteps);
        JsonNode data = root.has("class_names") ? root : root.path("data");
        List<String> classes = new ArrayList<>();
        data.path("class_names").forEach(n -> classes.add(n.asText()));
        JsonNode pixels = data.path("pixel_normalization");
        Normalization normalization = pixels.isObject()
                ? new Normalization(floats(pixels.get("mean")), floats(pixels.get("std"))) : null;
        Path params = dir.resolve(RunFolder.PARAMS);
        if (!Files.isRegularFile(params)) {
            throw new Snn4jException(dir + ": no " + RunFolder.PARAMS + " (was the model saved, or did its run finish an epoch?)");
        }
        if (timesteps != 0 && timesteps != saved.timesteps()) {
            checkMemory(dir, spec, blocks);
        }
        Model model = Model.newInstance("snn4j", DeviceChoice.resolve(device));
        try {
            SpikingModel net = blocks != null ? blocks.apply(spec) : Models.build(spec, dir);
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, net.inputShape(1));
            checkLayout(params, spec, specNode.path("parameters"), net, root.path("provenance"));
            Checksums.verify(params, "model parameters");
            model.load(dir, RunFolder.MODEL_NAME);
            // loaded arrays are plain arrays: make the trainable ones collect gradients, so the model fine-tunes
            for (var p : net.getParameters().values()) {
                if (p.requiresGradient()) {
                    p.getArray().setRequiresGradient(true);
                }
            }
            return new SavedModel(dir, spec, classes, normalization, net, model);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            if (e instanceof Snn4jException s) {
                throw s;
            }
            throw new Snn4jException(params + ": cannot load the parameters of model " + spec.architecture() + ": "
                    + Checkpoint.problem(e) + " (the file is truncated or damaged, or holds another model's parameters)", e);
        }
    }

    private static JsonNode metadata(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new Snn4jException(dir + ": expected a folder with a saved model, found " + (Files.exists(dir) ? "a file" : "nothing"));
        }
        Path file = dir.resolve(METADATA);
        if (Files.isRegularFile(file)) {
            return RunFolder.readJson(file);
        }
        if (Files.isRegularFile(dir.resolve(RunFolder.CONFIG))) {
            return RunFolder.readJson(dir.resolve(RunFolder.CONFIG));
        }
        throw new Snn4jException(dir + ": expected " + METADATA + " (a saved model) or " + RunFolder.CONFIG + " (a run folder), found neither");
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array == null ? 0 : array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    /**
     * A design whose layout changed since the model was saved (pointnet did) cannot take its
     * parameters; say so in terms of the model, not of DJL's parameter stream.
     */
    /**
     * Before a model is built for another T: initialising it runs its stages on one sample of T'
     * steps and may keep every stage's output until it is done, so that (the training bound of one
     * sample, {@link dev.snn4j.model.MemoryEstimate}, from a one-step copy's shapes) must fit in
     * memory.
     */
    private static void checkMemory(Path dir, ModelSpec spec, Function<ModelSpec, SpikingModel> blocks) {
        ModelCost cost = ModelCost.of(spec, blocks != null ? blocks : one -> Models.build(one, dir));
        dev.snn4j.model.MemoryEstimate.checkModel(cost, spec.timesteps());
    }

    private static void checkLayout(Path params, ModelSpec spec, JsonNode saved, SpikingModel net, JsonNode provenance) {
        long built = RunRecord.parameterCount(net);
        if (saved.canConvertToLong() && saved.asLong() != built) {
            throw new Snn4jException(String.format(Locale.ROOT,
                    "%s: model %s was saved with %,d parameters, this snn4j (%s) builds it with %,d: the design's layout"
                            + " changed since snn4j %s (commit %s) trained it; retrain, or evaluate with that version",
                    params, spec.architecture(), saved.asLong(), Provenance.readSnn4jVersion(), built,
                    provenance.path("snn4j_version").asText("unknown"), provenance.path("git_commit").asText("unknown")));
        }
    }

    /** The folder the model was loaded from. */
    public Path dir() {
        return dir;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The class names, in label order (empty if the model was saved without them). */
    public List<String> classNames() {
        return classNames;
    }

    /** The pixel normalisation its images were given, or {@code null} (not images, or pixels in [0, 1]). */
    public Normalization normalization() {
        return normalization;
    }

    public SpikingModel network() {
        return net;
    }

    /** The DJL model: {@code model().newPredictor(translator)} classifies. */
    public Model model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
