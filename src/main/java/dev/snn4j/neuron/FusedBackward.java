package dev.snn4j.neuron;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass of a step whose spiking layers ran the fused {@link SpikeKernel}.
 *
 * <p>DJL has no custom-backward API, so a fused layer cuts the autograd graph: its spikes are a new
 * leaf array, its input currents keep their graph, and the layer is recorded here as a segment.
 * {@link #backward} runs autograd from the loss to the leaves; then, for each segment from the last
 * one created, the kernel turns the spikes' gradient into the currents' gradient, and autograd
 * continues from the currents with it. A layer's spikes are used only by operations created after
 * it, so their gradient is complete when its turn comes. Graphs are kept until the step's arrays
 * are closed, so subgraphs shared by several segments (residual connections) can be traversed
 * once per segment; gradients add up, as the chain rule wants.
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

    /** Starts recording fused layers on this thread. */
    public static FusedBackward open() {
        if (ACTIVE.get() != null) {
            throw new IllegalStateException("a FusedBackward is already open on this thread");
        }
        FusedBackward scope = new FusedBackward();
        ACTIVE.set(scope);
        return scope;
    }

    /** The scope open on this thread, or {@code null}. */
    static FusedBackward active() {
        FusedBackward scope = ACTIVE.get();
        return scope == null || scope.finished ? null : scope;
    }

    /** One fused layer: currents with their graph, spikes as a leaf. */
    record Segment(SpikeKernel kernel, NDArray current, NDArray spikes, boolean repeated, int steps, int n) {}

    void add(Segment segment) {
        segments.add(segment);
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
            NDArray gradX = s.current().getManager().create(s.current().getShape(), DataType.FLOAT32);
            s.kernel().backward(floats(s.current()), floats(s.spikes().getGradient()), s.repeated(), s.steps(), s.n(),
                    floats(gradX));
            backwardFrom(s.current(), gradX);
        }
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

    /** The float32 CPU array's memory, not a copy (contiguous arrays only). */
    static FloatBuffer floats(NDArray array) {
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
