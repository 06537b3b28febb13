/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.run;

import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import dev.snn4j.Provenance;
import dev.snn4j.data.SampleDataset;
import java.util.Map;
import dev.snn4j.model.SpikingModel;

/** The content of a run's config.json: settings, model, data and provenance. */
public final class RunRecord {

    public static final String CONFIG_KEY = dev.snn4j.config.ConfigFiles.SAVED_CONFIG_KEY;
    public static final String MODEL_KEY = "model_spec";

    private RunRecord() {}

    /** The config.json of a run the command line trains: its {@link TrainConfig} and the data it prepared. */
    public static ObjectNode config(TrainConfig config, SpikingModel net, PreparedData data) {
        ObjectNode root = config(config.toJson(), net, data.train(), data.test(), data.source(), data.details());
        ((ObjectNode) root.get("data")).set("augmentations", Json.mapper().valueToTree(config.augmentations()));
        return root;
    }

    /**
     * The config.json of any run: the settings it was trained with (the keys of {@link TrainConfig}
     * that apply), the model, the data and provenance.
     *
     * @param details more facts about the data (skipped files, splits), written into {@code data}
     */
    public static ObjectNode config(ObjectNode settings, SpikingModel net, SampleDataset train, SampleDataset test,
            String source, Map<String, String> details) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.set(CONFIG_KEY, settings);
        ObjectNode model = Json.mapper().valueToTree(net.spec());
        model.put("parameters", parameterCount(net));
        root.set(MODEL_KEY, model);
        ObjectNode dataNode = root.putObject("data");
        dataNode.put("source", source);
        dataNode.put("train_samples", train.size());
        dataNode.put("test_samples", test.size());
        dataNode.set("class_names", Json.mapper().valueToTree(train.classNames()));
        dataNode.set("sample_shape", Json.mapper().valueToTree(train.sampleShape()));
        dataNode.put("temporal", train.temporal());
        if (train.normalization() != null) {
            // the pixel normalisation as the model sees it (--normalize resolved)
            ObjectNode pixels = dataNode.putObject("pixel_normalization");
            pixels.set("mean", Json.mapper().valueToTree(train.normalization().mean()));
            pixels.set("std", Json.mapper().valueToTree(train.normalization().std()));
        }
        details.forEach(dataNode::put);
        root.set("provenance", Json.mapper().valueToTree(Provenance.current()));
        return root;
    }

    /** Trainable parameters (batch-norm running statistics excluded). */
    public static long parameterCount(SpikingModel net) {
        long n = 0;
        for (Pair<String, Parameter> p : net.getParameters()) {
            if (p.getValue().requiresGradient()) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }
}
