/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every snn4j model has three parts: {@code stem} (input to the first spiking layer), {@code body}
 * (to pooled spike features [T, B, D]) and {@code head} (a linear classifier on the firing rates
 * r = mean over T, [B, D]).
 *
 * <p>The plain forward pass (used for evaluation and export) is stem → body → mean over T → head.
 * Training objectives such as TRT call the parts separately; the model itself knows nothing about
 * them, so a TRT-trained model is exactly a baseline model.
 */
public final class SpikingModel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final ModelSpec spec;
    private final Stem stem;
    private final SpikingSequential body;
    private final Block head;
    /** Whether the fusion plan runs the body's first stage, a max pool, in the stem's fused pass. */
    private boolean stemPools;
    /** The model's cost, computed at initialisation. */
    private ModelCost cost;

    public SpikingModel(ModelSpec spec, Stem stem, SpikingSequential body, Block head) {
        super(VERSION);
        this.spec = spec;
        this.stem = addChildBlock("stem", stem);
        this.body = addChildBlock("body", body);
        this.head = addChildBlock("head", head);
        setInitializer(new PyTorchDefaultInitializer(), Parameter.Type.WEIGHT);
    }

    /** Builds a model of any architecture from its three parts (presets use the constructor). */
    public static SpikingModelBuilder builder() {
        return new SpikingModelBuilder();
    }

    public ModelSpec spec() {
        return spec;
    }

    /** The input shape for a batch of {@code batchSize}: [B, C, H, W] or [T, B, C, H, W]. */
    public Shape inputShape(long batchSize) {
        return spec.inputShape(batchSize);
    }

    /** Stem only: spikes of the first spiking layer, [T, B, ...]. */
    public NDArray stem(ParameterStore ps, NDArray x, boolean training) {
        return stem(ps, x, training, null);
    }

    /** Stem only, with forward-call parameters (see {@link SpikingNeuron#SURROGATE_IN_EVAL}). */
    public NDArray stem(ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
        return stem.forward(ps, new NDList(x), training, params).singletonOrThrow();
    }

    /** Body stages {@code from} (inclusive) to {@code to} (exclusive). */
    public NDArray body(ParameterStore ps, NDArray x, int from, int to, boolean training) {
        return body.forwardRange(ps, x, from, to, training, null);
    }

    /** The stem block itself (model inspection such as {@link ModelCost} and NIR export). */
    public Stem stemBlock() {
        return stem;
    }

    /** The body block itself. */
    public SpikingSequential bodyBlock() {
        return body;
    }

    /** The head block itself. */
    public Block headBlock() {
        return head;
    }

    /** Number of body stages. */
    public int bodyStages() {
        return body.size();
    }

    /** Pooled spike features [T, B, D] of the original input. */
    public NDArray features(ParameterStore ps, NDArray x, boolean training) {
        return features(ps, x, training, null);
    }

    /** Pooled spike features, with forward-call parameters. */
    public NDArray features(ParameterStore ps, NDArray x, boolean training, PairList<String, Object> params) {
        return front(ps, x, body.size(), training, params);
    }

    /**
     * The stem, then body stages [0, {@code stages}). Equal to {@code body(stem(x), 0, stages)}, but a
     * max pool right after the stem runs fused with the stem's spiking layer.
     */
    public NDArray front(ParameterStore ps, NDArray x, int stages, boolean training, PairList<String, Object> params) {
        if (stages >= 1 && stemPools) {
            NDArray pooled = stem.forwardThenMaxPool(ps, x, training, params);
            return body.forwardRange(ps, pooled, 1, stages, training, params);
        }
        return body.forwardRange(ps, stem(ps, x, training, params), 0, stages, training, params);
    }

    /**
     * The fusion plan, made at initialisation: every unit that runs as one pass of the fused
     * kernel, e.g. {@code stem.encoder + sn1 + body.pool1}, {@code body.conv2 + sn2 + pool2},
     * {@code body.layer1_0.conv1 + sn1}. Stages not listed run block by block.
     */
    public List<String> fusionPlan() {
        List<String> plan = new ArrayList<>();
        stem.fusedUnit().ifPresent(plan::add);
        body.fusedUnits().forEach(u -> plan.add("body." + u));
        for (int i = 0; i < body.size(); i++) {
            if (body.stage(i) instanceof dev.snn4j.layer.FusionPlanned nested) {
                String prefix = "body." + body.stageName(i) + ".";
                nested.fusedUnits().forEach(u -> plan.add(prefix + u));
            }
        }
        return plan;
    }

    /** Firing rates r = mean over T of pooled features: [T, B, D] to [B, D]. */
    public static NDArray firingRates(NDArray features) {
        return features.mean(new int[] {0});
    }

    /** The classifier on firing rates [N, D] to logits [N, classes]. */
    public NDArray head(ParameterStore ps, NDArray rates, boolean training) {
        return head.forward(ps, new NDList(rates), training).singletonOrThrow();
    }

    /**
     * The number of body stages to run before the spike sequence can be reversed after the
     * {@code k}-th spiking layer (k = 1 is the stem's). Fails with the valid choices when k is not
     * at a stage boundary.
     */
    public int bodyStagesBeforeReversal(int k) {
        int stages = k >= 1 ? body.stagesThroughSpikingLayer(k - 1) : -1;
        if (stages < 0) {
            List<Integer> valid = new ArrayList<>(List.of(1));
            body.splittableSpikingCounts().forEach(n -> valid.add(n + 1));
            throw new Snn4jException(
                    "trt_reverse_at: expected one of "
                            + valid.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " for model "
                            + spec.architecture()
                            + ", found "
                            + k);
        }
        return stages;
    }

    /**
     * Where to reverse the spike sequence for a reversal after the {@code k}-th spiking layer:
     * {@link #bodyStagesBeforeReversal}, moved past the max pools that follow. Pooling acts on each
     * step alone and has no parameters, so pooling then reversing equals reversing then pooling;
     * this way the pool runs once, on the original batch only, and fused with the spiking layer.
     */
    public int reversalStage(int k) {
        int stage = bodyStagesBeforeReversal(k);
        while (stage < body.size() && body.isMaxPool(stage)) {
            stage++;
        }
        return stage;
    }

    /** The model's spiking layers in forward order, with readable names such as {@code body.lif2}. */
    public List<NamedNeuron> spikingLayers() {
        List<NamedNeuron> out = new ArrayList<>();
        collect(this, "", out);
        return out;
    }

    /** A spiking layer and its path in the model. */
    public record NamedNeuron(String name, SpikingNeuron neuron) {}

    private static void collect(Block block, String path, List<NamedNeuron> out) {
        if (block instanceof SpikingNeuron neuron) {
            out.add(new NamedNeuron(path, neuron));
            return;
        }
        for (Pair<String, Block> child : block.getChildren()) {
            String name = child.getKey().replaceFirst("^\\d\\d", "");
            String childPath = path.isEmpty() ? name : path + "." + name;
            collect(child.getValue(), childPath, out);
        }
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray features = features(ps, inputs.singletonOrThrow(), training, params);
        return new NDList(head(ps, firingRates(features), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape features = body.getOutputShapes(stem.getOutputShapes(inputShapes))[0];
        Shape rates = features.slice(1);
        return head.getOutputShapes(new Shape[] {rates});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        stem.initialize(manager, dataType, inputShapes);
        Shape[] spikes = stem.getOutputShapes(inputShapes);
        body.initialize(manager, dataType, spikes);
        Shape features = body.getOutputShapes(spikes)[0];
        head.initialize(manager, dataType, features.slice(1));
        stemPools = body.size() > 0 && body.isMaxPool(0) && stem.planPool(body.stage(0), body.stageName(0));
        // now, from the shapes of the initialisation: loading parameters later rewrites some layers' shapes
        cost = ModelCost.compute(this);
    }

    /**
     * What the model costs (parameters, MACs per step and sample), computed when it was
     * initialised, from the model itself.
     *
     * @throws IllegalStateException before initialisation
     */
    public ModelCost cost() {
        if (cost == null) {
            throw new IllegalStateException("SpikingModel: initialise the model first");
        }
        return cost;
    }

    @Override
    public String toString() {
        return "SpikingModel(" + spec.describe() + ")";
    }
}
