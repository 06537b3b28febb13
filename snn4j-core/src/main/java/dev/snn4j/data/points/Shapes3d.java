/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The built-in point-cloud dataset {@code shapes3d}: ten shapes, each sample drawn from its own
 * generator (seeded by the data seed, the split and the index), so the data is the same on any
 * machine and number of threads and needs no download or cache.
 *
 * <p>A sample is N points on the surface of a shape in its canonical pose (y up, size about 2),
 * with per-sample proportions (cylinder and capsule radius, cone and pyramid height, torus tube,
 * ellipsoid axes, helix turns), then: with probability 1/2 a missing part (the points beyond a
 * random plane are left out, about up to a third of the surface), Gaussian noise with a random sigma
 * up to 0.02, a uniformly random rotation (any axis) and a random size in [0.5, 1.5]; finally the
 * usual normalisation to the unit sphere. Labels cycle through the classes (sample i has class
 * i mod 10), so every prefix is balanced.
 */
public final class Shapes3d {

    /** The classes, in label order. */
    public enum Shape {
        SPHERE, CUBE, CYLINDER, CONE, TORUS, PYRAMID, CAPSULE, DISC, ELLIPSOID, HELIX
    }

    private static final long TEST_STREAM = 1L << 40;

    private Shapes3d() {}

    /** Clouds and labels of one split, generated on all cores. */
    static ModelNet.Split generate(long seed, boolean training, int count, int points) {
        float[] xyz = new float[count * points * 3];
        int[] labels = new int[count];
        int classes = Shape.values().length;
        IntStream.range(0, count).parallel().forEach(i -> {
            Shape shape = Shape.values()[i % classes];
            labels[i] = shape.ordinal();
            SplittableRandom rng = new SplittableRandom(PointClouds.mix(seed, (training ? 0 : TEST_STREAM) + i));
            sample(shape, points, rng, xyz, i * points * 3);
        });
        return new ModelNet.Split(xyz, labels, java.util.List.of(), count);
    }

