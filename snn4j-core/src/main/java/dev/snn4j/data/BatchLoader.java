/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Iterates over one epoch of {@link HostBatch}es, prepared ahead on a background thread.
 *
 * <p>Decoding, augmenting and normalising a batch takes a fraction of a millisecond but would
 * still sit on the training loop's critical path; one daemon thread prepares batches while the
 * model trains, at most {@link #PREFETCH} ahead so memory stays bounded. There is exactly one
 * producer and it is sequential, so the batches are identical to a single-threaded run.
 *
 * <p>An exception on the producer is re-thrown by {@link #next()} (as a {@link Snn4jException}
 * with the same message if it was one). Always {@link #close()} the loader, e.g. with
 * try-with-resources: it stops the thread promptly even when the consumer stops early.
 * The thread starts on the first {@link #hasNext()} or {@link #next()}, so a loader built only
 * to ask {@link #batchCount()} costs nothing. Not thread-safe: one consumer thread.
 */
public final class BatchLoader implements Iterator<HostBatch>, AutoCloseable {

    /**
     * Most batches built but not yet taken by the consumer: one waiting in the queue and one the
     * producer holds until there is room for it.
     */
    public static final int PREFETCH = 2;
    private static final long JOIN_MILLIS = 5_000;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Produces the epoch's batches in order; called from the background thread only. */
    interface Source {
        HostBatch next();
    }

    /** What the producer puts in the queue instead of a batch when it fails. */
    private record Failure(Throwable error) {
    }

    private final Source source;
    private final int batchCount;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(PREFETCH - 1);
    private volatile boolean stopping;
    private Thread thread;
    private int delivered;
    private boolean closed;

    BatchLoader(Source source, int batchCount) {
        this.source = Objects.requireNonNull(source, "source");
        this.batchCount = batchCount;
    }

    /**
     * An epoch for training: samples in a random order drawn from a generator seeded by
     * ({@code seed}, {@code epoch}), each augmented with randomness from the same generator,
     * then normalised. Same arguments, same batches. The last batch holds the remaining
     * {@code size % batchSize} samples when that is not 0.
     *
     * @throws Snn4jException naming {@code --batch-size} when it is not positive
     */
    public static BatchLoader training(SampleDataset ds, int batchSize, long seed, int epoch) {
        BatchProducer p = BatchProducer.training(ds, batchSize, seed, epoch);
        return new BatchLoader(p, p.batchCount());
    }

    /** An epoch for evaluation: samples in order, normalised, never augmented. */
    public static BatchLoader evaluation(SampleDataset ds, int batchSize) {
        BatchProducer p = BatchProducer.evaluation(ds, batchSize);
        return new BatchLoader(p, p.batchCount());
    }

    /** {@link #training(SampleDataset, int, long, int)} for images with these augmentations. */
    public static BatchLoader training(ImageDataset ds, int batchSize, long seed, int epoch,
            Set<Augmentation> aug, Normalization norm) {
        return training(new ImageSamples(ds, aug, norm), batchSize, seed, epoch);
    }

    /** {@link #evaluation(SampleDataset, int)} for images. */
    public static BatchLoader evaluation(ImageDataset ds, int batchSize, Normalization norm) {
        return evaluation(new ImageSamples(ds, Set.of(), norm), batchSize);
    }

    /** Number of batches in the epoch, counting a last partial one. */
    public int batchCount() {
        return batchCount;
    }

    /** Number of batches {@code size} samples make at {@code batchSize}, counting a partial one. */
    public static int batchCount(int size, int batchSize) {
        if (batchSize < 1) {
            throw Problems.error("batch_size: expected a positive integer, found " + batchSize);
        }
        return BatchProducer.batchCount(size, batchSize);
    }

    @Override
    public boolean hasNext() {
        if (closed || delivered >= batchCount) {
            return false;
        }
        start();
        return true;
    }

    @Override
    public HostBatch next() {
        if (closed) {
            throw new IllegalStateException("BatchLoader is closed");
        }
        if (delivered >= batchCount) {
            throw new NoSuchElementException("epoch has only " + batchCount + " batches");
        }
        start();
        Object item = take();
        if (item instanceof Failure f) {
            close();
            throw rethrow(f.error());
        }
        delivered++;
        return (HostBatch) item;
    }

    private Object take() {
        try {
            while (true) {
                Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (!thread.isAlive() && queue.isEmpty()) {
                    close();
                    throw new IllegalStateException("batch producer thread ended without producing batch "
                            + (delivered + 1) + " of " + batchCount);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for a batch", e);
        }
    }

    private static RuntimeException rethrow(Throwable error) {
        if (error instanceof Snn4jException e) {
            return new Snn4jException(e.getMessage(), e);
        }
        return new IllegalStateException("batch preparation failed: " + Problems.describe(error), error);
    }

    private void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::produce, "snn4j-batch-loader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    private void produce() {
        try {
            for (int b = 0; b < batchCount && !stopping; b++) {
                queue.put(source.next());
            }
        } catch (InterruptedException e) {
            // close() asked us to stop.
        } catch (Throwable t) {
            if (!stopping) {
                try {
                    queue.put(new Failure(t));
                } catch (InterruptedException ignored) {
                    // close() asked us to stop; nobody is waiting for the error any more.
                }
            }
        }
    }

    /** Stops the background thread (waiting briefly for it to end) and drops pending batches. */
    @Override
    public void close() {
        closed = true;
        stopping = true;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            queue.clear();
            try {
                t.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        queue.clear();
    }

    /** The background thread, or null before it started; for tests. */
    Thread producerThread() {
        return thread;
    }
}
