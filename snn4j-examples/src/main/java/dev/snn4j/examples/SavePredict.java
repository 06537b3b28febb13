/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.translate.TranslateException;
import dev.snn4j.data.ArraySamples;
import dev.snn4j.inference.Translators;
import dev.snn4j.run.SavedModel;
import dev.snn4j.train.SnnTraining;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Train a custom model briefly, save it, load it back and classify images with a DJL Predictor. */
public final class SavePredict {

    private SavePredict() {}

    /** Trains on {@code samples} stripe images, saves into {@code dir} and returns the predictions for {@code images}. */
    public static List<Classifications> run(Path dir, int samples, List<Image> images) throws TranslateException {
        try (Model model = Model.newInstance("stripes")) {
            model.setBlock(CustomCnnTrt.network());
            SnnTraining.builder().setModel(model).setData(Stripes.make(samples, 1), Stripes.make(30, 2)).optEpochs(1)
                    .build().fit();
            SavedModel.save(model, dir, Stripes.CLASSES, null);
        }
        // the architecture is ours, so we hand snn4j the block; snn4j restores its parameters
        try (SavedModel saved = SavedModel.load(dir, "cpu", spec -> CustomCnnTrt.network());
                Predictor<Image, Classifications> predictor = saved.model().newPredictor(Translators.images(saved))) {
            return predictor.batchPredict(images);
        }
    }

    /** A stripes sample as an 8-bit grey image, as a camera or a file would give it. */
    public static Image image(ArraySamples data, int index) {
        float[] pixels = new float[Stripes.SIZE * Stripes.SIZE];
        data.write(index, pixels, 0, null);
        BufferedImage grey = new BufferedImage(Stripes.SIZE, Stripes.SIZE, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < Stripes.SIZE; y++) {
            for (int x = 0; x < Stripes.SIZE; x++) {
                int v = Math.round(255 * pixels[y * Stripes.SIZE + x]);
                grey.getRaster().setSample(x, y, 0, v);
            }
        }
        return ImageFactory.getInstance().fromImage(grey);
    }

    public static void main(String[] args) throws TranslateException {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/example-saved-stripes");
        ArraySamples test = Stripes.make(6, 3);
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            images.add(image(test, i));
        }
        List<Classifications> predictions = run(dir, 600, images);
        for (int i = 0; i < predictions.size(); i++) {
            System.out.printf("image %d (%s): %s%n", i, Stripes.CLASSES.get(test.label(i)), predictions.get(i).best());
        }
    }
}
