/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron.kernel;

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
 * rule wants. {@link #backward} may be called more than once (several losses of one forward pass):
 * each call carries only the gradient it added.
 *
 * <p>One scope is open per process at most, as DJL allows one {@code GradientCollector}: open it
 * around the forward and backward passes of a training step (snn4j's {@code FusedGradientCollector}
 * does, and is the way to use it). While none is open, spiking layers use the plain autograd
 * formulation, so any other code (a plain {@code GradientCollector}, DJL's {@code EasyTrain}) gets
 * correct gradients, only more slowly.
 */
public final class FusedBackward implements AutoCloseable {

    private static final java.util.concurrent.atomic.AtomicReference<FusedBackward> ACTIVE =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final List<Segment> segments = new ArrayList<>();
    /** How many segments earlier backward passes consumed (their outputs' gradients are spent). */
    private int consumed;
    private boolean closed;

    private FusedBackward() {}

    /**
     * Starts recording operations computed outside autograd.
     *
     * @throws IllegalStateException when one is already open (as DJL allows one gradient collector)
     */
    public static FusedBackward open() {
        FusedBackward scope = new FusedBackward();
        if (!ACTIVE.compareAndSet(null, scope)) {
            throw new IllegalStateException("a FusedBackward is already open; close it first (one training step at a time, "
                    + "as DJL allows one GradientCollector)");
        }
        return scope;
    }

    /**
     * Turns libtorch's autograd off in this thread (it is on in a new thread; DJL turns it off only
     * in the thread that loaded the engine), so that parameter updates outside a gradient collector
     * are plain in-place arithmetic. Collectors turn it on while they are open.
     */
    public static void autogradOffInThisThread() {
        if (ai.djl.engine.Engine.getInstance() instanceof ai.djl.pytorch.engine.PtEngine) {
            JniUtils.setGradMode(false);
        }
    }

    /** The open scope, or {@code null}. */
    public static FusedBackward active() {
        FusedBackward scope = ACTIVE.get();
        return scope == null || scope.closed ? null : scope;
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
    public synchronized NDArray record(NDArray input, NDArray output, InputGradient gradient) {
        if (closed) {
            throw new IllegalStateException("this FusedBackward is closed");
        }
        output.setRequiresGradient(true);
        segments.add(new Segment(input, output, gradient));
        return output;
    }

    /** The shapes of the outputs recorded so far, in order: what ran fused in this step. */
    public synchronized List<Shape> recordedOutputShapes() {
        return segments.stream().map(s -> s.output().getShape()).toList();
    }

    /** The inputs of the operations recorded so far, in order (diagnostics and tests). */
    public synchronized List<NDArray> recordedInputs() {
        return segments.stream().map(Segment::input).toList();
    }

    /**
     * Gradients of {@code loss} (a scalar) into every parameter and every leaf that requires them.
     * Call it where the step's {@code GradientCollector} is open; it may be called again for another
     * loss of the same forward pass (each call adds its loss's gradients, as autograd does).
     */
    public synchronized void backward(NDArray loss) {
        if (closed) {
            throw new IllegalStateException("this FusedBackward is closed");
        }
        // the outputs' gradients of an earlier call were carried on already: start them from zero
        for (int i = 0; i < consumed; i++) {
            JniUtils.zeroGrad((PtNDArray) segments.get(i).output());
        }
        try (NDArray ones = loss.onesLike()) {
            JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, !segments.isEmpty(), false);
        }
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (s.output().hasGradient()) {
                backwardFrom(s.input(), s.gradient().apply(s.output().getGradient()));
            }
        }
        consumed = segments.size();
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

    /**
     * Ends the scope. If a loss's gradient reached the recorded outputs but {@link #backward} never
     * ran (a plain {@code GradientCollector.backward} was called while this scope was open), every
     * parameter before the fused layers got no gradient: that is refused loudly here, before an
     * optimiser can apply the wrong gradients.
     *
     * @throws IllegalStateException on that misuse
     */
    @Override
    public synchronized void close() {
        long reached = consumed == 0 ? segments.stream().filter(s -> gradientArrived(s.output())).count() : 0;
        closed = true;
        segments.clear();
        ACTIVE.compareAndSet(this, null);
        if (reached > 0) {
            throw new IllegalStateException("the loss's gradient reached " + reached + " fused spiking layer(s) through a plain "
                    + "GradientCollector.backward and stopped there, so the parameters before them got no gradient: call "
                    + "backward on the FusedGradientCollector (or train with SnnTraining or SpikingTrainer)");
        }
    }

    /** Whether autograd has written a gradient into {@code output}. */
    private static boolean gradientArrived(NDArray output) {
        if (output.isReleased()) {
            return false;
        }
        PtNDArray gradient = JniUtils.getGradient((PtNDArray) output);
        if (gradient == null) {
            return false;
        }
        gradient.close();
        return true;
    }
}
