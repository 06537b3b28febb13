/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Pool2d} computes, sizes and saves exactly as DJL's pooling blocks it replaces in the presets. */
class Pool2dTest {

    @ParameterizedTest(name = "{0} k{1} s{2} p{3} ceil {4} on {5}x{6}")
    @CsvSource({
        "MAX, 3, 2, 1, false, 16, 16", "MAX, 3, 2, 1, false, 15, 9", "MAX, 2, 2, 0, true, 7, 5", "MAX, 3, 2, 1, true, 8, 7",
        "AVG, 2, 2, 0, false, 12, 12", "AVG, 2, 2, 0, false, 7, 6", "AVG, 3, 2, 1, true, 9, 10", "AVG, 3, 1, 1, false, 5, 5"})
    void equalsDjlsPool(Pool2d.Kind kind, long k, long s, long p, boolean ceil, long h, long w) throws IOException {
        Pool2d pool = Pool2d.builder().setKind(kind).setKernel(k).optStride(s).optPadding(p).optCeilMode(ceil).build();
        Shape kernel = new Shape(k, k);
        Shape stride = new Shape(s, s);
        Shape padding = new Shape(p, p);
        Block djl = kind == Pool2d.Kind.MAX ? Pool.maxPool2dBlock(kernel, stride, padding, ceil)
                : Pool.avgPool2dBlock(kernel, stride, padding, ceil, true);
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(2, 3, h, w);
            float[] values = new float[(int) in.size()];
            Random r = new Random(h * 31 + w);
            for (int i = 0; i < values.length; i++) {
                values[i] = r.nextInt(2); // spikes: 0 and 1
            }
            NDArray x = m.create(values, in);
            pool.initialize(m, DataType.FLOAT32, in);
            djl.initialize(m, DataType.FLOAT32, in);
            NDArray ours = pool.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            NDArray theirs = djl.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
            assertEquals(theirs.getShape(), ours.getShape());
            assertArrayEquals(theirs.toFloatArray(), ours.toFloatArray(), 0f);
            assertEquals(theirs.getShape().get(2), pool.outputSize(0, h), "height as PyTorch counts it");
            assertEquals(theirs.getShape().get(3), pool.outputSize(1, w), "width as PyTorch counts it");
            assertArrayEquals(saved(djl), saved(pool), "the same saved form: old run folders load");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "no kernel; 0; 1; 0; Pool2d: setKind and setKernel are required",
        "kernel 0; 0; 1; 0; Pool2d: expected kernel >= 1, stride >= 1 and 0 <= padding <= kernel/2, found kernel [0, 0], stride [1, 1], padding [0, 0]",
        "stride 0; 2; 0; 0; Pool2d: expected kernel >= 1, stride >= 1 and 0 <= padding <= kernel/2, found kernel [2, 2], stride [0, 0], padding [0, 0]",
        "padding over half; 3; 1; 2; Pool2d: expected kernel >= 1, stride >= 1 and 0 <= padding <= kernel/2, found kernel [3, 3], stride [1, 1], padding [2, 2]"})
    void badSizesAreRefused(String what, long k, long s, long p, String message) {
        Pool2d.Builder b = Pool2d.builder().setKind(Pool2d.Kind.MAX).optStride(s).optPadding(p);
        if (!what.equals("no kernel")) {
            b.setKernel(k);
        }
        assertEquals(message, assertThrows(IllegalArgumentException.class, b::build).getMessage());
    }

    private static byte[] saved(Block block) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        }
        return bytes.toByteArray();
    }
}
