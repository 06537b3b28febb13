# Copyright 2026 the snn4j authors
# SPDX-License-Identifier: Apache-2.0
"""Writes the two graphs of HandWorkedGraphs.java with h5py, laid out as NIR's Python writer
(nir.write) lays files out: variable-length strings, gzip-compressed float32 arrays, int64
integers, edges as an [E, 2] array of strings, and no snn4j metadata.

Usage: nir_examples.py DIR (writes DIR/lif.nir and DIR/if_max_pool.nir)
"""
import sys

import h5py
import numpy as np

DT = 1e-3
STRING = h5py.string_dtype()


def put(group, key, value):
    if isinstance(value, str):
        group.create_dataset(key, data=value, dtype=STRING)
    elif isinstance(value, np.ndarray) and value.dtype == np.float32:
        group.create_dataset(key, data=value, dtype=value.dtype, compression="gzip")
    else:
        group.create_dataset(key, data=value)


def write(path, nodes, edges):
    with h5py.File(path, "w") as f:
        f.create_dataset("version", data="1.0.7", dtype=STRING)
        graph = f.create_group("node")
        put(graph, "type", "NIRGraph")
        group = graph.create_group("nodes")
        for name, fields in nodes.items():
            node = group.create_group(name)
            for key, value in fields.items():
                put(node, key, value)
        graph.create_dataset("edges", data=np.array(edges, dtype=object), dtype=STRING)


def f32(*values):
    return np.array(values, dtype=np.float32)


def full(shape, value):
    return np.full(shape, value, dtype=np.float32)


def main(out):
    write(f"{out}/lif.nir", {
        "input": {"type": "Input", "shape": np.array([2])},
        "fc": {"type": "Affine", "weight": f32([1, 0], [0.5, 0.5]), "bias": f32(0.5, 0)},
        "lif": {"type": "LIF", "tau": full(2, 2 * DT), "r": full(2, 1), "v_leak": full(2, 0), "v_threshold": full(2, 1),
                "v_reset": full(2, 0)},
        "out": {"type": "Affine", "weight": f32([1, 0], [0, 1], [1, 1]), "bias": f32(0, 0, 0.25)},
        "output": {"type": "Output", "shape": np.array([3])},
    }, [("input", "fc"), ("fc", "lif"), ("lif", "out"), ("out", "output")])
    maps = (1, 2, 2)
    write(f"{out}/if_max_pool.nir", {
        "input": {"type": "Input", "shape": np.array(maps)},
        "conv": {"type": "Conv2d", "weight": full((1, 1, 1, 1), 1), "bias": f32(0), "stride": np.array([1, 1]),
                 "padding": np.array([0, 0]), "dilation": np.array([1, 1]), "groups": 1, "input_shape": np.array([2, 2])},
        # no v_reset: NIR's reader takes zeros
        "if": {"type": "IF", "r": full(maps, 1 / DT), "v_threshold": full(maps, 1)},
        "pool": {"type": "SumPool2d", "kernel_size": np.array([2, 2]), "stride": np.array([2, 2]),
                 "padding": np.array([0, 0])},
        "any": {"type": "Threshold", "threshold": full((1, 1, 1), 0.5)},
        "flat": {"type": "Flatten", "start_dim": 0, "end_dim": -1, "input_type": np.array([1, 1, 1])},
        "out": {"type": "Affine", "weight": f32([1], [-1]), "bias": f32(0, 1)},
        "output": {"type": "Output", "shape": np.array([2])},
    }, [("input", "conv"), ("conv", "if"), ("if", "pool"), ("pool", "any"), ("any", "flat"), ("flat", "out"),
        ("out", "output")])


if __name__ == "__main__":
    main(sys.argv[1])
