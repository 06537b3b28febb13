#!/usr/bin/env python3
"""Writes the Fashion-MNIST subset that snn4j embeds in its jar.

Why: snn4j must train and test out of the box on a machine without the full data set, so
the jar carries the first 10,000 training and first 2,000 test images (with their labels)
as classpath resources. The loader falls back to them only when no real copy is found.

The output is byte-reproducible: the gzip header carries mtime 0 and a fixed file name,
and the compression level is fixed, so rerunning the script (with the same zlib) changes
nothing in git.

Usage: python3 tools/make-fashion-mnist-subset.py [SOURCE_DIR] [OUTPUT_DIR]
Defaults: /usr/share/datasets/fashion-mnist (Debian package dataset-fashion-mnist) and
src/main/resources/dev/snn4j/data/fashion-mnist-subset (relative to the repository root).
Standard library only.
"""
import gzip
import os
import struct
import sys

TRAIN_COUNT = 10_000
TEST_COUNT = 2_000
IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = "/usr/share/datasets/fashion-mnist"
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "src", "main", "resources", "dev", "snn4j", "data",
                              "fashion-mnist-subset")


def fail(message):
    print(f"make-fashion-mnist-subset: {message}", file=sys.stderr)
    sys.exit(1)


def read_idx(path):
    """Returns (magic, dims, payload bytes) of a gzip or raw IDX file."""
    with open(path, "rb") as f:
        head = f.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read()
    if len(data) < 4:
        fail(f"{path}: truncated: expected an IDX header, found {len(data)} bytes")
    magic = struct.unpack(">I", data[:4])[0]
    ndims = magic & 0xFF
    header = 4 + 4 * ndims
    dims = list(struct.unpack(">" + "I" * ndims, data[4:header]))
    return magic, dims, data[header:]


def take(path, expected_magic, count):
    """Returns the header and payload of the first `count` items of an IDX file."""
    magic, dims, payload = read_idx(path)
    if magic != expected_magic:
        fail(f"{path}: wrong magic number: expected 0x{expected_magic:08x}, found 0x{magic:08x}")
    if dims[0] < count:
        fail(f"{path}: expected at least {count} items, found {dims[0]}")
    item = 1
    for d in dims[1:]:
        item *= d
    if len(payload) < dims[0] * item:
        fail(f"{path}: truncated: expected {dims[0] * item} bytes of data, found {len(payload)}")
    header = struct.pack(">I", magic) + struct.pack(">" + "I" * len(dims), count, *dims[1:])
    return header + payload[:count * item]


def write_gzip(path, data):
    name = os.path.basename(path)[:-len(".gz")]
    with open(path, "wb") as raw:
        # mtime=0 and a fixed inner file name make the output byte-reproducible.
        with gzip.GzipFile(filename=name, mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SOURCE
    output = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    if not os.path.isdir(source):
        fail(f"{source}: expected a folder with the Fashion-MNIST IDX files "
             "(Debian package dataset-fashion-mnist), found none")
    os.makedirs(output, exist_ok=True)
    jobs = [
        ("train-images-idx3-ubyte", IMAGES_MAGIC, TRAIN_COUNT),
        ("train-labels-idx1-ubyte", LABELS_MAGIC, TRAIN_COUNT),
        ("t10k-images-idx3-ubyte", IMAGES_MAGIC, TEST_COUNT),
        ("t10k-labels-idx1-ubyte", LABELS_MAGIC, TEST_COUNT),
    ]
    total = 0
    for name, magic, count in jobs:
        src = os.path.join(source, name + ".gz")
        if not os.path.exists(src):
            src = os.path.join(source, name)
        if not os.path.exists(src):
            fail(f"{source}: missing {name}[.gz]")
        dst = os.path.join(output, name + ".gz")
        write_gzip(dst, take(src, magic, count))
        size = os.path.getsize(dst)
        total += size
        print(f"{dst}: {count} items, {size} bytes")
    print(f"total: {total} bytes")


if __name__ == "__main__":
    main()
