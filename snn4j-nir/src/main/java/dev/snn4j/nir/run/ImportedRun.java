/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir.run;

import ai.djl.Model;
import dev.snn4j.Provenance;
import dev.snn4j.Snn4jException;
import dev.snn4j.config.ModelSettings;
import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.nir.NirFile;
import dev.snn4j.nir.NirGraph;
import dev.snn4j.nir.NirImport;
import dev.snn4j.nir.NirMetadata;
import dev.snn4j.nir.NirModelFactory;
import dev.snn4j.run.RunFolder;
import dev.snn4j.run.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a model imported from NIR as a run folder: {@code model.nir} (the graph, its metadata
 * recording the dt, T and encoding it was imported with), {@code model-0000.params} and, last,
 * {@code config.json} (the settings whose data {@code eval} and {@code attack} read, the
 * {@link ModelSpec} of architecture {@value NirImport#ARCHITECTURE}, the data and provenance). The
 * folder reloads with {@code SavedRun.load} or {@code SavedModel.load}, which rebuild the model with
 * {@link NirModelFactory}:
 *
 * <pre>{@code
 * NirGraph graph = NirFile.read(file);
 * try (Model model = Model.newInstance("snn4j", Device.cpu())) {
 *     NirImport.Result imported = NirImport.builder().build().load(graph, model.getNDManager(), file.toString());
 *     model.setBlock(imported.model());
 *     TrainConfig config = ImportedRun.config(TrainConfig.defaults(), imported.model().spec());
 *     ImportedRun.save(model, graph, imported.dt(), config, PreparedData.load(config, System.getenv()), dir);
 * }
 * }</pre>
 *
 * The config's settings are the ones evaluation reads (dataset, data folder, limits, normalisation,
 * T); its {@code model} and neuron settings, which only the training of a preset reads, stay as given
 * (the model is the graph's).
 */
public final class ImportedRun {

    private ImportedRun() {}

    /** {@code settings} with the time steps of {@code spec}: the frame count of temporal data. */
    public static TrainConfig config(TrainConfig settings, ModelSpec spec) {
        return settings.toBuilder().model(new ModelSettings(settings.model().preset(), spec.timesteps())).build();
    }

    /**
     * Writes the run folder {@code dir} (created with {@link RunFolder#create}: a new folder, or an
     * unfinished run's, whose files are replaced; a {@code model.nir} snn4j did not write is never).
     *
     * @param model a DJL model whose block is the imported, initialised {@link SpikingModel}
     * @param graph the graph it was imported from
     * @param dt the seconds per step it was imported with
     * @param config the settings recorded ({@link #config} gives their T)
     * @param data the data of {@code config}, whose samples and classes must be the model's
     */
    public static RunFolder save(Model model, NirGraph graph, double dt, TrainConfig config, PreparedData data, Path dir) {
        if (!(model.getBlock() instanceof SpikingModel net) || !net.isInitialized()) {
            throw new IllegalArgumentException("ImportedRun: expected a model whose block is an initialised SpikingModel");
        }
        ModelSpec spec = net.spec();
        if (!NirImport.ARCHITECTURE.equals(spec.architecture())) {
            throw new IllegalArgumentException("ImportedRun: expected a model of architecture " + NirImport.ARCHITECTURE
                    + ", found " + spec.architecture());
        }
        checkData(spec, data.modelSpec(config), config);
        Path graphFile = dir.resolve(NirModelFactory.GRAPH_FILE);
        if (Files.exists(graphFile) && !NirFile.writtenBySnn4j(graphFile)) {
            throw new Snn4jException("out " + dir + ": expected a new folder or an earlier import, found " + graphFile
                    + ", which snn4j did not write; not replaced");
        }
        try (RunFolder run = RunFolder.create(dir)) { // claimed while written, finished when whole
            NirFile.write(withImportMetadata(graph, dt, spec), graphFile);
            run.saveModel(model);
            run.writeConfig(RunRecord.config(config, net, data));
            run.markFinished();
            return RunFolder.open(dir);
        }
    }

    private static void checkData(ModelSpec model, ModelSpec data, TrainConfig config) {
        if (model.encoding() != data.encoding() || model.numClasses() != data.numClasses()
                || !Arrays.equals(model.sampleShape(), data.sampleShape()) || model.timesteps() != data.timesteps()) {
            throw new Snn4jException("dataset " + config.data().dataset().cliName() + ": expected " + facts(model)
                    + " as the imported graph, found " + facts(data));
        }
    }

    private static String facts(ModelSpec s) {
        StringBuilder shape = new StringBuilder();
        for (long d : s.sampleShape()) {
            shape.append(shape.length() == 0 ? "" : "x").append(d);
        }
        return s.encoding().cliName() + " samples " + shape + (s.encoding() == InputEncoding.TEMPORAL
                ? " of " + s.timesteps() + " frames" : "") + " in " + s.numClasses() + " classes";
    }

    /** The graph's metadata, then the dt, T and encoding of the import, and snn4j as the file's writer. */
    private static NirGraph withImportMetadata(NirGraph graph, double dt, ModelSpec spec) {
        Map<String, Object> meta = new LinkedHashMap<>(graph.metadata());
        Object producer = meta.get(NirFile.PRODUCER_KEY);
        if (producer != null && !(producer instanceof String s && s.startsWith("snn4j"))) {
            meta.put("imported_producer", producer);
        }
        meta.put(NirMetadata.DT, dt);
        meta.put(NirMetadata.TIMESTEPS, (long) spec.timesteps());
        meta.put(NirMetadata.ENCODING, spec.encoding().cliName());
        meta.put(NirFile.PRODUCER_KEY, "snn4j " + Provenance.readSnn4jVersion());
        return new NirGraph(graph.nodes(), graph.edges(), meta);
    }
}
