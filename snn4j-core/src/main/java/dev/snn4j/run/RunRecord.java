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
import dev.snn4j.model.SpikingModel;

/** The content of a run's config.json: settings, model, data and provenance. */
public final class RunRecord {

    public static final String CONFIG_KEY = dev.snn4j.config.ConfigFiles.SAVED_CONFIG_KEY;
    public static final String MODEL_KEY = "model_spec";

    private RunRecord() {}

    public static ObjectNode config(TrainConfig config, SpikingModel net, PreparedData data) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.set(CONFIG_KEY, config.toJson());
        ObjectNode model = Json.mapper().valueToTree(net.spec());
        model.put("parameters", parameterCount(net));
        root.set(MODEL_KEY, model);
        ObjectNode dataNode = root.putObject("data");
        dataNode.put("source", data.source());
        dataNode.put("train_samples", data.train().size());
        dataNode.put("test_samples", data.test().size());
        dataNode.set("class_names", Json.mapper().valueToTree(data.train().classNames()));
        dataNode.set("sample_shape", Json.mapper().valueToTree(data.train().sampleShape()));
        dataNode.put("temporal", data.train().temporal());
        dataNode.set("augmentations", Json.mapper().valueToTree(config.augmentations()));
        if (data.train().normalization() != null) {
            // the pixel normalisation --normalize resolved to, as the model sees it
            ObjectNode pixels = dataNode.putObject("pixel_normalization");
            pixels.set("mean", Json.mapper().valueToTree(data.train().normalization().mean()));
            pixels.set("std", Json.mapper().valueToTree(data.train().normalization().std()));
        }
        data.details().forEach(dataNode::put);
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
