/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchLoaderTest {

    private static final Set<Augmentation> BOTH = EnumSet.of(Augmentation.CROP, Augmentation.FLIP);
    private static final Normalization NORM = Normalization.of(DatasetId.FASHION_MNIST);

    /** {@code n} random 1x6x6 images whose label is their index, so a label identifies a sample. */
    private static ImageDataset indexed(int n) {
        byte[] pixels = new byte[n * 36];
        new SplittableRandom(42).nextBytes(pixels);
        int[] labels = IntStream.range(0, n).toArray();
        List<String> names = IntStream.range(0, n).mapToObj(i -> "c" + i).collect(Collectors.toList());
        return new ImageDataset(pixels, 1, 6, 6, labels, names, "indexed");
    }

    private static List<HostBatch> drain(BatchLoader loader) {
        try (loader) {
            List<HostBatch> out = new ArrayList<>();
            while (loader.hasNext()) {
                out.add(loader.next());
            }
            return out;
        }
    }

    private static int[] labelOrder(List<HostBatch> batches) {
        return batches.stream().flatMapToInt(b -> IntStream.of(b.labels())).toArray();
    }

    @Test
    void shapesAndPartialLastBatch() {
        List<HostBatch> batches = drain(BatchLoader.training(indexed(103), 10, 1, 0, BOTH, NORM));
        assertEquals(11, batches.size());
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(new long[] {10, 1, 6, 6}, batches.get(i).shape());
            assertEquals(360, batches.get(i).data().length);
            assertEquals(10, batches.get(i).labels().length);
        }
        HostBatch last = batches.get(10);
        assertArrayEquals(new long[] {3, 1, 6, 6}, last.shape());
        assertEquals(3 * 36, last.data().length);
        assertEquals(11, BatchLoader.training(indexed(103), 10, 1, 0, BOTH, NORM).batchCount());
        assertEquals(10, BatchLoader.evaluation(indexed(100), 10, NORM).batchCount());
        assertEquals(1, BatchLoader.batchCount(5, 64));
    }

    @Test
    void everySampleExactlyOncePerEpochInShuffledOrder() {
        int[] order = labelOrder(drain(BatchLoader.training(indexed(1000), 64, 7, 3, BOTH, NORM)));
        assertEquals(1000, order.length);
        assertArrayEquals(IntStream.range(0, 1000).toArray(), IntStream.of(order).sorted().toArray());
        assertFalse(java.util.Arrays.equals(IntStream.range(0, 1000).toArray(), order), "training is shuffled");
    }

    @Test
    void trainingPixelsBelongToTheirLabelWithoutAugmentation() {
        ImageDataset ds = indexed(50);
        for (HostBatch b : drain(BatchLoader.training(ds, 8, 5, 0, Set.of(), NORM))) {
            for (int k = 0; k < b.size(); k++) {
                byte[] img = ds.image(b.labels()[k]);
                for (int p = 0; p < 36; p++) {
                    assertEquals(NORM.apply(0, img[p] & 0xFF), b.data()[k * 36 + p], 1e-6);
                }
            }
        }
    }

    @Test
    void evaluationIsInOrderAndNotAugmented() {
        ImageDataset ds = indexed(23);
        List<HostBatch> batches = drain(BatchLoader.evaluation(ds, 5, NORM));
        assertArrayEquals(IntStream.range(0, 23).toArray(), labelOrder(batches));
        HostBatch last = batches.get(4);
        assertArrayEquals(new long[] {3, 1, 6, 6}, last.shape());
        byte[] img = ds.image(22);
        for (int p = 0; p < 36; p++) {
            assertEquals(NORM.apply(0, img[p] & 0xFF), last.data()[2 * 36 + p], 1e-6);
        }
    }

    @Test
    void sameSeedAndEpochGiveIdenticalBatchesOtherwiseDifferent() {
        ImageDataset ds = indexed(300);
        List<HostBatch> a = drain(BatchLoader.training(ds, 32, 11, 2, BOTH, NORM));
        List<HostBatch> b = drain(BatchLoader.training(ds, 32, 11, 2, BOTH, NORM));
        assertEquals(a, b);
        List<HostBatch> nextEpoch = drain(BatchLoader.training(ds, 32, 11, 3, BOTH, NORM));
        assertFalse(java.util.Arrays.equals(labelOrder(a), labelOrder(nextEpoch)), "new epoch, new order");
        List<HostBatch> otherSeed = drain(BatchLoader.training(ds, 32, 12, 2, BOTH, NORM));
        assertFalse(java.util.Arrays.equals(labelOrder(a), labelOrder(otherSeed)), "new seed, new order");
        assertNotEquals(BatchProducer.epochSeed(0, 1), BatchProducer.epochSeed(1, 0));
    }

    @Test
    void backgroundThreadGivesTheSameBatchesAsASingleThread() {
        ImageDataset ds = indexed(500);
        List<HostBatch> threaded = drain(BatchLoader.training(ds, 64, 99, 4, BOTH, NORM));
        BatchProducer p = BatchProducer.training(new ImageSamples(ds, BOTH, NORM), 64, 99, 4);
        List<HostBatch> sequential = new ArrayList<>();
        while (p.hasNext()) {
            sequential.add(p.next());
        }
        assertEquals(sequential, threaded);
        assertThrows(NoSuchElementException.class, p::next);
    }

    @Test
    void producerRunsAtMostPrefetchAheadAndStopsOnClose() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        BatchLoader loader = new BatchLoader(() -> {
            produced.incrementAndGet();
            return new HostBatch(new float[1], new long[] {1, 1, 1, 1}, new int[1]);
        }, 1_000);
        assertNull(loader.producerThread(), "no thread before iteration starts");
        loader.next();
        Thread t = loader.producerThread();
        assertTrue(t.isDaemon());
        assertTrue(t.getName().startsWith("snn4j-batch-loader-"));
        // One taken, then the producer runs exactly PREFETCH batches ahead and waits.
        awaitThenHold(produced, 1 + BatchLoader.PREFETCH);
        assertTrue(t.isAlive(), "producer waits for the consumer");
        loader.next();
        awaitThenHold(produced, 2 + BatchLoader.PREFETCH);
        loader.close();
        assertFalse(t.isAlive(), "close() ends the producer thread");
        assertFalse(loader.hasNext());
        assertThrows(IllegalStateException.class, loader::next);
    }

    /** Waits until {@code counter} reaches {@code expected}, then checks it stays there a while. */
    private static void awaitThenHold(AtomicInteger counter, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (counter.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        Thread.sleep(100);
        assertEquals(expected, counter.get());
    }

    @Test
    void closeBeforeStartAndAfterEndAreHarmless() {
        BatchLoader unused = BatchLoader.evaluation(indexed(10), 4, NORM);
        assertEquals(3, unused.batchCount());
        unused.close();
        assertNull(unused.producerThread());
        BatchLoader done = BatchLoader.evaluation(indexed(10), 4, NORM);
        drain(done);
        assertThrows(IllegalStateException.class, done::next);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            while (done.producerThread().isAlive()) {
                Thread.sleep(5);
            }
        });
    }

    @Test
    void snn4jExceptionInProducerSurfacesInConsumer() {
        AtomicInteger calls = new AtomicInteger();
        BatchLoader loader = new BatchLoader(() -> {
            if (calls.incrementAndGet() == 3) {
                throw new Snn4jException("/data/x: corrupt sample 17");
            }
            return new HostBatch(new float[1], new long[] {1, 1, 1, 1}, new int[1]);
        }, 10);
        loader.next();
        loader.next();
        Snn4jException e = assertThrows(Snn4jException.class, loader::next);
        assertEquals("/data/x: corrupt sample 17", e.getMessage());
        assertInstanceOf(Snn4jException.class, e.getCause());
        assertFalse(loader.producerThread().isAlive());
        assertFalse(loader.hasNext());
    }

    @Test
    void otherProducerFailuresSurfaceWithTheirCause() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        try (BatchLoader loader = new BatchLoader(() -> {
            throw boom;
        }, 4)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, loader::next);
            assertSame(boom, e.getCause());
            assertTrue(e.getMessage().contains("boom"));
        }
    }

    @Test
    void badBatchSizeNamesTheFlag() {
        IdxTestFiles.expectError(() -> BatchLoader.training(indexed(3), 0, 1, 0, BOTH, NORM),
                "batch_size: expected a positive integer, found 0");
        IdxTestFiles.expectError(() -> BatchLoader.evaluation(indexed(3), -2, NORM), "batch_size", "found -2");
    }
}
