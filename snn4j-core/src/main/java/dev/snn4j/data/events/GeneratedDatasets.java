/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.AtomicFiles;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.ImageDataset;
import dev.snn4j.data.LoadedDataset;
import dev.snn4j.data.MnistFormatDatasets;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The built-in event datasets, nfmnist and shapes-dvs: generated from a seed, written as ATIS .bin
 * files in N-MNIST's layout ({@code Train/<label>/<index>.bin}, {@code Test/...}) under
 * {@code $SNN4J_CACHE/generated/<name>-<hash>/}, and read back through the real reader like any
 * downloaded dataset.
 *
 * <p>The folder's name hashes the generation key (dataset, seed, sizes, camera model, simulation
 * settings and, for nfmnist, the SHA-256 of the Fashion-MNIST images used); the key is also stored in
 * the folder's {@value #MARKER}, written last. Generation happens in a temporary folder that is renamed
 * into place when complete, so a killed run never leaves a half-written dataset that a later run would
 * take for complete. Samples are independent (each has its own seed), so they are generated in
 * parallel with the same result on any number of cores.
 */
public final class GeneratedDatasets {

    /** Bump when the generators change what they produce. */
    static final int FORMAT = 1;
    static final String MARKER = "snn4j-generated.txt";
    private static final long SENSOR_STREAM = 0x5E45_0000L;
    /** Both generated datasets have ten classes (folders 0..9). */
    static final int CLASSES = 10;

    /** A generated dataset on disk. */
    public record Generated(Path dir, String key, String source, SensorSize sensor) {}

    private GeneratedDatasets() {}

    /** Generates {@code r.id()} unless the cache already holds it; returns its folder. */
    public static Generated ensure(DatasetRequest r) {
        long seed = r.events().dataSeed();
        return switch (r.id()) {
            case NFMNIST -> nfmnist(r, seed);
            case SHAPES_DVS -> shapes(r, seed);
            default -> throw new IllegalArgumentException(r.id().cliName() + " is not a generated dataset");
        };
    }

    private static Generated nfmnist(DatasetRequest r, long seed) {
        LoadedDataset fashion = MnistFormatDatasets.load(DatasetId.FASHION_MNIST, r.dataDir(), r.env());
        ImageDataset train = fashion.train().limit(r.events().generatedTrain());
        ImageDataset test = fashion.test().limit(r.events().generatedTest());
        if (train.channels() != 1 || train.height() != 28 || train.width() != 28) {
            throw Corrupt.message(fashion.source() + ": expected 28x28 grey Fashion-MNIST images for nfmnist, found "
                    + train.channels() + "x" + train.height() + "x" + train.width());
        }
        String key = "snn4j-generated/" + FORMAT + " dataset=nfmnist seed=" + seed + " train=" + train.size()
                + " test=" + test.size() + " sensor=" + SaccadeScene.SENSOR + " duration=" + SaccadeScene.DURATION_MICROS
                + " steps=" + SaccadeScene.STEPS + " camera=" + CameraModel.DEFAULT.key()
                + " images=" + imagesHash(train, test);
        String source = "generated nfmnist: " + train.size() + " train / " + test.size() + " test samples from "
                + fashion.source() + ", seed " + seed;
        EventCameraSimulator camera = new EventCameraSimulator(SaccadeScene.SENSOR, CameraModel.DEFAULT,
                PerClassSplit.mix(seed, SENSOR_STREAM));
        return ensure(r, "nfmnist", key, source, SaccadeScene.SENSOR, (training, i) -> {
            ImageDataset images = training ? train : test;
            SplittableRandom rng = sampleRng(seed, training, i);
            Events e = camera.record(new SaccadeScene(images.image(i), 28, rng), SaccadeScene.DURATION_MICROS,
                    SaccadeScene.STEPS, rng);
            return new Sample(images.label(i), e);
        }, train.size(), test.size());
    }

