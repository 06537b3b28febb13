/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.FrameOptions;
import dev.snn4j.data.SampleDataset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Event-camera samples as frames [T, 2, H, W] (channel 0 OFF, 1 ON): counts from a frame cache
 * file, scaled as {@link FrameOptions} says and, for training, augmented ({@link FrameAugmenter}).
 *
 * <p>The counts stay memory-mapped; a sample is decoded through a 65,536-entry table (every possible
 * count's value), so {@link #write} is one table look-up per value.
 */
public final class EventFrameDataset implements SampleDataset {

    private final FrameStore store;
    private final int[] labels;
    private final int size;
    private final List<String> classNames;
    private final int frames;
    private final int height;
    private final int width;
    private final FrameOptions options;
    private final Set<Augmentation> augment;
    private final String source;
    private final float[] lut;
    private final FrameAugmenter augmenter;
    private final ThreadLocal<short[]> scratch;

    EventFrameDataset(FrameStore store, int[] labels, List<String> classNames, int frames, int height, int width,
            FrameOptions options, Set<Augmentation> augment, String source) {
        this(store, labels, labels.length, classNames, frames, height, width, options, augment, source, lut(options));
    }

    private EventFrameDataset(FrameStore store, int[] labels, int size, List<String> classNames, int frames, int height,
            int width, FrameOptions options, Set<Augmentation> augment, String source, float[] lut) {
        this.store = store;
        this.labels = labels;
        this.size = size;
        this.classNames = List.copyOf(classNames);
        this.frames = frames;
        this.height = height;
        this.width = width;
        this.options = options;
        this.augment = Set.copyOf(augment);
        this.source = source;
        this.lut = lut;
        this.augmenter = new FrameAugmenter(frames, height, width, this.augment);
        int values = frames * 2 * height * width;
        this.scratch = ThreadLocal.withInitial(() -> new short[values]);
    }

    /** value(c) = scale(c) / divisor for every count c the cache can hold. */
    private static float[] lut(FrameOptions options) {
        float[] lut = new float[FrameOptions.MAX_COUNT + 1];
        for (int c = 0; c < lut.length; c++) {
            lut[c] = options.scale().apply(c) / options.divisor();
        }
        return lut;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int label(int index) {
        return labels[Objects.checkIndex(index, size)];
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public long[] sampleShape() {
        return new long[] {frames, 2, height, width};
    }

    @Override
    public boolean temporal() {
        return true;
    }

    @Override
    public String source() {
        return source;
    }

    /** The frame settings the samples were made with. */
    public FrameOptions frameOptions() {
        return options;
    }

    /** The raw (clipped) counts of sample {@code index}, [T, 2, H, W], for previews and checks. */
    public int[] counts(int index) {
        short[] s = new short[store.sampleValues()];
        store.read(Objects.checkIndex(index, size), s);
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] & 0xFFFF;
        }
        return out;
    }

    @Override
    public void write(int index, float[] dst, int offset, RandomGenerator rng) {
        short[] counts = scratch.get();
        store.read(Objects.checkIndex(index, size), counts);
        FrameAugmenter.Params p = rng == null ? FrameAugmenter.Params.NONE : augmenter.draw(rng);
        augmenter.write(counts, lut, dst, offset, p);
    }

    @Override
    public EventFrameDataset limit(int n) {
        return new EventFrameDataset(store, labels, Math.max(0, Math.min(n, size)), classNames, frames, height, width,
                options, augment, source, lut);
    }
}
