/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.inference;

import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.util.NDImageUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import dev.snn4j.Scalars;
import dev.snn4j.Snn4jException;
import dev.snn4j.data.Normalization;
import dev.snn4j.data.points.PointClouds;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.run.SavedModel;
import java.util.Arrays;
import java.util.List;

/**
 * DJL translators that turn inputs into what a saved spiking model was trained on and its logits
 * into class probabilities (softmax over the logits of the firing rates):
 *
 * <pre>{@code
 * try (SavedModel saved = SavedModel.load(runDir, "cpu");
 *         Predictor<Image, Classifications> predictor = saved.model().newPredictor(Translators.images(saved))) {
 *     Classifications c = predictor.predict(ImageFactory.getInstance().fromFile(path));
 * }
 * }</pre>
 */
public final class Translators {

    private Translators() {}

    /**
     * Images: resized to the model's H x W if needed, grey or colour as its channels, pixels to
     * [0, 1], then the model's recorded normalisation (mean and std per channel), if any.
     */
    public static Translator<Image, Classifications> images(SavedModel saved) {
        ModelSpec spec = saved.spec();
        long[] s = spec.sampleShape();
        if (spec.encoding() != InputEncoding.DIRECT || s.length != 3) {
            throw new Snn4jException("images: expected a model of static images [C, H, W], found " + spec.describe());
        }
        return new ImageTranslator((int) s[0], (int) s[1], (int) s[2], saved.normalization(), names(saved));
    }

    /** Event frames [T, C, H, W] (row-major floats, as the model's training frames were integrated and scaled). */
    public static Translator<float[], Classifications> eventFrames(SavedModel saved) {
        ModelSpec spec = saved.spec();
        if (spec.encoding() != InputEncoding.TEMPORAL) {
            throw new Snn4jException("event frames: expected a model of temporal input [T, ...], found " + spec.describe());
        }
        long[] shape = new long[spec.sampleShape().length + 1];
        shape[0] = spec.timesteps();
        System.arraycopy(spec.sampleShape(), 0, shape, 1, shape.length - 1);
        return new ArrayTranslator(shape, new TimeFirstBatchifier(), names(saved), false);
    }

    /** Point clouds of N points (x, y, z), centred and scaled to the unit sphere as in training. */
    public static Translator<float[], Classifications> pointClouds(SavedModel saved) {
        ModelSpec spec = saved.spec();
        long[] s = spec.sampleShape();
        if (spec.encoding() != InputEncoding.DIRECT || s.length != 2 || s[1] != 3) {
            throw new Snn4jException("point clouds: expected a model of points [N, 3], found " + spec.describe());
        }
        return new ArrayTranslator(s, Batchifier.STACK, names(saved), true);
    }

    private static List<String> names(SavedModel saved) {
        if (saved.classNames().size() != saved.spec().numClasses()) {
            throw new Snn4jException(saved.dir() + ": expected the names of " + saved.spec().numClasses()
                    + " classes in the saved model, found " + saved.classNames().size());
        }
        return saved.classNames();
    }

    private static Classifications classify(List<String> classNames, NDList logits) {
        return new Classifications(classNames, logits.singletonOrThrow().softmax(-1));
    }

    private record ImageTranslator(int channels, int height, int width, Normalization normalization, List<String> classNames)
            implements Translator<Image, Classifications> {

        @Override
        public NDList processInput(TranslatorContext ctx, Image input) {
            NDManager manager = ctx.getNDManager();
            NDArray hwc = input.toNDArray(manager, channels == 1 ? Image.Flag.GRAYSCALE : Image.Flag.COLOR);
            if (hwc.getShape().get(0) != height || hwc.getShape().get(1) != width) {
                hwc = NDImageUtils.resize(hwc, width, height);
            }
            NDArray chw = Scalars.mul(hwc.transpose(2, 0, 1).toType(DataType.FLOAT32, false), 1f / 255);
            if (normalization != null) {
                NDArray mean = manager.create(normalization.mean(), new Shape(channels, 1, 1));
                NDArray std = manager.create(normalization.std(), new Shape(channels, 1, 1));
                chw = chw.sub(mean).div(std);
            }
            return new NDList(chw);
        }

        @Override
        public Classifications processOutput(TranslatorContext ctx, NDList list) {
            return classify(classNames, list);
        }

        @Override
        public Batchifier getBatchifier() {
            return Batchifier.STACK;
        }
    }

    private record ArrayTranslator(long[] shape, Batchifier batchifier, List<String> classNames, boolean points)
            implements Translator<float[], Classifications> {

        @Override
        public NDList processInput(TranslatorContext ctx, float[] input) {
            long expected = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            if (input.length != expected) {
                throw new Snn4jException("input: expected " + expected + " floats, a sample of " + Arrays.toString(shape)
                        + ", found " + input.length);
            }
            float[] values = input;
            if (points) {
                values = input.clone();
                PointClouds.normalize(values, 0, (int) shape[0]);
            }
            return new NDList(ctx.getNDManager().create(values, new Shape(shape)));
        }

        @Override
        public Classifications processOutput(TranslatorContext ctx, NDList list) {
            return classify(classNames, list);
        }

        @Override
        public Batchifier getBatchifier() {
            return batchifier;
        }
    }
}
