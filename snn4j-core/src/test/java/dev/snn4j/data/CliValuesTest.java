/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.data.IdxTestFiles.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.CliEnum;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small enums and records that stand for command-line values. */
class CliValuesTest {

    @Test
    void datasetIdParsesCliNamesAndRejectsOthers() {
        assertEquals(DatasetId.FASHION_MNIST, DatasetId.parse("fashion-mnist"));
        assertEquals(DatasetId.MNIST, DatasetId.parse(" MNIST "));
        assertEquals("fashion-mnist", DatasetId.FASHION_MNIST.cliName());
        String m = expectError(() -> DatasetId.parse("xyz"));
        assertEquals("dataset: expected one of fashion-mnist, mnist, cifar10-dvs, dvs-gesture, n-mnist, n-caltech101,"
                + " nfmnist, shapes-dvs, cifar10, cifar100, imagefolder, modelnet10, modelnet40, shapes3d, found 'xyz'", m);
        expectError(() -> DatasetId.parse(null), "dataset", "found ''");
        expectError(() -> DatasetId.parse("a\nb"), "dataset");
    }

    @Test
    void enumsUseTheSharedCliNaming() {
        assertEquals(DatasetId.MNIST, CliEnum.parse(DatasetId.class, "dataset", "mnist"));
        assertEquals("fashion-mnist, mnist, cifar10-dvs, dvs-gesture, n-mnist, n-caltech101, nfmnist, shapes-dvs, cifar10,"
                + " cifar100, imagefolder, modelnet10, modelnet40, shapes3d", CliEnum.names(DatasetId.class));
        assertEquals("crop, flip, translate, time_reverse, cutout, rotate, scale, jitter, roll, shear", CliEnum.names(Augmentation.class));
        assertEquals("number, time", CliEnum.names(FrameSplit.class));
        assertEquals("count, log1p, binary", CliEnum.names(FrameScale.class));
        assertEquals(DatasetId.validNames(), CliEnum.names(DatasetId.class));
    }