    /** Writes one normalised sample of {@code shape} at {@code offset}. */
    public static void sample(Shape shape, int points, SplittableRandom rng, float[] out, int offset) {
        double[] proportions = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
        boolean cut = rng.nextBoolean();
        double[] normal = unit(rng);
        double cutAt = 0.35 + 0.5 * rng.nextDouble(); // plane distance from the centre, shape radius about 1
        double noise = 0.02 * rng.nextDouble();
        double[] q = unitQuaternion(rng);
        double size = 0.5 + rng.nextDouble();
        double[] p = new double[3];
        int kept = 0;
        int tries = 0;
        while (kept < points) {
            surface(shape, proportions, rng, p);
            tries++;
            if (cut && tries < 100 * points && p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2] > cutAt) {
                continue;
            }
            double[] r = rotate(q, p[0] + noise * rng.nextGaussian(), p[1] + noise * rng.nextGaussian(),
                    p[2] + noise * rng.nextGaussian());
            int o = offset + 3 * kept;
            out[o] = (float) (r[0] * size);
            out[o + 1] = (float) (r[1] * size);
            out[o + 2] = (float) (r[2] * size);
            kept++;
        }
        PointClouds.normalize(out, offset, points);
    }

    /** One point uniformly (by area, or close to it) on the canonical surface of {@code shape}. */
    static void surface(Shape shape, double[] prop, SplittableRandom rng, double[] p) {
        switch (shape) {
            case SPHERE -> set(p, unit(rng), 1);
            case ELLIPSOID -> ellipsoid(1, 0.45 + 0.25 * prop[0], 0.2 + 0.2 * prop[1], rng, p);
            case CUBE -> {
                int face = rng.nextInt(6);
                double u = rng.nextDouble(-1, 1);
                double v = rng.nextDouble(-1, 1);
                double s = face % 2 == 0 ? 1 : -1;
                switch (face / 2) {
                    case 0 -> set(p, s, u, v);
                    case 1 -> set(p, u, s, v);
                    default -> set(p, u, v, s);
                }
            }
            case CYLINDER -> {
                double r = 0.35 + 0.45 * prop[0];
                double side = 2 * Math.PI * r * 2;
                double caps = 2 * Math.PI * r * r;
                double a = rng.nextDouble(2 * Math.PI);
                if (rng.nextDouble() * (side + caps) < side) {
                    set(p, r * Math.cos(a), rng.nextDouble(-1, 1), r * Math.sin(a));
                } else {
                    double rr = r * Math.sqrt(rng.nextDouble());
                    set(p, rr * Math.cos(a), rng.nextBoolean() ? 1 : -1, rr * Math.sin(a));
                }
            }
            case CONE -> {
                double r = 0.5 + 0.5 * prop[0];
                double h = 2;
                double lateral = Math.PI * r * Math.hypot(r, h);
                double base = Math.PI * r * r;
                double a = rng.nextDouble(2 * Math.PI);
                if (rng.nextDouble() * (lateral + base) < lateral) {
                    double t = Math.sqrt(rng.nextDouble()); // 0 at the apex, 1 at the base: area grows with t
                    set(p, t * r * Math.cos(a), 1 - t * h, t * r * Math.sin(a));
                } else {
                    double rr = r * Math.sqrt(rng.nextDouble());
                    set(p, rr * Math.cos(a), 1 - h, rr * Math.sin(a));
                }
            }
            case TORUS -> {
                double big = 1;
                double small = 0.15 + 0.3 * prop[0];
                double u;
                double v;
                do { // accept tube angle v with probability proportional to the area element
                    u = rng.nextDouble(2 * Math.PI);
                    v = rng.nextDouble(2 * Math.PI);
                } while (rng.nextDouble() * (big + small) > big + small * Math.cos(v));
                double w = big + small * Math.cos(v);
                set(p, w * Math.cos(u), small * Math.sin(v), w * Math.sin(u));
            }
            case PYRAMID -> {
                double h = 1.2 + 0.8 * prop[0];
                double slant = Math.hypot(1, h);
                double side = slant; // area of one triangular side: base 2 times slant height, halved
                double base = 4;
                double pick = rng.nextDouble() * (4 * side + base);
                if (pick >= 4 * side) {
                    set(p, rng.nextDouble(-1, 1), -h / 2, rng.nextDouble(-1, 1));
                } else {
                    int k = (int) (pick / side);
                    double[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
                    double[] c0 = corners[k];
                    double[] c1 = corners[(k + 1) % 4];
                    double r1 = Math.sqrt(rng.nextDouble());
                    double r2 = rng.nextDouble();
                    double wa = 1 - r1;
                    double wb = r1 * (1 - r2);
                    double wc = r1 * r2;
                    set(p, wb * c0[0] + wc * c1[0], wa * (h / 2) + (wb + wc) * (-h / 2), wb * c0[1] + wc * c1[1]);
                }
            }
            case CAPSULE -> {
                double r = 0.3 + 0.25 * prop[0];
                double half = 0.5 + 0.35 * prop[1];
                double side = 2 * Math.PI * r * 2 * half;
                double ends = 4 * Math.PI * r * r;
                if (rng.nextDouble() * (side + ends) < side) {
                    double a = rng.nextDouble(2 * Math.PI);
                    set(p, r * Math.cos(a), rng.nextDouble(-half, half), r * Math.sin(a));
                } else {
                    double[] d = unit(rng);
                    set(p, r * d[0], r * d[1] + (d[1] >= 0 ? half : -half), r * d[2]);
                }
            }
            case DISC -> {
                double a = rng.nextDouble(2 * Math.PI);
                double rr = Math.sqrt(rng.nextDouble());
                set(p, rr * Math.cos(a), 0, rr * Math.sin(a));
            }
            case HELIX -> {
                double turns = 2 + 2 * prop[0];
                double t = rng.nextDouble();
                double a = 2 * Math.PI * turns * t;
                double[] d = unit(rng);
                double tube = 0.08;
                set(p, Math.cos(a) + tube * d[0], -1 + 2 * t + tube * d[1], Math.sin(a) + tube * d[2]);
            }
            default -> throw new IllegalStateException(shape.toString());
        }
    }

    /** A point on the ellipsoid with semi-axes a, b, c, uniform by area (rejection on the area element). */
    private static void ellipsoid(double a, double b, double c, SplittableRandom rng, double[] p) {
        double max = Math.max(a * b, Math.max(a * c, b * c));
        while (true) {
            double[] n = unit(rng);
            double g = Math.sqrt(Math.pow(b * c * n[0], 2) + Math.pow(a * c * n[1], 2) + Math.pow(a * b * n[2], 2));
            if (rng.nextDouble() * max <= g) {
                set(p, a * n[0], b * n[1], c * n[2]);
                return;
            }
        }
    }

    private static double[] unit(SplittableRandom rng) {
        double x;
        double y;
        double z;
        double n;
        do {
            x = rng.nextGaussian();
            y = rng.nextGaussian();
            z = rng.nextGaussian();
            n = Math.sqrt(x * x + y * y + z * z);
        } while (n < 1e-9);
        return new double[] {x / n, y / n, z / n};
    }

    /** A uniformly random rotation as a unit quaternion (w, x, y, z). */
    private static double[] unitQuaternion(SplittableRandom rng) {
        double w;
        double x;
        double y;
        double z;
        double n;
        do {
            w = rng.nextGaussian();
            x = rng.nextGaussian();
            y = rng.nextGaussian();
            z = rng.nextGaussian();
            n = Math.sqrt(w * w + x * x + y * y + z * z);
        } while (n < 1e-9);
        return new double[] {w / n, x / n, y / n, z / n};
    }

    private static double[] rotate(double[] q, double px, double py, double pz) {
        double w = q[0];
        double x = q[1];
        double y = q[2];
        double z = q[3];
        return new double[] {
            (1 - 2 * (y * y + z * z)) * px + 2 * (x * y - w * z) * py + 2 * (x * z + w * y) * pz,
            2 * (x * y + w * z) * px + (1 - 2 * (x * x + z * z)) * py + 2 * (y * z - w * x) * pz,
            2 * (x * z - w * y) * px + 2 * (y * z + w * x) * py + (1 - 2 * (x * x + y * y)) * pz};
    }

    private static void set(double[] p, double[] d, double s) {
        set(p, d[0] * s, d[1] * s, d[2] * s);
    }

    private static void set(double[] p, double x, double y, double z) {
        p[0] = x;
        p[1] = y;
        p[2] = z;
    }
}
