package dev.snn4j.model;

import dev.snn4j.CliEnum;
import java.util.Locale;
import java.util.function.Function;

/** The architectures snn4j can build, each in the stem / body / head form. */
public enum ModelPreset implements CliEnum {
    /** Three conv layers for 28×28 grayscale images (Fashion-MNIST, MNIST). */
    CNN3("28x28 grayscale", new long[] {1, 28, 28}, 10, Cnn3::build);

    private final String intendedInput;
    private final long[] sampleShape;
    private final int classes;
    private final Function<ModelSpec, SpikingModel> factory;

    ModelPreset(String intendedInput, long[] sampleShape, int classes, Function<ModelSpec, SpikingModel> factory) {
        this.intendedInput = intendedInput;
        this.sampleShape = sampleShape;
        this.classes = classes;
        this.factory = factory;
    }

    /** The sample shape the architecture was designed for, [C, H, W] (benchmarks use it). */
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /** The class count of the dataset the architecture was designed for. */
    public int classes() {
        return classes;
    }

    @Override
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The input the architecture was designed for (it may accept others). */
    public String intendedInput() {
        return intendedInput;
    }

    /** Builds an uninitialised model; call {@code initialize} with {@code spec.inputShape(B)}. */
    public static SpikingModel build(ModelSpec spec) {
        return spec.preset().factory.apply(spec);
    }

    public static ModelPreset parse(String text) {
        return CliEnum.parse(ModelPreset.class, "--model", text);
    }
}