    @Test
    void datasetIdFacts() {
        assertFalse(DatasetId.FASHION_MNIST.isTemporal());
        assertFalse(DatasetId.MNIST.isTemporal());
        for (DatasetId id : List.of(DatasetId.CIFAR10_DVS, DatasetId.DVS_GESTURE, DatasetId.N_MNIST, DatasetId.N_CALTECH101,
                DatasetId.NFMNIST, DatasetId.SHAPES_DVS)) {
            assertTrue(id.isTemporal(), id.cliName());
        }
        assertEquals(10, DatasetId.CIFAR10_DVS.numClasses());
        assertEquals(11, DatasetId.DVS_GESTURE.numClasses());
        assertEquals(101, DatasetId.N_CALTECH101.numClasses());
        assertEquals(100, DatasetId.CIFAR100.numClasses());
        assertEquals(40, DatasetId.MODELNET40.numClasses());
        assertEquals(10, DatasetId.MODELNET10.numClasses());
        assertEquals(10, DatasetId.SHAPES3D.numClasses());
        assertEquals(0, DatasetId.IMAGEFOLDER.numClasses(), "image folders name their classes");
        for (DatasetId id : List.of(DatasetId.CIFAR100, DatasetId.MODELNET40, DatasetId.MODELNET10)) {
            assertEquals(id.classNames().stream().sorted().toList(), id.classNames(), id.cliName() + " in file order");
            assertEquals(id.numClasses(), Set.copyOf(id.classNames()).size());
        }
        assertTrue(DatasetId.MODELNET40.classNames().containsAll(DatasetId.MODELNET10.classNames()));
        for (DatasetId id : DatasetId.values()) {
            assertEquals(id.isTemporal(), id.kind() == DatasetId.Kind.EVENTS);
            assertEquals(id.isPointCloud(), id.cliName().startsWith("modelnet") || id == DatasetId.SHAPES3D, id.cliName());
        }
        assertEquals(DatasetId.FASHION_MNIST.classNames(), DatasetId.NFMNIST.classNames());
        assertEquals(DatasetId.N_CALTECH101.classNames().stream().sorted().toList(), DatasetId.N_CALTECH101.classNames(),
                "N-Caltech101 classes in folder-name order");
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                "Sneaker", "Bag", "Ankle boot"), DatasetId.FASHION_MNIST.classNames());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), DatasetId.MNIST.classNames());
        assertThrows(UnsupportedOperationException.class, () -> DatasetId.MNIST.classNames().add("x"));
    }

    @Test
    void augmentationParse() {
        assertEquals(EnumSet.of(Augmentation.CROP, Augmentation.FLIP), Augmentation.parse("crop,flip"));
        assertEquals(EnumSet.of(Augmentation.CROP, Augmentation.FLIP), Augmentation.parse(" Flip , crop "));
        assertEquals(Set.of(Augmentation.CROP), Augmentation.parse("crop"));
        assertEquals(Set.of(Augmentation.FLIP), Augmentation.parse("flip"));
        assertEquals(Set.of(), Augmentation.parse("none"));
        assertEquals(EnumSet.of(Augmentation.TRANSLATE, Augmentation.TIME_REVERSE), Augmentation.parse("translate,time_reverse"));
        assertThrows(UnsupportedOperationException.class, () -> Augmentation.parse("crop").add(Augmentation.FLIP));
        assertEquals(EnumSet.of(Augmentation.ROTATE, Augmentation.SCALE, Augmentation.JITTER, Augmentation.CUTOUT),
                Augmentation.parse("rotate,scale,jitter,cutout"));
        for (String bad : new String[] {"spin", "", "crop,", "none,crop", "crop;flip"}) {
            String m = expectError(() -> Augmentation.parse(bad), "augment", "crop", "flip", "none");
            assertEquals("augment: expected a comma-separated list of crop, flip, translate, time_reverse, cutout, rotate,"
                    + " scale, jitter, roll, shear, nda (event frames: flip,cutout,rotate,roll,shear), or none, or auto, found '" + bad + "'", m);
        }
    }

    @Test
    void normalizationConstants() {
        Normalization f = Normalization.of(DatasetId.FASHION_MNIST);
        assertArrayEquals(new float[] {0.2860f}, f.mean());
        assertArrayEquals(new float[] {0.3530f}, f.std());
        Normalization m = Normalization.of(DatasetId.MNIST);
        assertArrayEquals(new float[] {0.1307f}, m.mean());
        assertArrayEquals(new float[] {0.3081f}, m.std());
        assertEquals((0f - 0.2860f) / 0.3530f, f.apply(0, 0), 1e-6);
        assertEquals((1f - 0.2860f) / 0.3530f, f.apply(0, 255), 1e-6);
        assertEquals((128 / 255f - 0.1307f) / 0.3081f, m.apply(0, 128), 1e-6);
        assertEquals(f, Normalization.of(DatasetId.FASHION_MNIST));
    }

    @Test
    void pixelNormalizationNoneLeavesPixelsInTheUnitRange() {
        assertEquals("auto, dataset, none", CliEnum.names(PixelNormalization.class));
        assertEquals(PixelNormalization.NONE, PixelNormalization.AUTO.resolve(DatasetId.FASHION_MNIST));
        assertEquals(PixelNormalization.NONE, PixelNormalization.AUTO.resolve(DatasetId.MNIST));
        assertEquals(PixelNormalization.DATASET, PixelNormalization.AUTO.resolve(DatasetId.CIFAR10));
        assertEquals(PixelNormalization.DATASET, PixelNormalization.AUTO.resolve(DatasetId.IMAGEFOLDER));
        assertEquals(Normalization.of(DatasetId.CIFAR10), PixelNormalization.DATASET.of(DatasetId.CIFAR10, 3));
        Normalization none = PixelNormalization.NONE.of(DatasetId.FASHION_MNIST, 1);
        assertEquals(0f, none.apply(0, 0));
        assertEquals(1f, none.apply(0, 255));
        assertEquals(128 / 255f, none.apply(0, 128), 1e-7);
        assertEquals(3, PixelNormalization.NONE.of(DatasetId.CIFAR10, 3).channels());
    }

    @Test
    void normalizationIsImmutableAndValidated() {
        float[] mean = {0.5f};
        Normalization n = new Normalization(mean, new float[] {0.25f});
        mean[0] = 9f;
        n.mean()[0] = 7f;
        assertEquals(0.5f, n.mean(0));
        assertThrows(IllegalArgumentException.class, () -> new Normalization(new float[] {0f}, new float[] {0f}));
        assertThrows(IllegalArgumentException.class,
                () -> new Normalization(new float[] {0f, 0f}, new float[] {1f}));
        assertEquals(1f, Normalization.identity(1).apply(0, 255), 0f);
    }
}
