# Copyright 2026 the snn4j authors
# SPDX-License-Identifier: Apache-2.0
"""Checks a NIR file's HDF5 layout as NIR's reader (nir.read) expects it, without NIR's code.

Usage: nir_layout.py FILE. Prints one JSON line (version, node and edge counts, node types, the
output's shape); fails with one line naming what is wrong. Besides the fields and their types it
checks the shapes along every edge, as nir.read's type check does: each node's input is the sum of
its sources' outputs, which must agree.
"""
import json
import sys

import h5py
import numpy as np

REQUIRED = {
    "Input": ["shape"],
    "Output": ["shape"],
    "Affine": ["weight", "bias"],
    "Linear": ["weight"],
    "Conv2d": ["weight", "stride", "padding", "dilation", "groups", "bias"],
    "LIF": ["tau", "r", "v_leak", "v_threshold"],
    "IF": ["r", "v_threshold"],
    "SumPool2d": ["kernel_size", "stride", "padding"],
    "AvgPool2d": ["kernel_size", "stride", "padding"],
    "Threshold": ["threshold"],
    "Flatten": ["start_dim", "end_dim"],
}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def text(dataset, where):
    value = dataset[()]
    if not isinstance(value, bytes):
        fail(f"{where}: expected a string (bytes), found {type(value).__name__}")
    return value.decode("utf8")


def pooled(shape, kernel, stride, padding):
    return [int(shape[0])] + [
        (int(shape[1 + i]) + 2 * int(padding[i]) - int(kernel[i])) // int(stride[i]) + 1 for i in range(2)
    ]


def output_shape(name, kind, node, inp):
    where = f"node {name} ({kind})"
    if kind == "Input":
        return [int(d) for d in node["shape"][()]]
    if kind == "Output":
        if list(node["shape"][()]) != inp:
            fail(f"{where}: shape {list(node['shape'][()])} but its input is {inp}")
        return inp
    if kind in ("Affine", "Linear"):
        w = node["weight"]
        if w.dtype != np.float32 or len(w.shape) != 2 or [w.shape[1]] != inp:
            fail(f"{where}: weight {w.dtype} {w.shape} on input {inp}")
        if kind == "Affine" and node["bias"].shape != (w.shape[0],):
            fail(f"{where}: bias {node['bias'].shape} for weight {w.shape}")
        return [int(w.shape[0])]
    if kind == "Conv2d":
        w = node["weight"]
        groups = int(node["groups"][()])
        stride, padding, dilation = (node[k][()] for k in ("stride", "padding", "dilation"))
        if len(w.shape) != 4 or len(inp) != 3 or w.shape[1] * groups != inp[0]:
            fail(f"{where}: weight {w.shape} (groups {groups}) on input {inp}")
        if "input_shape" in node and list(node["input_shape"][()]) != inp[1:]:
            fail(f"{where}: input_shape {list(node['input_shape'][()])} but its input is {inp}")
        return [int(w.shape[0])] + [
            (inp[1 + i] + 2 * int(padding[i]) - int(dilation[i]) * (w.shape[2 + i] - 1) - 1) // int(stride[i]) + 1
            for i in range(2)
        ]
    if kind in ("LIF", "IF", "Threshold"):
        for field in REQUIRED[kind] + (["v_reset"] if "v_reset" in node else []):
            if list(node[field].shape) != inp or node[field].dtype != np.float32:
                fail(f"{where}: {field} {node[field].dtype} {node[field].shape} but its input is {inp}")
        return inp
    if kind in ("SumPool2d", "AvgPool2d"):
        return pooled(inp, node["kernel_size"][()], node["stride"][()], node["padding"][()])
    if kind == "Flatten":
        if "input_type" in node and list(node["input_type"][()]) != inp:
            fail(f"{where}: input_type {list(node['input_type'][()])} but its input is {inp}")
        start, end = int(node["start_dim"][()]), int(node["end_dim"][()])
        end = len(inp) - 1 if end == -1 else end
        return inp[:start] + [int(np.prod(inp[start:end + 1]))] + inp[end + 1:]
    fail(f"{where}: unknown type")


def main(path):
    with h5py.File(path, "r") as f:
        version = text(f["version"], "version")
        graph = f["node"]
        if text(graph["type"], "node/type") != "NIRGraph":
            fail("node/type: expected NIRGraph")
        nodes = {}
        for name, node in graph["nodes"].items():
            kind = text(node["type"], f"node {name}: type")
            if kind not in REQUIRED:
                fail(f"node {name}: type {kind} is not one of {sorted(REQUIRED)}")
            for field in REQUIRED[kind]:
                if field not in node or not isinstance(node[field], h5py.Dataset):
                    fail(f"node {name} ({kind}): no dataset {field}")
            nodes[name] = (kind, node)
        edges = graph["edges"][()]
        if edges.ndim != 2 or edges.shape[1] != 2:
            fail(f"edges: expected [E, 2], found {edges.shape}")
        pairs = []
        for a, b in edges:
            if not isinstance(a, bytes) or not isinstance(b, bytes):
                fail("edges: expected strings (bytes)")
            a, b = a.decode("utf8"), b.decode("utf8")
            if a not in nodes or b not in nodes:
                fail(f"edge {a} -> {b}: no such node")
            pairs.append((a, b))
        sources = {n: [a for a, b in pairs if b == n] for n in nodes}
        shapes = {}
        pending = list(nodes)
        while pending:
            ready = [n for n in pending if all(s in shapes for s in sources[n])]
            if not ready:
                fail(f"nodes {pending}: a cycle, or fed by nothing")
            for n in ready:
                ins = [shapes[s] for s in sources[n]]
                if any(i != ins[0] for i in ins):
                    fail(f"node {n}: inputs of different shapes {ins}")
                shapes[n] = output_shape(n, nodes[n][0], nodes[n][1], ins[0] if ins else None)
                pending.remove(n)
        outputs = [n for n in nodes if nodes[n][0] == "Output"]
        metadata = {k: (v[()].decode("utf8") if isinstance(v[()], bytes) else float(v[()]))
                    for k, v in graph["metadata"].items()} if "metadata" in graph else {}
        types = {}
        for kind, _ in nodes.values():
            types[kind] = types.get(kind, 0) + 1
        print(json.dumps({"version": version, "nodes": len(nodes), "edges": len(pairs), "types": types,
                          "output": shapes[outputs[0]], "metadata": metadata}, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
