/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.config;

import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The datasets a config asks for, limited as asked, with the loader's warnings (e.g. skipped files). */
public record PreparedData(SampleDataset train, SampleDataset test, String source, Map<String, String> details,
        List<String> warnings) {

    public static PreparedData load(TrainConfig config, Map<String, String> env) {
        DatasetSplits splits = Datasets.load(config.datasetRequest(env));
        SampleDataset train = config.data().trainLimit() > 0 ? splits.train().limit(config.data().trainLimit()) : splits.train();
        SampleDataset test = config.data().testLimit() > 0 ? splits.test().limit(config.data().testLimit()) : splits.test();
        return new PreparedData(train, test, splits.source(), splits.details(), splits.warnings());
    }

    /**
     * For event data, the model {@link #modelSpec} will call for, known before the frames are
     * integrated (from the frame size asked for and the dataset's classes); empty for other data or
     * a dataset whose classes come from its files.
     */
    public static java.util.Optional<ModelSpec> expectedEventModel(TrainConfig config) {
        dev.snn4j.data.DatasetId id = config.data().dataset();
        if (!id.isTemporal() || id.numClasses() == 0) {
            return java.util.Optional.empty();
        }
        long[] shape = dev.snn4j.data.events.EventDatasets.frameShape(config.datasetRequest(Map.of()));
        return java.util.Optional.of(new ModelSpec(config.model().preset(), config.neuronSpec(), (int) shape[0], id.numClasses(),
                Arrays.copyOfRange(shape, 1, shape.length), InputEncoding.TEMPORAL));
    }

    /**
     * The model this data and config call for: input shape and class count come from the data;
     * temporal samples [T, ...] feed the model's stem step by step.
     */
    public ModelSpec modelSpec(TrainConfig config) {
        long[] shape = train.sampleShape();
        boolean temporal = train.temporal();
        return new ModelSpec(
                config.model().preset(),
                config.neuronSpec(),
                temporal ? (int) shape[0] : config.model().timesteps(),
                train.numClasses(),
                temporal ? Arrays.copyOfRange(shape, 1, shape.length) : shape,
                temporal ? InputEncoding.TEMPORAL : InputEncoding.DIRECT);
    }
}
