# Copyright 2026 the snn4j authors
# SPDX-License-Identifier: Apache-2.0
"""Runs a NIR file in NumPy, independently of snn4j, with the reading snn4j documents.

Usage: nir_simulate.py FILE INPUT ENCODING T DT
  INPUT     raw little-endian float32: [N, ...] for ENCODING direct (the sample is presented at
            each of the T steps), [T, N, ...] for temporal (one frame per step)
  DT        seconds per step
Prints the class scores, the mean over the T steps of the Output node, as one JSON array [N, K].

Per step, each node's input is the sum of its sources' outputs of the same step. Neurons, forward
Euler from v = v_reset: LIF v += dt / tau (v_leak - v + r I), IF v += dt r I; a spike where
v > v_threshold, then v = v_reset there. Threshold: x > threshold. Pools pad with zeros; AvgPool2d
divides by the whole window. Everything in float32, as snn4j computes.
"""
import json
import sys

import h5py
import numpy as np


def conv2d(x, w, b, stride, padding, dilation, groups):
    n, c, h, wd = x.shape
    co, ci, kh, kw = w.shape
    x = np.pad(x, ((0, 0), (0, 0), (padding[0], padding[0]), (padding[1], padding[1])))
    oh = (h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (wd + 2 * padding[1] - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    out = np.zeros((n, co, oh, ow), dtype=np.float32)
    per = co // groups
    for g in range(groups):
        xs = x[:, g * ci:(g + 1) * ci]
        for i in range(kh):
            for j in range(kw):
                di, dj = i * dilation[0], j * dilation[1]
                patch = xs[:, :, di:di + stride[0] * (oh - 1) + 1:stride[0], dj:dj + stride[1] * (ow - 1) + 1:stride[1]]
                out[:, g * per:(g + 1) * per] += np.einsum("oc,nchw->nohw", w[g * per:(g + 1) * per, :, i, j], patch)
    return out + b.reshape(1, co, 1, 1)


def sum_pool(x, kernel, stride, padding):
    n, c, h, w = x.shape
    x = np.pad(x, ((0, 0), (0, 0), (padding[0], padding[0]), (padding[1], padding[1])))
    oh = (h + 2 * padding[0] - kernel[0]) // stride[0] + 1
    ow = (w + 2 * padding[1] - kernel[1]) // stride[1] + 1
    out = np.zeros((n, c, oh, ow), dtype=np.float32)
    for i in range(kernel[0]):
        for j in range(kernel[1]):
            out += x[:, :, i:i + stride[0] * (oh - 1) + 1:stride[0], j:j + stride[1] * (ow - 1) + 1:stride[1]]
    return out


class Node:
    def __init__(self, group):
        self.kind = group["type"][()].decode("utf8")
        self.p = {k: group[k][()] for k in group if isinstance(group[k], h5py.Dataset) and k != "type"}
        self.v = None

    def reset(self):
        self.v = None

    def step(self, x, dt):
        p, k = self.p, self.kind
        if k in ("Input", "Output"):
            return x
        if k == "Affine":
            return x @ p["weight"].T + p["bias"]
        if k == "Linear":
            return x @ p["weight"].T
        if k == "Conv2d":
            return conv2d(x, p["weight"], p["bias"], p["stride"], p["padding"], p["dilation"], int(p["groups"]))
        if k == "SumPool2d":
            return sum_pool(x, p["kernel_size"], p["stride"], p["padding"])
        if k == "AvgPool2d":
            return sum_pool(x, p["kernel_size"], p["stride"], p["padding"]) / np.float32(np.prod(p["kernel_size"]))
        if k == "Threshold":
            return (x > p["threshold"]).astype(np.float32)
        if k == "Flatten":
            start, end = int(p["start_dim"]), int(p["end_dim"])
            shape = list(x.shape[1:])
            end = len(shape) - 1 if end == -1 else end
            return x.reshape([x.shape[0]] + shape[:start] + [-1] + shape[end + 1:])
        if k in ("LIF", "IF"):
            reset = p.get("v_reset", np.zeros_like(p["v_threshold"]))
            if self.v is None:
                self.v = np.broadcast_to(reset, x.shape).astype(np.float32)
            if k == "LIF":
                self.v = self.v + np.float32(dt) / p["tau"] * (p["v_leak"] - self.v + p["r"] * x)
            else:
                self.v = self.v + np.float32(dt) * p["r"] * x
            spikes = self.v > p["v_threshold"]
            self.v = np.where(spikes, reset, self.v).astype(np.float32)
            return spikes.astype(np.float32)
        raise SystemExit(f"node type {k} is not simulated")


def main(path, data, encoding, steps, dt):
    with h5py.File(path, "r") as f:
        graph = f["node"]
        nodes = {name: Node(g) for name, g in graph["nodes"].items()}
        edges = [(a.decode("utf8"), b.decode("utf8")) for a, b in graph["edges"][()]]
    sources = {n: [a for a, b in edges if b == n] for n in nodes}
    order, done = [], set()
    while len(order) < len(nodes):
        for n in nodes:
            if n not in done and all(s in done for s in sources[n]):
                order.append(n)
                done.add(n)
    (inp,) = [n for n in nodes if nodes[n].kind == "Input"]
    (out,) = [n for n in nodes if nodes[n].kind == "Output"]
    sample = [int(d) for d in nodes[inp].p["shape"]]
    x = np.fromfile(data, dtype="<f4")
    x = x.reshape([steps, -1] + sample) if encoding == "temporal" else x.reshape([-1] + sample)
    total = None
    for t in range(steps):
        values = {}
        for n in order:
            if n == inp:
                values[n] = nodes[n].step(x[t] if encoding == "temporal" else x, dt)
            else:
                values[n] = nodes[n].step(sum(values[s] for s in sources[n]), dt)
        total = values[out] if total is None else total + values[out]
    print(json.dumps((total / np.float32(steps)).tolist()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
