/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.Snn4jException;
import io.jhdf.api.WritableGroup;
import java.util.List;
import java.util.Map;

/** Each NIR node's fields in its HDF5 group: NIR's field names, read and written. */
final class NirNodeFields {

    static final List<String> KNOWN = List.of("Input", "Output", "Affine", "Linear", "Conv2d", "LIF", "IF", "SumPool2d",
            "AvgPool2d", "Threshold", "Flatten");

    /** The fields of each type NIR's writer writes (besides "type" and an optional "metadata" group). */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("Input", List.of("shape")),
            Map.entry("Output", List.of("shape")),
            Map.entry("Affine", List.of("weight", "bias")),
            Map.entry("Linear", List.of("weight")),
            Map.entry("Conv2d", List.of("weight", "bias", "stride", "padding", "dilation", "groups", "input_shape")),
            Map.entry("LIF", List.of("tau", "r", "v_leak", "v_threshold", "v_reset")),
            Map.entry("IF", List.of("r", "v_threshold", "v_reset")),
            Map.entry("SumPool2d", List.of("kernel_size", "stride", "padding")),
            Map.entry("AvgPool2d", List.of("kernel_size", "stride", "padding")),
            Map.entry("Threshold", List.of("threshold")),
            Map.entry("Flatten", List.of("start_dim", "end_dim", "input_type")));

    private NirNodeFields() {}

    static void write(WritableGroup g, NirNode node) {
        Hdf5Fields.putString(g, "type", node.type());
        if (node instanceof NirNode.Input n) {
            Hdf5Fields.putLongs(g, "shape", n.shape());
        } else if (node instanceof NirNode.Output n) {
            Hdf5Fields.putLongs(g, "shape", n.shape());
        } else if (node instanceof NirNode.Affine n) {
            Hdf5Fields.putArray(g, "weight", n.weight());
            Hdf5Fields.putArray(g, "bias", n.bias());
        } else if (node instanceof NirNode.Linear n) {
            Hdf5Fields.putArray(g, "weight", n.weight());
        } else if (node instanceof NirNode.Conv2d n) {
            Hdf5Fields.putArray(g, "weight", n.weight());
            Hdf5Fields.putArray(g, "bias", n.bias());
            Hdf5Fields.putLongs(g, "stride", n.stride());
            Hdf5Fields.putLongs(g, "padding", n.padding());
            Hdf5Fields.putLongs(g, "dilation", n.dilation());
            Hdf5Fields.putLong(g, "groups", n.groups());
            if (n.inputShape() != null) {
                Hdf5Fields.putLongs(g, "input_shape", n.inputShape());
            }
        } else if (node instanceof NirNode.Lif n) {
            Hdf5Fields.putArray(g, "tau", n.tau());
            Hdf5Fields.putArray(g, "r", n.r());
            Hdf5Fields.putArray(g, "v_leak", n.vLeak());
            Hdf5Fields.putArray(g, "v_threshold", n.vThreshold());
            Hdf5Fields.putArray(g, "v_reset", n.vReset());
        } else if (node instanceof NirNode.If n) {
            Hdf5Fields.putArray(g, "r", n.r());
            Hdf5Fields.putArray(g, "v_threshold", n.vThreshold());
            Hdf5Fields.putArray(g, "v_reset", n.vReset());
        } else if (node instanceof NirNode.SumPool2d n) {
            writePool(g, n.kernelSize(), n.stride(), n.padding());
        } else if (node instanceof NirNode.AvgPool2d n) {
            writePool(g, n.kernelSize(), n.stride(), n.padding());
        } else if (node instanceof NirNode.Threshold n) {
            Hdf5Fields.putArray(g, "threshold", n.threshold());
        } else if (node instanceof NirNode.Flatten n) {
            Hdf5Fields.putLong(g, "start_dim", n.startDim());
            Hdf5Fields.putLong(g, "end_dim", n.endDim());
            if (n.inputType() != null) {
                Hdf5Fields.putLongs(g, "input_type", n.inputType());
            }
        } else {
            throw new IllegalArgumentException("cannot write a node of type " + node.type() + ": snn4j writes "
                    + String.join(", ", KNOWN));
        }
    }

    private static void writePool(WritableGroup g, List<Long> kernel, List<Long> stride, List<Long> padding) {
        Hdf5Fields.putLongs(g, "kernel_size", kernel);
        Hdf5Fields.putLongs(g, "stride", stride);
        Hdf5Fields.putLongs(g, "padding", padding);
    }

    static NirNode read(Hdf5Fields f) {
        String type = f.string("type");
        List<String> known = FIELDS.get(type);
        if (known != null) {
            for (String field : f.fields()) {
                if (!known.contains(field) && !field.equals("type") && !field.equals("metadata")) {
                    throw new Snn4jException(f.where() + " (" + type + "): unknown field '" + field + "'; snn4j reads "
                            + String.join(", ", known));
                }
            }
        }
        return switch (type) {
            case "Input" -> new NirNode.Input(f.longs("shape", 1));
            case "Output" -> new NirNode.Output(f.longs("shape", 1));
            case "Affine" -> new NirNode.Affine(f.array("weight"), f.array("bias"));
            case "Linear" -> new NirNode.Linear(f.array("weight"));
            case "Conv2d" -> readConv(f);
            case "LIF" -> {
                NirArray threshold = f.array("v_threshold");
                yield new NirNode.Lif(f.array("tau"), f.array("r"), f.array("v_leak"), threshold, reset(f, threshold));
            }
            case "IF" -> {
                NirArray threshold = f.array("v_threshold");
                yield new NirNode.If(f.array("r"), threshold, reset(f, threshold));
            }
            case "SumPool2d" -> new NirNode.SumPool2d(f.longs("kernel_size", 2), f.longs("stride", 2), f.longs("padding", 2));
            case "AvgPool2d" -> new NirNode.AvgPool2d(f.longs("kernel_size", 2), f.longs("stride", 2), f.longs("padding", 2));
            case "Threshold" -> new NirNode.Threshold(f.array("threshold"));
            case "Flatten" -> new NirNode.Flatten(f.has("input_type") ? f.longs("input_type", 1) : null,
                    f.has("start_dim") ? f.integer("start_dim") : 1, f.has("end_dim") ? f.integer("end_dim") : -1);
            default -> new NirNode.Other(type);
        };
    }

    /** NIR's reader: a missing v_reset is zeros of the threshold's shape. */
    private static NirArray reset(Hdf5Fields f, NirArray threshold) {
        return f.has("v_reset") ? f.array("v_reset") : NirArray.full(threshold.shape(), 0f);
    }

    private static NirNode readConv(Hdf5Fields f) {
        NirArray weight = f.array("weight");
        if (weight.rank() != 4) {
            throw new Snn4jException(f.where() + ": expected a Conv2d weight [C_out, C_in, kH, kW], found "
                    + java.util.Arrays.toString(weight.shape()));
        }
        List<Long> stride = f.longs("stride", 2);
        List<Long> dilation = f.has("dilation") ? f.longs("dilation", 2) : List.of(1L, 1L);
        List<Long> padding = f.isString("padding")
                ? namedPadding(f, f.string("padding"), weight, stride, dilation)
                : f.longs("padding", 2);
        NirArray bias = f.has("bias") ? f.array("bias") : NirArray.full(new long[] {weight.dim(0)}, 0f);
        long groups = f.has("groups") ? f.integer("groups") : 1;
        List<Long> inputShape = f.has("input_shape") ? f.longs("input_shape", 2) : null;
        return new NirNode.Conv2d(weight, bias, stride, padding, dilation, groups, inputShape);
    }

    /** NIR's "valid" (no padding) and "same" (output size kept: stride 1, odd kernel extent). */
    private static List<Long> namedPadding(Hdf5Fields f, String name, NirArray weight, List<Long> stride,
            List<Long> dilation) {
        if (name.equals("valid")) {
            return List.of(0L, 0L);
        }
        long[] pad = new long[2];
        for (int i = 0; i < 2; i++) {
            long extent = dilation.get(i) * (weight.dim(2 + i) - 1);
            if (!name.equals("same") || stride.get(i) != 1 || extent % 2 != 0) {
                throw new Snn4jException(f.where() + ": expected padding 'valid', 'same' (stride 1, odd kernel) or numbers,"
                        + " found '" + name + "' with stride " + stride + " and kernel " + weight.dim(2) + "x" + weight.dim(3));
            }
            pad[i] = extent / 2;
        }
        return List.of(pad[0], pad[1]);
    }
}
