/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.CliEnum;
import dev.snn4j.layer.InputEncoding;
import java.util.Locale;
import java.util.function.Function;

/** The architectures snn4j can build, each in the stem / body / head form. */
public enum ModelPreset implements CliEnum {
    /** Three conv layers for 28×28 grayscale images (Fashion-MNIST, MNIST). */
    CNN3("28x28 grayscale", new long[] {1, 28, 28}, 10, InputEncoding.DIRECT, Cnn3::build),
    /** VGG-11 with max pooling, for CIFAR-10. */
    VGG11("32x32 RGB (CIFAR-10)", new long[] {3, 32, 32}, 10, InputEncoding.DIRECT, Vgg::vgg11),
    /** CIFAR ResNet-18: 3×3 stem, no max pool, 2-2-2-2 blocks. */
    RESNET18("32x32 RGB (CIFAR-10)", new long[] {3, 32, 32}, 10, InputEncoding.DIRECT, ResNets::resnet18),
    /** ResNet-19 of tdBN and TET: 128-256-512 channels, 3-3-2 blocks, FC-256. */
    RESNET19("32x32 RGB (CIFAR-10)", new long[] {3, 32, 32}, 10, InputEncoding.DIRECT, ResNets::resnet19),
    /** ImageNet ResNet-34: 7×7/2 stem and max pool, 3-4-6-3 blocks. */
    RESNET34("224x224 RGB (ImageNet)", new long[] {3, 224, 224}, 1000, InputEncoding.DIRECT, ResNets::resnet34),
    /** SEW ResNet-18 (ADD), ImageNet layout. */
    SEW_RESNET18("224x224 RGB (ImageNet)", new long[] {3, 224, 224}, 1000, InputEncoding.DIRECT, ResNets::sewResnet18),
    /** SEW ResNet-34 (ADD), ImageNet layout. */
    SEW_RESNET34("224x224 RGB (ImageNet)", new long[] {3, 224, 224}, 1000, InputEncoding.DIRECT, ResNets::sewResnet34),
    /** Spiking PointNet for point clouds [N, 3] (ModelNet40). */
    POINTNET("1024 points x 3 (ModelNet40)", new long[] {1024, 3}, 40, InputEncoding.DIRECT, PointNet::build),
    /** A small CNN for 34×34 to 48×48 event frames with 2 polarities. */
    DVS_CNN("event frames 2x34x34 (N-MNIST)", new long[] {2, 34, 34}, 10, InputEncoding.TEMPORAL, DvsCnn::build),
    /** TET's VGGSNN for 48×48 event frames (CIFAR10-DVS). */
    VGGSNN("event frames 2x48x48 (CIFAR10-DVS)", new long[] {2, 48, 48}, 10, InputEncoding.TEMPORAL, Vgg::vggSnn);

    private final String intendedInput;
    private final long[] sampleShape;
    private final int classes;
    private final InputEncoding encoding;
    private final Function<ModelSpec, SpikingModel> factory;

    ModelPreset(String intendedInput, long[] sampleShape, int classes, InputEncoding encoding,
            Function<ModelSpec, SpikingModel> factory) {
        this.intendedInput = intendedInput;
        this.sampleShape = sampleShape;
        this.classes = classes;
        this.encoding = encoding;
        this.factory = factory;
    }

    /**
     * The sample shape the architecture was designed for, without batch and time: [C, H, W] for
     * images and event frames, [N, 3] for points (benchmarks use it).
     */
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /** The class count of the dataset the architecture was designed for. */
    public int classes() {
        return classes;
    }

    /** How the intended data meets time: static samples (direct encoding) or event frames (temporal). */
    public InputEncoding encoding() {
        return encoding;
    }

    @Override
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The input the architecture was designed for (it may accept others). */
    public String intendedInput() {
        return intendedInput;
    }

    /**
     * Builds an uninitialised model; call {@code initialize} with {@code spec.inputShape(B)}.
     *
     * @throws dev.snn4j.Snn4jException if the spec's sample shape does not suit the architecture
     */
    public static SpikingModel build(ModelSpec spec) {
        ModelPreset preset = spec.preset().orElseThrow(() -> new dev.snn4j.Snn4jException(
                "architecture: expected a preset (" + dev.snn4j.CliEnum.names(ModelPreset.class) + "), found '"
                        + spec.architecture() + "'; build other architectures with Models.build"));
        return preset.factory.apply(spec);
    }

    /** The preset called {@code name} ({@code cnn3}, {@code sew-resnet18}), if there is one. */
    public static java.util.Optional<ModelPreset> find(String name) {
        for (ModelPreset p : values()) {
            if (p.cliName().equals(name)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    public static ModelPreset parse(String text) {
        return CliEnum.parse(ModelPreset.class, "model", text);
    }
}
