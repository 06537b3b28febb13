/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import dev.snn4j.Snn4jException;
import dev.snn4j.neuron.FusedGradientCollector;
import java.util.Random;

/**
 * A check that libtorch's CPU convolution gradients repeat exactly, run once per process before
 * the first training step on the CPU.
 *
 * <p>libtorch 2.7.1 (oneDNN 3.7.1) computes convolution gradients with oneDNN's AVX-512 kernels
 * where the processor has them, and those return different, wrong gradients from one call to the
 * next for small maps (seen on a 2-core AMD EPYC with AVX-512: a 3×3 convolution of [18, 8, 2, 2]
 * gave another gradient in 99 of 99 repeats on 2 threads, and NaN for some inputs on one thread;
 * with oneDNN held to AVX2, every repeat was equal). A model with such a layer would train on
 * noise without a word. The environment variable {@code DNNL_MAX_CPU_ISA=AVX2}, read by oneDNN
 * when the JVM starts, avoids it; the {@code snn4j} launcher and the build's tests set it. This
 * check runs the same convolution's backward pass a few times and refuses to train when two runs
 * differ.
 */
final class NativeGradientCheck {

    /** Repeats of the backward pass; each differed in the failing case, so a few suffice. */
    private static final int REPEATS = 4;

    private static volatile boolean passed;

    private NativeGradientCheck() {}

    /**
     * Runs the check once per process on the CPU (other devices do not use oneDNN).
     *
     * @throws Snn4jException when the gradients of two identical backward passes differ
     */
    static void requireReproducibleConvolutions(Device device) {
        if (passed || !Device.Type.CPU.equals(device.getDeviceType())) {
            return;
        }
        synchronized (NativeGradientCheck.class) {
            if (!passed) {
                double difference = largestDifference();
                if (!(difference <= 1e-5)) {
                    throw new Snn4jException(message(difference, System.getenv("DNNL_MAX_CPU_ISA")));
                }
                passed = true;
            }
        }
    }

    /** The message for a difference found with {@code isa} (the variable's value, or null) set. */
    static String message(double difference, String isa) {
        return "libtorch: expected convolution gradients that repeat exactly, found two runs of the same backward pass"
                + " differing by " + String.format("%.3g", difference) + " (relative), so training would follow wrong"
                + " gradients; oneDNN's AVX-512 kernels do this on some processors. Start the JVM with the environment"
                + " variable DNNL_MAX_CPU_ISA=AVX2" + (isa == null ? "" : " (now " + isa + ")")
                + ", as the snn4j launcher does";
    }

    /** The largest difference, relative to the gradients' largest magnitude, between repeats of one backward pass. */
    private static double largestDifference() {
        Random random = new Random(17); // its own generator: the engine's seeded one is the user's
        float[] input = gaussians(random, 18 * 8 * 2 * 2);
        float[] weight = gaussians(random, 8 * 8 * 3 * 3);
        float[] upstream = gaussians(random, 18 * 8 * 2 * 2);
        float[][] first = null;
        double largest = 0;
        double scale = 0;
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            for (int r = 0; r < REPEATS; r++) {
                float[][] g = gradients(manager, input, weight, upstream);
                if (first == null) {
                    first = g;
                    for (float[] part : g) {
                        for (float v : part) {
                            scale = Math.max(scale, Math.abs(v));
                        }
                    }
                    continue;
                }
                for (int p = 0; p < g.length; p++) {
                    for (int i = 0; i < g[p].length; i++) {
                        double d = Math.abs(g[p][i] - first[p][i]);
                        largest = Double.isNaN(d) ? Double.NaN : Math.max(largest, d);
                    }
                }
            }
        }
        return largest / Math.max(scale, 1e-30);
    }

    /** The input's and the weight's gradient of sum(conv(x, w) * upstream), 3×3, padding 1. */
    private static float[][] gradients(NDManager parent, float[] input, float[] weight, float[] upstream) {
        try (NDManager m = parent.newSubManager()) {
            NDArray x = m.create(input, new Shape(18, 8, 2, 2));
            NDArray w = m.create(weight, new Shape(8, 8, 3, 3));
            NDArray g = m.create(upstream, new Shape(18, 8, 2, 2));
            x.setRequiresGradient(true);
            w.setRequiresGradient(true);
            try (FusedGradientCollector collector = FusedGradientCollector.open()) {
                NDArray y = Conv2d.conv2d(x, w, null, new Shape(1, 1), new Shape(1, 1), new Shape(1, 1), 1)
                        .singletonOrThrow();
                collector.backward(y.mul(g).sum());
            }
            return new float[][] {x.getGradient().toFloatArray(), w.getGradient().toFloatArray()};
        }
    }

    private static float[] gaussians(Random random, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) random.nextGaussian();
        }
        return out;
    }
}
