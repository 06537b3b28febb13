"""Writes pointnet_layout.h5, a tiny file stored the way PointNet's modelnet40_ply_hdf5_2048 files are.

Run once with Debian's python3-h5py (apt-get install python3-h5py): /usr/bin/python3 make_h5_fixture.py
The real files hold data float32 [2048, 2048, 3], label uint8 [2048, 1], normal float32 and faceId
int32, chunked and gzip-compressed; this one has 3 clouds of 16 points with the same types and
storage, so the test sees what jhdf makes of h5py's chunked, compressed, unsigned-byte datasets.
Values: data[i, p, k] = i * 0.5 + p * 0.25 + k * 0.125 (exact in float32); label[i] = (7 * i + 3) % 40.
"""
import h5py
import numpy as np

n, points = 3, 16
data = np.zeros((n, points, 3), dtype=np.float32)
for i in range(n):
    for p in range(points):
        for k in range(3):
            data[i, p, k] = i * 0.5 + p * 0.25 + k * 0.125
label = np.array([[(7 * i + 3) % 40] for i in range(n)], dtype=np.uint8)
with h5py.File("pointnet_layout.h5", "w") as f:
    f.create_dataset("data", data=data, chunks=(1, points, 3), compression="gzip", compression_opts=4)
    f.create_dataset("label", data=label, chunks=(1, 1), compression="gzip", compression_opts=1)
    f.create_dataset("normal", data=np.ones((n, points, 3), dtype=np.float32), compression="gzip")
    f.create_dataset("faceId", data=np.zeros((n, points), dtype=np.int32), compression="gzip")
