/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Snn4jException;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.run.Checkpoint;
import dev.snn4j.run.EpochMetrics;
import dev.snn4j.run.RunFolder;
import dev.snn4j.trt.TrainingObjective;
import dev.snn4j.run.TrainResult;
import dev.snn4j.train.optim.ParameterOptimizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a training run writes into its run folder: config.json once, then after every epoch
 * metrics.json, the parameters and a checkpoint; at the end the final results (and the checkpoint
 * goes, after the run's marker says finished). The folder is claimed ({@link RunFolder#create},
 * {@link RunFolder#resume}) until {@link #close}. {@link #NONE} writes nothing (a run without a folder).
 */
class RunWriter implements AutoCloseable {

    /** A run without a folder. */
    static final RunWriter NONE = new RunWriter();

    private RunWriter() {}

    /** The folder of a new run, or of the unfinished run to continue when {@code resume}. */
    static RunWriter start(Path dir, boolean resume) {
        return new Folder(resume ? RunFolder.resume(dir) : RunFolder.create(dir), resume);
    }

    /** Lets go of the run folder. */
    @Override
    public void close() {}

    /** Restores model, optimiser and the recorded epochs from the checkpoint; 0 when there is none. */
    int restore(SpikingModel net, TrainingObjective objective, ParameterOptimizer optimizer, NDManager manager,
            List<EpochMetrics> history) {
        return 0;
    }

    void writeConfig(ObjectNode config) {}

    void epochDone(TrainingObjective objective, Map<String, Double> terms, List<EpochMetrics> history, Model model,
            SpikingModel net, ParameterOptimizer optimizer) {}

    void finished(String method, Map<String, Double> terms, List<EpochMetrics> history, TrainResult result) {}

    /** A run with a folder. */
    private static final class Folder extends RunWriter {
        private final RunFolder run;
        private final boolean resume;

        Folder(RunFolder run, boolean resume) {
            this.run = run;
            this.resume = resume;
        }

        @Override
        int restore(SpikingModel net, TrainingObjective objective, ParameterOptimizer optimizer, NDManager manager,
                List<EpochMetrics> history) {
            Path file = run.dir().resolve(Checkpoint.FILE);
            if (!resume || !Files.isRegularFile(file)) {
                return 0;
            }
            int epoch = Checkpoint.restore(file, net, optimizer, manager, extra -> objective.restoreParameters(extra, file));
            JsonNode epochs = Files.isRegularFile(run.metrics()) ? run.readMetrics().get("epochs") : null;
            if (epochs == null || epochs.size() < epoch) {
                throw new Snn4jException(run.metrics() + ": expected the metrics of " + epoch + " epoch(s) to resume, found "
                        + (epochs == null ? 0 : epochs.size()));
            }
            for (int i = 0; i < epoch; i++) {
                history.add(Json.convert(epochs.get(i), EpochMetrics.class, run.metrics().toString()));
            }
            return epoch;
        }

        @Override
        void writeConfig(ObjectNode config) {
            run.writeConfig(config);
        }

        @Override
        void epochDone(TrainingObjective objective, Map<String, Double> terms, List<EpochMetrics> history, Model model,
                SpikingModel net, ParameterOptimizer optimizer) {
            run.writeMetrics(objective.name(), terms, history, null);
            run.saveModel(model);
            Checkpoint.write(run.dir().resolve(Checkpoint.FILE), history.size(), net, objective.parameters(), optimizer,
                    model.getNDManager());
        }

        @Override
        void finished(String method, Map<String, Double> terms, List<EpochMetrics> history, TrainResult result) {
            run.writeMetrics(method, terms, history, result.toFinalJson());
            run.markFinished();
            Path checkpoint = run.dir().resolve(Checkpoint.FILE);
            try {
                Files.deleteIfExists(checkpoint); // a finished run needs none
            } catch (IOException e) {
                throw new Snn4jException(checkpoint + ": cannot delete: " + dev.snn4j.IoErrors.reason(e), e);
            }
        }

        @Override
        public void close() {
            run.close();
        }
    }
}
