/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.Normalization;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.metrics.AccuracyCounter;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.FusedGradientCollector;
import dev.snn4j.neuron.SpikingNeuron;
import dev.snn4j.trt.Losses;
import java.util.function.IntConsumer;

/**
 * White-box L∞ attacks on the plain inference path (batch norm in evaluation mode), with gradients
 * through the spiking layers' surrogate gradients. Epsilon and step size are in pixel units
 * (images in [0, 1]); perturbed images stay valid images.
 *
 * @param method FGSM or PGD
 * @param epsilon the L∞ radius in pixel units, e.g. 8/255
 * @param steps PGD iterations (FGSM: 1)
 * @param stepSize PGD step in pixel units
 * @param seed PGD's random start
 */
public record AdversarialAttack(AttackMethod method, double epsilon, int steps, double stepSize, int seed) {

    /** Clean and attacked accuracy on the same samples. */
    public record Result(double cleanAccuracy, double attackedAccuracy, long samples) {}

    public AdversarialAttack {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new Snn4jException("epsilon: expected a number in [0, 1] (pixel units), found " + epsilon);
        }
        if (method == AttackMethod.PGD && (steps < 1 || !(stepSize > 0))) {
            throw new Snn4jException("steps and `step_size`: expected steps >= 1 and step size > 0 for pgd, found "
                    + steps + " and " + stepSize);
        }
    }

    /**
     * A radius or step in pixel units written as a number or a fraction, e.g. {@code 8/255}, as SNN
     * papers state attack budgets.
     *
     * @throws NumberFormatException when the text is neither
     * @throws ArithmeticException when the fraction's denominator is 0
     */
    public static double parsePixels(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            return Double.parseDouble(t);
        }
        double denominator = Double.parseDouble(t.substring(slash + 1));
        if (denominator == 0) {
            throw new ArithmeticException("a zero denominator in '" + text + "'");
        }
        return Double.parseDouble(t.substring(0, slash)) / denominator;
    }

    public Result run(SpikingModel net, ParameterStore ps, NDManager manager, SampleDataset data, int batchSize, IntConsumer onStep) {
        Normalization norm = data.normalization();
        if (norm == null || data.temporal()) {
            throw new Snn4jException("attack: expected a static image dataset with pixel values, found " + data.source());
        }
        Engine.getInstance().setRandomSeed(seed);
        AccuracyCounter clean = new AccuracyCounter();
        AccuracyCounter attacked = new AccuracyCounter();
        BatchLoop.run(manager, data, batchSize, onStep, (x, y, batch) -> {
            clean.add(net.forward(ps, new NDList(x), false).singletonOrThrow(), y);
            NDArray adversarial = perturb(net, ps, x, y, channelwise(x.getManager(), norm, x.getShape()));
            attacked.add(net.forward(ps, new NDList(adversarial), false).singletonOrThrow(), y);
        });
        return new Result(clean.accuracy(), attacked.accuracy(), clean.total());
    }

    /** 1/σ, and the normalised images of pixel values 0 and 1, per channel, shaped [1, C, 1, ...]. */
    private record Bounds(NDArray inverseStd, NDArray low, NDArray high) {}

    private static Bounds channelwise(NDManager m, Normalization norm, Shape input) {
        int channels = norm.channels();
        float[] inv = new float[channels];
        float[] low = new float[channels];
        float[] high = new float[channels];
        for (int c = 0; c < channels; c++) {
            inv[c] = 1f / norm.std(c);
            low[c] = -norm.mean(c) / norm.std(c);
            high[c] = (1f - norm.mean(c)) / norm.std(c);
        }
        long[] shape = new long[input.dimension()];
        java.util.Arrays.fill(shape, 1);
        shape[1] = channels;
        Shape s = new Shape(shape);
        return new Bounds(m.create(inv, s), m.create(low, s), m.create(high, s));
    }

    private NDArray perturb(SpikingModel net, ParameterStore ps, NDArray x, NDArray y, Bounds b) {
        NDArray eps = b.inverseStd().mul(x.getManager().create((float) epsilon));
        NDArray lower = x.sub(eps).maximum(b.low());
        NDArray upper = x.add(eps).minimum(b.high());
        if (method == AttackMethod.FGSM) {
            return x.add(eps.mul(gradientSign(net, ps, x, y))).maximum(lower).minimum(upper);
        }
        NDArray alpha = b.inverseStd().mul(x.getManager().create((float) stepSize));
        NDArray noise = x.getManager().randomUniform(-1f, 1f, x.getShape()).mul(eps);
        NDArray current = x.add(noise).maximum(lower).minimum(upper);
        for (int i = 0; i < steps; i++) {
            current = current.add(alpha.mul(gradientSign(net, ps, current, y))).maximum(lower).minimum(upper);
        }
        return current;
    }

    /** sign(∂CE/∂x) through the surrogate gradients, model in evaluation mode. */
    private static NDArray gradientSign(SpikingModel net, ParameterStore ps, NDArray x, NDArray y) {
        NDArray leaf = x.stopGradient().duplicate();
        leaf.setRequiresGradient(true);
        PairList<String, Object> params = new PairList<>();
        params.add(SpikingNeuron.SURROGATE_IN_EVAL, true);
        try (FusedGradientCollector collector = FusedGradientCollector.open()) {
            NDArray logits = net.forward(ps, new NDList(leaf), false, params).singletonOrThrow();
            collector.backward(Losses.crossEntropy(logits, y));
        }
        return leaf.getGradient().sign();
    }
}
