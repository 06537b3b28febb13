/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.data.StaticDataOptions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images per second of the training transform (JPEG decode, random-resized crop, resize to 224,
 * flip, normalise) on generated 500x375 photo-like JPEGs (ImageNet's typical size), with 1 thread and
 * with all processors, through {@link SampleDataset#writeAll} as the batch loader calls it.
 * Run with {@code mvn test -Dtest=ImageDecodeBenchmark -Dsurefire.excludedGroups=fuzz}.
 */
@Tag("benchmark")
class ImageDecodeBenchmark {

    @TempDir
    Path tmp;

    @Test
    void decodeThroughput() {
        int images = 96;
        for (int i = 0; i < images; i++) {
            ImageFolderFixtures.write(tmp.resolve("data/train/" + (i % 4) + "/p" + i + ".jpg"), ImageFolderFixtures.photo(i, 500, 375), "jpg");
        }
        for (int i = 0; i < 4; i++) {
            ImageFolderFixtures.write(tmp.resolve("data/val/" + i + "/p.jpg"), ImageFolderFixtures.photo(i, 500, 375), "jpg");
        }
        long t0 = System.nanoTime();
        DatasetRequest base = new DatasetRequest(DatasetId.IMAGEFOLDER, tmp.resolve("data"), Map.of("SNN4J_CACHE", tmp.resolve("cache").toString()), Set.of(Augmentation.CROP, Augmentation.FLIP), 4, 0);
        Datasets.load(base);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "index: %d files checked in %.3f s (%.0f files/s)%n", images + 4, indexSeconds,
                (images + 4) / indexSeconds);
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, cores, 1, cores}) {
            DatasetSplits s = Datasets.load(base.withStatics(StaticDataOptions.DEFAULT.withDecodeThreads(threads)));
            SampleDataset train = s.train();
            int batch = 32;
            float[] dst = new float[batch * train.sampleSize()];
            int[] idx = new int[batch];
            SplittableRandom rng = new SplittableRandom(1);
            for (int warm = 0; warm < 3; warm++) {
                for (int k = 0; k < batch; k++) {
                    idx[k] = rng.nextInt(train.size());
                }
                train.writeAll(idx, dst, 0, rng);
            }
            int rounds = 8;
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < batch; k++) {
                    idx[k] = rng.nextInt(train.size());
                }
                train.writeAll(idx, dst, 0, rng);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "train transform, %d thread(s) of %d processors: %.1f images/s%n", threads, cores,
                    rounds * batch / seconds);
        }
        long d0 = System.nanoTime();
        for (int i = 0; i < 64; i++) {
            ImageFiles.decode(tmp.resolve("data/train/" + (i % 4) + "/p" + i + ".jpg"));
        }
        System.out.printf(Locale.ROOT, "JPEG decode only, 1 thread: %.1f images/s%n", 64 / ((System.nanoTime() - d0) / 1e9));
    }
}
