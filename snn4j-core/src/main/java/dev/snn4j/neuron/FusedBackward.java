/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass of a step whose spiking layers ran the fused {@link SpikeKernel}.
 *
 * <p>DJL has no custom-backward API, so an operation computed outside autograd (a fused spiking
 * layer) cuts the graph: its output is a new leaf array, its input keeps its graph, and the
 * operation is recorded here with a function from the output's gradient to the input's. {@link
 * #backward} runs autograd from the loss to the leaves; then, for each recorded operation from the
 * last one, computes its input's gradient and continues autograd from the input with it. An output
 * is used only by operations created after it, so its gradient is complete when its turn comes.
 * Graphs are kept until the step's arrays are closed, so a subgraph shared by several recorded
 * inputs (residual connections) is traversed once for each; the gradients add up, as the chain
 * rule wants.
 *
 * <p>Open one per training step, on the thread that runs it, around the forward pass and the
 * backward pass; while none is open, spiking layers use the plain autograd formulation, so other
 * code (tests, a user's own loop) gets correct gradients either way.
 */
public final class FusedBackward implements AutoCloseable {

    private static final ThreadLocal<FusedBackward> ACTIVE = new ThreadLocal<>();

    private final List<Segment> segments = new ArrayList<>();
    private boolean finished;

    private FusedBackward() {}

    /** Starts recording operations computed outside autograd on this thread. */
    public static FusedBackward open() {
        if (ACTIVE.get() != null) {
            throw new IllegalStateException("a FusedBackward is already open on this thread");
        }
        FusedBackward scope = new FusedBackward();
        ACTIVE.set(scope);
        return scope;
    }

    /** The scope open on this thread and not yet finished, or {@code null}. */
    public static FusedBackward active() {
        FusedBackward scope = ACTIVE.get();
        return scope == null || scope.finished ? null : scope;
    }

    /** The gradient of a recorded operation's input, given its output's gradient. */
    @FunctionalInterface
    public interface InputGradient {
        /** @return dL/d(input), an array of the input's shape */
        NDArray apply(NDArray outputGradient);
    }

    private record Segment(NDArray input, NDArray output, InputGradient gradient) {}

    /**
     * Records an operation computed outside autograd: {@code output} becomes a leaf that collects
     * its gradient, and {@link #backward} continues from {@code input} with {@code gradient}'s
     * result. The caller keeps whatever {@code gradient} needs alive (usually just the input).
     *
     * @return {@code output}
     */
    public NDArray record(NDArray input, NDArray output, InputGradient gradient) {
        if (finished) {
            throw new IllegalStateException("the backward pass of this step has already run");
        }
        output.setRequiresGradient(true);
        segments.add(new Segment(input, output, gradient));
        return output;
    }

    /** The shapes of the outputs recorded so far, in order: what ran fused in this step. */
    public List<Shape> recordedOutputShapes() {
        return segments.stream().map(s -> s.output().getShape()).toList();
    }

    /** The inputs of the operations recorded so far, in order (diagnostics and tests). */
    public List<NDArray> recordedInputs() {
        return segments.stream().map(Segment::input).toList();
    }

    /**
     * Gradients of {@code loss} (a scalar) into every parameter and every leaf that requires them;
     * call inside the step's {@code GradientCollector}, once.
     */
    public void backward(NDArray loss) {
        if (finished) {
            throw new IllegalStateException("backward was already run for this step");
        }
        finished = true;
        try (NDArray ones = loss.onesLike()) {
            JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, !segments.isEmpty(), false);
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            backwardFrom(s.input(), s.gradient().apply(s.output().getGradient()));
        }
    }

    /**
     * Adds {@code gradient} to the gradient of {@code parameter} (a leaf, e.g. a batch norm's gamma
     * used by a fused layer), and through autograd to whatever it was computed from. A parameter
     * that does not require a gradient (frozen) is left alone.
     */
    public static void addGradient(NDArray parameter, NDArray gradient) {
        backwardFrom(parameter, gradient);
    }

    /**
     * Continues autograd from {@code current} with its gradient. DJL cannot ask whether a non-leaf
     * array requires a gradient, so PyTorch's refusal is how a constant current (a layer fed
     * straight from data) shows itself: nothing upstream of it learns.
     */
    private static void backwardFrom(NDArray current, NDArray grad) {
        try {
            JniUtils.backward((PtNDArray) current, (PtNDArray) grad, true, false);
        } catch (EngineException e) {
            if (e.getMessage() == null || !e.getMessage().contains("does not require grad")) {
                throw e;
            }
        }
    }

    /**
     * The memory of a float32 CPU array, not a copy (a non-contiguous array is first copied into a
     * contiguous one, owned by its manager).
     */
    public static FloatBuffer floats(NDArray array) {
        return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void close() {
        segments.clear();
        if (ACTIVE.get() == this) {
            ACTIVE.remove();
        }
    }
}