    private static Generated shapes(DatasetRequest r, long seed) {
        int nTrain = r.events().generatedTrain();
        int nTest = r.events().generatedTest();
        String key = "snn4j-generated/" + FORMAT + " dataset=shapes-dvs seed=" + seed + " train=" + nTrain + " test=" + nTest
                + " sensor=" + ShapesScene.SENSOR + " duration=" + ShapesScene.DURATION_MICROS + " steps="
                + ShapesScene.STEPS + " camera=" + CameraModel.DEFAULT.key();
        String source = "generated shapes-dvs: " + nTrain + " train / " + nTest + " test samples, seed " + seed;
        EventCameraSimulator camera = new EventCameraSimulator(ShapesScene.SENSOR, CameraModel.DEFAULT,
                PerClassSplit.mix(seed, SENSOR_STREAM));
        int classes = ShapesDvsClass.values().length;
        return ensure(r, "shapes-dvs", key, source, ShapesScene.SENSOR, (training, i) -> {
            SplittableRandom rng = sampleRng(seed, training, i);
            ShapesDvsClass kind = ShapesDvsClass.values()[i % classes];
            Events e = camera.record(new ShapesScene(kind, rng), ShapesScene.DURATION_MICROS, ShapesScene.STEPS, rng);
            return new Sample(kind.ordinal(), e);
        }, nTrain, nTest);
    }

    /** One generated sample. */
    private record Sample(int label, Events events) {}

    @FunctionalInterface
    private interface Generator {
        Sample sample(boolean training, int index);
    }

    private static SplittableRandom sampleRng(long seed, boolean training, int index) {
        return new SplittableRandom(PerClassSplit.mix(seed, (training ? 0L : 1L << 40) + index));
    }

    private static Generated ensure(DatasetRequest r, String name, String key, String source, SensorSize sensor,
            Generator generator, int nTrain, int nTest) {
        Path root = CacheDirs.generated(r.env());
        Path dir = root.resolve(name + "-" + Sha256.of(key).substring(0, 16));
        if (!matches(dir, key)) {
            generate(root, dir, key, generator, nTrain, nTest);
        }
        return new Generated(dir, key, source, sensor);
    }

    private static boolean matches(Path dir, String key) {
        try {
            Path marker = dir.resolve(MARKER);
            return Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(key);
        } catch (IOException e) {
            return false;
        }
    }

    private static void generate(Path root, Path dir, String key, Generator generator, int nTrain, int nTest) {
        Path temp = root.resolve("." + dir.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(temp);
            writeSplit(temp.resolve("Train"), true, nTrain, generator);
            writeSplit(temp.resolve("Test"), false, nTest, generator);
            AtomicFiles.writeString(temp.resolve(MARKER), key + "\n");
            if (Files.exists(dir)) {
                deleteTree(dir); // incomplete or stale under this name: replace it
            }
            try {
                AtomicFiles.moveAtomically(temp, dir);
            } catch (IOException e) {
                if (!matches(dir, key)) { // another process finishing first is fine; anything else is not
                    throw e;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw Corrupt.file(dir.toString(), "cannot write the generated dataset", e);
        } finally {
            deleteTree(temp);
        }
    }

    private static void writeSplit(Path split, boolean training, int n, Generator generator) throws IOException {
        for (int label = 0; label < CLASSES; label++) {
            Files.createDirectories(split.resolve(Integer.toString(label)));
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            Sample s = generator.sample(training, i);
            Path file = split.resolve(Integer.toString(s.label())).resolve(String.format(Locale.ROOT, "%05d.bin", i));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                AtisBinWriter.write(s.events(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String imagesHash(ImageDataset train, ImageDataset test) {
        Sha256 h = new Sha256();
        for (ImageDataset d : new ImageDataset[] {train, test}) {
            for (int i = 0; i < d.size(); i++) {
                byte[] img = d.image(i);
                h.add(img, 0, img.length).add(Integer.toString(d.label(i)));
            }
            h.add("|");
        }
        return h.hex();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a stray temporary folder is harmless and named as such
        }
    }
}
