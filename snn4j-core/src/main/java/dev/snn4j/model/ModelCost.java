/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Convolution;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import dev.snn4j.layer.InputEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a model costs: trainable parameters and multiply-accumulates (MACs) of its convolution and
 * linear layers, as an equivalent ANN would count them (every input treated as dense; batch norm,
 * pooling, neurons and biases not counted). An SNN's real synaptic operations depend on how often
 * it fires; these are the upper bound the literature quotes as "MACs".
 *
 * <p><b>Per time step, with the stem counted once.</b> {@link #macsPerTimestep()} = stem + body +
 * head. Under direct encoding the stem's encoder (the first conv or linear layer and its batch norm)
 * runs once per sample on the static input and drives all T steps, so its MACs are spent once per
 * sample, not T times; the head runs once per sample on the firing rates. Under temporal encoding the
 * stem runs at every step. {@link #macsPerSample()} gives the total for T steps: direct stem +
 * T·body + head, temporal T·(stem + body) + head. (TRT training runs the body after its reversal
 * point twice; that is training cost, not counted here.)
 *
 * @param parameters trainable parameters (batch norm's running statistics excluded)
 * @param stemMacs MACs of the stem per sample (direct: once; temporal: per step)
 * @param bodyMacsPerStep MACs of the body per sample and time step
 * @param headMacs MACs of the head per sample
 * @param timesteps T
 * @param encoding direct or temporal
 * @param layers every convolution and linear layer in forward order
 * @param stages the stem's and each body stage's output shape per sample and step
 */
public record ModelCost(
        long parameters,
        long stemMacs,
        long bodyMacsPerStep,
        long headMacs,
        int timesteps,
        InputEncoding encoding,
        List<LayerCost> layers,
        List<StageShape> stages) {

    /**
     * One convolution or linear layer.
     *
     * @param name its path in the model, e.g. {@code body.layer2_0.conv1}
     * @param outputShape its output for one sample (and step): [C, H, W], or [N, C] for points
     * @param macs per sample, and per step unless it runs once per sample (direct stem, head)
     * @param parameters its trainable parameters (weight and bias)
     */
    public record LayerCost(String name, Shape outputShape, long macs, long parameters) {}

    /** A stage's output for one sample at one step, e.g. {@code body.layer1_0 [64, 32, 32]}. */
    public record StageShape(String name, Shape outputShape) {}

    public ModelCost {
        layers = List.copyOf(layers);
        stages = List.copyOf(stages);
    }

    /** MACs per time step: stem (counted once, see the class comment) + body + head. */
    public long macsPerTimestep() {
        return stemMacs + bodyMacsPerStep + headMacs;
    }

    /** MACs for one sample over all T steps. */
    public long macsPerSample() {
        long stem = encoding == InputEncoding.DIRECT ? stemMacs : stemMacs * timesteps;
        return stem + bodyMacsPerStep * timesteps + headMacs;
    }

    /** The cost of a fresh model of {@code spec} (built and initialised for batch 1, then released). */
    public static ModelCost of(ModelSpec spec) {
        return of(spec, ModelPreset::build);
    }

    /**
     * The cost of a fresh model of {@code spec} that {@code build} makes (a preset, an architecture
     * a {@link ModelFactory} builds, a model built in code), built and initialised for batch 1 and
     * one step, then released.
     */
    public static ModelCost of(ModelSpec spec, java.util.function.Function<ModelSpec, SpikingModel> build) {
        // the cost per step does not depend on T: measured with one step, so that a listing with a
        // huge T (models -T 100000) never allocates T steps of anything
        try (NDManager manager = NDManager.newBaseManager()) {
            SpikingModel net = build.apply(spec.withTimesteps(1));
            net.initialize(manager, DataType.FLOAT32, net.inputShape(1));
            ModelCost one = of(net);
            return new ModelCost(one.parameters, one.stemMacs, one.bodyMacsPerStep, one.headMacs, spec.timesteps(), one.encoding,
                    one.layers, one.stages);
        }
    }

    /** The cost of an initialised model, read from the shapes it was initialised with ({@link SpikingModel#cost()}). */
    public static ModelCost of(SpikingModel model) {
        return model.cost();
    }

    /** The cost from the model's shapes, as {@link SpikingModel} computes it when it is initialised. */
    static ModelCost compute(SpikingModel model) {
        if (model.getInputShapes() == null) {
            throw new IllegalStateException("ModelCost: initialise the model first");
        }
        Shape input = model.getInputShapes()[0];
        boolean direct = model.spec().encoding() == InputEncoding.DIRECT;
        long batch = direct ? input.get(0) : input.get(1);
        long steps = direct ? model.spec().timesteps() : input.get(0);
        List<LayerCost> layers = new ArrayList<>();
        long stem = layers(model.stemBlock(), "stem", direct ? batch : steps * batch, layers);
        long body = layers(model.bodyBlock(), "body", steps * batch, layers);
        long head = layers(model.headBlock(), "head", batch, layers);

        List<StageShape> stages = new ArrayList<>();
        Shape[] current = model.stemBlock().getOutputShapes(new Shape[] {input});
        stages.add(new StageShape("stem", current[0].slice(2)));
        for (Pair<String, Block> stage : model.bodyBlock().getChildren()) {
            current = stage.getValue().getOutputShapes(current);
            stages.add(new StageShape("body." + plainName(stage.getKey()), current[0].slice(2)));
        }
        return new ModelCost(trainableParameters(model), stem, body, head, model.spec().timesteps(),
                model.spec().encoding(), layers, stages);
    }

    /**
     * Adds the convolution and linear layers inside an initialised block to {@code out} and returns
     * their MACs per sample (per call on {@code samples} samples, or sample-steps, divided by it).
     *
     * @param samples how many samples (times steps) the block's leading axis holds in one call as
     *     initialised: B for a direct stem and the head, T·B inside the body
     */
    public static long layers(Block block, String path, long samples, List<LayerCost> out) {
        if (block instanceof Convolution || block instanceof Linear) {
            Shape[] in = block.getInputShapes();
            Shape output = block.getOutputShapes(in)[0];
            long perOutput = block instanceof Convolution conv
                    ? in[0].get(1) / conv.getGroups() * conv.getKernelShape().size()
                    : in[0].get(in[0].dimension() - 1);
            long macs = output.size() * perOutput / samples;
            // the leading axis holds the samples (and steps, and points): [C, H, W] or [N, C] per sample
            long perSampleRows = output.get(0) / samples;
            Shape perSample = perSampleRows == 1 ? output.slice(1) : new Shape(perSampleRows).addAll(output.slice(1));
            out.add(new LayerCost(path, perSample, macs, trainableParameters(block)));
            return macs;
        }
        long total = 0;
        for (Pair<String, Block> child : block.getChildren()) {
            Block b = child.getValue();
            String name = plainName(child.getKey());
            // wrappers (TimeDistributed's "inner", DJL's class-named children) add nothing readable
            boolean wrapper = name.equals("inner") || name.equals(b.getClass().getSimpleName());
            total += layers(b, wrapper ? path : path + "." + name, samples, out);
        }
        return total;
    }

    private static String plainName(String childKey) {
        return childKey.replaceFirst("^\\d\\d", "");
    }

    static long trainableParameters(Block block) {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient() && p.getValue().isInitialized()) {
                n += p.getValue().getArray().size();
            }
        }
        return n;
    }

    /** A table: one line per conv/linear layer, then the totals. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (LayerCost l : layers) {
            sb.append(String.format(Locale.ROOT, "%-28s %-18s %,15d MACs %,12d params%n",
                    l.name(), l.outputShape(), l.macs(), l.parameters()));
        }
        sb.append(String.format(Locale.ROOT, "parameters %,d; MACs per time step %,d (stem %,d%s, body %,d, head %,d); "
                        + "per sample over T=%d: %,d%n",
                parameters, macsPerTimestep(), stemMacs, encoding == InputEncoding.DIRECT ? " once per sample" : "",
                bodyMacsPerStep, headMacs, timesteps, macsPerSample()));
        return sb.toString();
    }
}
