/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import static dev.snn4j.data.OneLineErrors.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.BatchLoader;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.HostBatch;
import dev.snn4j.data.Normalization;
import dev.snn4j.data.StaticDataOptions;
import dev.snn4j.data.events.CacheDirs;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image folders: layout, exact pixels, torchvision's crops, bad files at index time, parallel decoding. */
class ImageFolderDatasetsTest {

    @TempDir
    Path tmp;

    static final String[] CLASSES = {"zebra", "ant", "Moth"};

    DatasetRequest request(Path data, int size, Set<Augmentation> augment) {
        return new DatasetRequest(DatasetId.IMAGEFOLDER, data, Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString()), augment, 4, 0)
                .withStatics(StaticDataOptions.DEFAULT.withImageSize(size));
    }

    @Test
    void classesAreSortedFoldersAndEvaluationIsResizeThenCentreCrop() {
        Path root = ImageFolderFixtures.folder(tmp.resolve("f"), CLASSES, 2, 32, 32);
        // size 28: shorter side resized to round(256 * 28 / 224) = 32, i.e. not at all, then the centre 28x28
        DatasetSplits s = Datasets.load(request(root, 28, Set.of()));
        assertEquals(List.of("Moth", "ant", "zebra"), s.train().classNames());
        assertEquals(6, s.train().size());
        assertEquals(6, s.test().size());
        assertArrayEquals(new long[] {3, 28, 28}, s.train().sampleShape());
        assertEquals(List.of(0, 1, 2, 0, 1, 2), List.of(s.train().label(0), s.train().label(1), s.train().label(2),
                s.train().label(3), s.train().label(4), s.train().label(5)), "round-robin over classes");
        assertEquals(Normalization.IMAGENET, s.train().normalization());
        ImageFolderSamples test = (ImageFolderSamples) s.test();
        assertTrue(test.file(4).toString().endsWith("val/ant/v_001.png"), test.file(4).toString());
        float[] v = new float[3 * 28 * 28];
        test.write(4, v, 0, null);
        int seed = 100 + 1 + 1000; // class "ant" was folder 1 in CLASSES
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int rgb = ImageFolderFixtures.rgb(seed, x + 2, y + 2);
                for (int c = 0; c < 3; c++) {
                    int level = (rgb >> (16 - 8 * c)) & 0xFF;
                    assertEquals(Normalization.IMAGENET.apply(c, level), v[(c * 28 + y) * 28 + x], "pixel " + x + "," + y);
                }
            }
        }
        assertEquals("28", s.details().get("image_size"));
        assertEquals("width 32/32/32, height 32/32/32 (min/median/max)", s.facts().get("image_sizes_train"));
        assertEquals(Set.of(Augmentation.CROP, Augmentation.FLIP), Augmentation.resolve("auto", DatasetId.IMAGEFOLDER));
    }

    @Test
    void greyPngAndAPngNamedJpegAndRealJpegsDecode() throws Exception {
        Path root = ImageFolderFixtures.folder(tmp.resolve("f"), new String[] {"a", "b"}, 1, 32, 32);
        BufferedImage grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                grey.getRaster().setSample(x, y, 0, (x * 8) & 0xFF);
            }
        }
        ImageFolderFixtures.write(root.resolve("train/a/zz_grey.png"), grey, "png");
        ImageFolderFixtures.write(root.resolve("train/b/png_in_disguise.JPEG"), ImageFolderFixtures.picture(5, 32, 32), "png");
        ImageFolderFixtures.write(root.resolve("train/b/zz_photo.jpg"), ImageFolderFixtures.picture(6, 40, 32), "jpg");
        DatasetSplits s = Datasets.load(request(root, 28, Set.of()));
        assertEquals(5, s.train().size());
        float[] v = new float[3 * 28 * 28];
        ImageFolderSamples train = (ImageFolderSamples) s.train();
        int greyIndex = -1;
        for (int i = 0; i < train.size(); i++) {
            if (train.file(i).getFileName().toString().equals("zz_grey.png")) {
                greyIndex = i;
            }
        }
        train.write(greyIndex, v, 0, null);
        for (int c = 0; c < 3; c++) {
            assertEquals(Normalization.IMAGENET.apply(c, (5 * 8) & 0xFF), v[(c * 28 + 10) * 28 + 3], "grey levels as they are");
        }
        for (int i = 0; i < train.size(); i++) {
            train.write(i, v, 0, null); // every one decodes
        }
    }

    @Test
    void badFilesAreFoundWhenIndexedAndCanBeSkipped() throws Exception {
        Path root = ImageFolderFixtures.folder(tmp.resolve("f"), new String[] {"a", "b"}, 2, 32, 32);
        Path photo = ImageFolderFixtures.write(tmp.resolve("photo.jpg"), ImageFolderFixtures.photo(1, 120, 90), "jpg");
        byte[] jpeg = Files.readAllBytes(photo);
        Path truncated = root.resolve("train/a/truncated.jpg");
        Files.write(truncated, Arrays.copyOf(jpeg, jpeg.length / 2));
        String m = expectError(() -> Datasets.load(request(root, 28, Set.of())), truncated.toString(),
                "expected the JPEG end-of-image marker FF D9 at the end", "truncated");
        Files.delete(truncated);
        Path text = root.resolve("train/b/notes.jpg");
        Files.writeString(text, "not an image");
        expectError(() -> Datasets.load(request(root, 28, Set.of())), text + ": expected a JPEG or PNG image, found bytes no javax.imageio");
        Path empty = root.resolve("val/a/empty.png");
        Files.write(empty, new byte[0]);
        Path header = root.resolve("val/b/header.jpg");
        Files.write(header, Arrays.copyOf(jpeg, 40));
        Path png = root.resolve("val/b/cut.png");
        byte[] pngBytes = Files.readAllBytes(root.resolve("val/b/v_000.png"));
        Files.write(png, Arrays.copyOf(pngBytes, pngBytes.length - 20));
        Files.write(truncated, Arrays.copyOf(jpeg, jpeg.length - 100));
        DatasetSplits s = Datasets.load(request(root, 28, Set.of()).withStatics(
                StaticDataOptions.DEFAULT.withImageSize(28).withSkipBadFiles(true)));
        assertEquals(4, s.train().size());
        assertEquals(4, s.test().size());
        assertEquals("5", s.details().get("skipped_bad_files"));
        assertEquals(5, s.warnings().size());
        String all = String.join("\n", s.warnings());
        for (Path p : List.of(truncated, text, empty, header, png)) {
            assertTrue(all.contains("skipped " + p + ": "), p + " in " + all);
        }
        assertTrue(all.contains(empty + ": expected a JPEG or PNG image, found an empty file"), all);
        assertTrue(all.contains(png + ": byte "), all);
        assertFalse(m.contains("\n"));
        // val must have the train classes
        Files.createDirectories(root.resolve("val/c"));
        expectError(() -> Datasets.load(request(root, 28, Set.of())), root.resolve("val") + ": expected the same class folders",
                "extra c");
        expectError(() -> Datasets.load(request(tmp.resolve("none"), 28, Set.of())), "data " + tmp.resolve("none"));
        expectError(() -> Datasets.load(request(root, 28, Set.of(Augmentation.JITTER))), "augment jitter: expected crop, flip, cutout");
    }

    @Test
    void checksAreCachedUntilAFileChanges() throws Exception {
        Path root = ImageFolderFixtures.folder(tmp.resolve("f"), new String[] {"a", "b"}, 2, 32, 32);
        Path bad = root.resolve("train/a/bad.png");
        Files.writeString(bad, "no png");
        DatasetRequest skip = request(root, 28, Set.of()).withStatics(StaticDataOptions.DEFAULT.withImageSize(28).withSkipBadFiles(true));
        DatasetSplits first = Datasets.load(skip);
        assertTrue(first.facts().get("index_cache").contains("files checked now: 5 of 5 train, 4 of 4 val"), first.facts().toString());
        DatasetSplits second = Datasets.load(skip);
        assertTrue(second.facts().get("index_cache").contains("files checked now: 0 of 5 train, 0 of 4 val"), second.facts().toString());
        assertEquals(first.warnings(), second.warnings(), "a cached bad file is still reported");
        expectError(() -> Datasets.load(request(root, 28, Set.of())), bad + ": expected a JPEG or PNG image");
        // a changed file is checked again
        Path good = root.resolve("val/b/v_001.png");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(good, Arrays.copyOf(bytes, bytes.length - 30));
        Files.setLastModifiedTime(good, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        DatasetSplits third = Datasets.load(skip);
        assertTrue(third.facts().get("index_cache").contains("0 of 5 train, 1 of 4 val"), third.facts().toString());
        assertEquals(2, third.warnings().size());
        assertTrue(third.warnings().get(1).contains(good + ": byte"), third.warnings().toString());
    }

    @Test
    void torchvisionCropParameters() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int k = 0; k < 2000; k++) {
            int w = 50 + rng.nextInt(500);
            int h = 50 + rng.nextInt(500);
            CropBox b = CropBox.randomResized(w, h, rng);
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= w && b.y() + b.height() <= h, b.toString());
            assertTrue(b.width() >= 1 && b.height() >= 1);
            double area = b.width() * b.height() / ((double) w * h);
            assertTrue(area <= 1.0 + 1e-9, b.toString());
        }
        // a 1000x10 strip: no random try fits, so the central crop with the ratio clamped to 4/3
        CropBox strip = CropBox.randomResized(1000, 10, new SplittableRandom(1));
        assertEquals(new CropBox(493, 0, 13, 10, false), strip);
        // 500x375 at 224: resize to 341x256, centre crop at left round(58.5) = 58 (half to even), top 16
        CropBox e = CropBox.evaluation(500, 375, 224);
        assertEquals(58 * 500.0 / 341, e.x(), 1e-9);
        assertEquals(16 * 375.0 / 256, e.y(), 1e-9);
        assertEquals(224 * 500.0 / 341, e.width(), 1e-9);
        assertEquals(224 * 375.0 / 256, e.height(), 1e-9);
        assertEquals(256, CropBox.resizeFor(224));
        assertEquals(146, CropBox.resizeFor(128));
    }

    @Test
    void resamplingIsAntialiased() {
        // a 1-pixel checkerboard shrunk 4x is mid-grey everywhere, not black and white
        int w = 64;
        byte[] rgb = new byte[w * w * 3];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                byte v = (byte) (((x + y) & 1) == 0 ? 255 : 0);
                Arrays.fill(rgb, 3 * (y * w + x), 3 * (y * w + x) + 3, v);
            }
        }
        float[][] identity = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                identity[c][v] = v;
            }
        }
        float[] out = new float[3 * 16 * 16];
        Resampler.resample(rgb, w, w, new CropBox(0, 0, w, w, false), 16, identity, out, 0);
        for (float v : out) {
            assertEquals(127.5, v, 3);
        }
        // identity size: pixels unchanged; mirrored: columns reversed
        byte[] ramp = new byte[8 * 8 * 3];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i * 5);
        }
        float[] same = new float[3 * 64];
        float[] mirror = new float[3 * 64];
        Resampler.resample(ramp, 8, 8, new CropBox(0, 0, 8, 8, false), 8, identity, same, 0);
        Resampler.resample(ramp, 8, 8, new CropBox(0, 0, 8, 8, true), 8, identity, mirror, 0);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    assertEquals(ramp[3 * (y * 8 + x) + c] & 0xFF, same[(c * 8 + y) * 8 + x]);
                    assertEquals(ramp[3 * (y * 8 + x) + c] & 0xFF, mirror[(c * 8 + y) * 8 + 7 - x]);
                }
            }
        }
    }

    @Test
    void parallelDecodingGivesTheSameBatchesAsOneThread() {
        Path root = tmp.resolve("f");
        for (int i = 0; i < 12; i++) {
            ImageFolderFixtures.write(root.resolve("train/" + (i % 3) + "/p" + i + ".jpg"),
                    ImageFolderFixtures.photo(i, 60 + 7 * i, 50 + 3 * i), "jpg");
            ImageFolderFixtures.write(root.resolve("val/" + (i % 3) + "/p" + i + ".png"),
                    ImageFolderFixtures.photo(i + 50, 40, 48), "png");
        }
        Set<Augmentation> all = EnumSet.of(Augmentation.CROP, Augmentation.FLIP, Augmentation.CUTOUT);
        DatasetRequest one = request(root, 32, all).withStatics(StaticDataOptions.DEFAULT.withImageSize(32).withDecodeThreads(1));
        DatasetRequest four = request(root, 32, all).withStatics(StaticDataOptions.DEFAULT.withImageSize(32).withDecodeThreads(4));
        DatasetSplits a = Datasets.load(one);
        DatasetSplits b = Datasets.load(four);
        assertEquals(4, ((ImageFolderSamples) b.train()).threads());
        try (BatchLoader x = BatchLoader.training(a.train(), 5, 9, 2); BatchLoader y = BatchLoader.training(b.train(), 5, 9, 2)) {
            while (x.hasNext()) {
                HostBatch hx = x.next();
                assertArrayEquals(new long[] {hx.size(), 3, 32, 32}, hx.shape());
                assertEquals(hx, y.next());
            }
        }
        // and the same as writing sample by sample with one generator
        int[] idx = {3, 0, 11, 7};
        int n = 3 * 32 * 32;
        float[] batch = new float[4 * n];
        b.train().writeAll(idx, batch, 0, new SplittableRandom(5));
        float[] single = new float[4 * n];
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 4; k++) {
            a.train().write(idx[k], single, k * n, r);
        }
        assertArrayEquals(single, batch);
        try (BatchLoader x = BatchLoader.evaluation(a.test(), 5); BatchLoader y = BatchLoader.evaluation(b.test(), 5)) {
            assertEquals(x.next(), y.next());
        }
        // a file damaged after indexing is named when decoded, also from the pool
        ImageFolderSamples t = (ImageFolderSamples) b.train();
        try {
            Files.write(t.file(2), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        expectError(() -> t.writeAll(new int[] {0, 1, 2, 3}, new float[4 * n], 0, new SplittableRandom(1)), t.file(2).toString());
    }
}
