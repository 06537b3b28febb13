/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

/**
 * A per-channel affine map y -> scale[c] y + shift[c] of [..., C, inner] data: batch norm folded
 * into the input of a fused spiking layer ({@link SpikeKernel}). Element i of a time step (i in [0,
 * n), n a multiple of C inner) belongs to channel (i / inner) mod C. {@code origin} (the channel
 * means) is what the backward pass measures y from when it sums g (y - origin) per channel.
 */
record ChannelAffine(float[] scale, float[] shift, float[] origin, int inner) {

    int channels() {
        return scale.length;
    }

    /** The runs of one channel within [from, from + len): calls {@code run} with (offset, length, channel). */
    private void forEachRun(int from, int len, RunConsumer run) {
        int channels = channels();
        int i = 0;
        while (i < len) {
            int index = from + i;
            int length = Math.min(len - i, inner - index % inner);
            run.accept(i, length, (index / inner) % channels);
            i += length;
        }
    }

    private interface RunConsumer {
        void accept(int offset, int length, int channel);
    }

    /** Per-element scale and shift of the elements [from, from + len) of a time step. */
    void expand(int from, int len, float[] elementScale, float[] elementShift) {
        forEachRun(from, len, (offset, length, channel) -> {
            float a = scale[channel];
            float b = shift[channel];
            for (int k = offset; k < offset + length; k++) {
                elementScale[k] = a;
                elementShift[k] = b;
            }
        });
    }

    /**
     * Adds sum(g) and sum(g (y - origin)) of the elements [from, from + len) to {@code sums[0]} and
     * {@code sums[1]}, per channel (float within a run, four interleaved partial sums; double across
     * runs).
     */
    void accumulate(int from, int len, float[] g, float[] y, double[][] sums) {
        forEachRun(from, len, (offset, length, channel) -> {
            float o = origin[channel];
            float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
            float p0 = 0f, p1 = 0f, p2 = 0f, p3 = 0f;
            int i = offset;
            int end = offset + length;
            for (; i + 3 < end; i += 4) {
                s0 += g[i];
                s1 += g[i + 1];
                s2 += g[i + 2];
                s3 += g[i + 3];
                p0 += g[i] * (y[i] - o);
                p1 += g[i + 1] * (y[i + 1] - o);
                p2 += g[i + 2] * (y[i + 2] - o);
                p3 += g[i + 3] * (y[i + 3] - o);
            }
            for (; i < end; i++) {
                s0 += g[i];
                p0 += g[i] * (y[i] - o);
            }
            sums[0][channel] += (double) s0 + s1 + s2 + s3;
            sums[1][channel] += (double) p0 + p1 + p2 + p3;
        });
    }
}
