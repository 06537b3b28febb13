/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import ai.djl.ndarray.NDArray;

/**
 * Arithmetic with a constant that is safe under autograd.
 *
 * <p>DJL's {@code NDArray.mul(Number)} (and add, sub, div with a Number) wraps the constant in a
 * temporary array that it closes right after the operation. PyTorch's autograd keeps that array for
 * the backward pass (the gradient of x·c needs c), but its memory belongs to a direct ByteBuffer
 * that the garbage collector may then free: the backward pass reads freed memory and, now and then,
 * produces NaN (reproduced in {@code ScalarsTest}: half of all gradients wrong under GC pressure).
 * These helpers create the constant in the operand's manager instead, where it lives until the
 * step's arrays are closed, after the backward pass.
 */
public final class Scalars {

    private Scalars() {}

    /** A 0-d float array holding {@code value}, owned by {@code like}'s manager and device. */
    public static NDArray constant(NDArray like, float value) {
        return like.getManager().create(value);
    }

    public static NDArray mul(NDArray x, float value) {
        return x.mul(constant(x, value));
    }

    public static NDArray add(NDArray x, float value) {
        return x.add(constant(x, value));
    }

    public static NDArray sub(NDArray x, float value) {
        return x.sub(constant(x, value));
    }
}
