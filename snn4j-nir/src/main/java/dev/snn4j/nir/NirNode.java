/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import java.util.List;
import java.util.Objects;

/**
 * The NIR primitives snn4j writes and reads, with NIR's field names and layouts (NIR 1.0, the
 * {@code nir} Python package's {@code nir/ir}). Shapes never include the batch axis and never the
 * time axis: a node describes one time step of one sample. Integer vectors (shapes, strides,
 * paddings) are lists so that nodes compare by value.
 */
public sealed interface NirNode {

    /** The node's type as NIR writes it in the file's {@code type} field, e.g. {@code "Conv2d"}. */
    String type();

    /** The graph's entry: data of {@code shape} at every time step. */
    record Input(List<Long> shape) implements NirNode {
        public Input {
            shape = List.copyOf(shape);
        }

        @Override
        public String type() {
            return "Input";
        }
    }

    /** The graph's exit: one value of {@code shape} at every time step. */
    record Output(List<Long> shape) implements NirNode {
        public Output {
            shape = List.copyOf(shape);
        }

        @Override
        public String type() {
            return "Output";
        }
    }

    /** y = W x + b, with weight [out, in] and bias [out]. */
    record Affine(NirArray weight, NirArray bias) implements NirNode {
        public Affine {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(bias, "bias");
        }

        @Override
        public String type() {
            return "Affine";
        }
    }

    /** y = W x, with weight [out, in]. */
    record Linear(NirArray weight) implements NirNode {
        public Linear {
            Objects.requireNonNull(weight, "weight");
        }

        @Override
        public String type() {
            return "Linear";
        }
    }

    /**
     * A 2-D convolution as PyTorch's {@code conv2d}: weight [C_out, C_in / groups, kH, kW], bias
     * [C_out], zero padding.
     *
     * @param inputShape the input's [H, W], or {@code null} when the file leaves it out
     */
    record Conv2d(NirArray weight, NirArray bias, List<Long> stride, List<Long> padding, List<Long> dilation, long groups,
            List<Long> inputShape) implements NirNode {
        public Conv2d {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(bias, "bias");
            stride = List.copyOf(stride);
            padding = List.copyOf(padding);
            dilation = List.copyOf(dilation);
            inputShape = inputShape == null ? null : List.copyOf(inputShape);
        }

        @Override
        public String type() {
            return "Conv2d";
        }
    }

    /**
     * Leaky integrate-and-fire: tau dv/dt = (v_leak - v) + R I; a spike when v &gt; v_threshold,
     * then v = v_reset. Every parameter has the layer's shape (one value per neuron).
     */
    record Lif(NirArray tau, NirArray r, NirArray vLeak, NirArray vThreshold, NirArray vReset) implements NirNode {
        public Lif {
            Objects.requireNonNull(tau, "tau");
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vLeak, "v_leak");
            Objects.requireNonNull(vThreshold, "v_threshold");
            Objects.requireNonNull(vReset, "v_reset");
        }

        @Override
        public String type() {
            return "LIF";
        }
    }

    /** Integrate-and-fire: dv/dt = R I; a spike when v &gt; v_threshold, then v = v_reset. */
    record If(NirArray r, NirArray vThreshold, NirArray vReset) implements NirNode {
        public If {
            Objects.requireNonNull(r, "r");
            Objects.requireNonNull(vThreshold, "v_threshold");
            Objects.requireNonNull(vReset, "v_reset");
        }

        @Override
        public String type() {
            return "IF";
        }
    }

    /** The sum over each [kH, kW] window of every channel's map, zero padding. */
    record SumPool2d(List<Long> kernelSize, List<Long> stride, List<Long> padding) implements NirNode {
        public SumPool2d {
            kernelSize = List.copyOf(kernelSize);
            stride = List.copyOf(stride);
            padding = List.copyOf(padding);
        }

        @Override
        public String type() {
            return "SumPool2d";
        }
    }

    /** The mean over each [kH, kW] window of every channel's map, zero padding. */
    record AvgPool2d(List<Long> kernelSize, List<Long> stride, List<Long> padding) implements NirNode {
        public AvgPool2d {
            kernelSize = List.copyOf(kernelSize);
            stride = List.copyOf(stride);
            padding = List.copyOf(padding);
        }

        @Override
        public String type() {
            return "AvgPool2d";
        }
    }

    /** z = 1 where the input is above {@code threshold}, else 0; stateless. */
    record Threshold(NirArray threshold) implements NirNode {
        public Threshold {
            Objects.requireNonNull(threshold, "threshold");
        }

        @Override
        public String type() {
            return "Threshold";
        }
    }

    /**
     * Flattens axes {@code startDim} to {@code endDim} (inclusive, -1 the last) of a sample, as
     * {@code torch.flatten} on a tensor without its batch axis.
     *
     * @param inputType the input's shape, or {@code null} when the file leaves it out
     */
    record Flatten(List<Long> inputType, long startDim, long endDim) implements NirNode {
        public Flatten {
            inputType = inputType == null ? null : List.copyOf(inputType);
        }

        @Override
        public String type() {
            return "Flatten";
        }
    }

    /**
     * A node of a type snn4j reads but does not map (CubaLIF, LI, Delay, a subgraph, ...): kept by
     * name so that the import can say what it found.
     */
    record Other(String type) implements NirNode {
        public Other {
            Objects.requireNonNull(type, "type");
        }
    }
}
