/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One shapes-dvs sample: a bright shape on a dark background, moving as its {@link ShapesDvsClass}
 * says over 200 ms, rendered with a one-pixel soft edge (coverage from a signed distance).
 *
 * <p>Each sample draws its brightness (0.6-1 on a 0.1 background), size, centre (±3 pixels around
 * the middle), amplitude and starting angle. The draws are the same for both classes of a
 * time-reversal pair, and each pair's motions are exact time reverses of each other for the same
 * draws (linear motions, start and end swapped), so the reversed class has the same distribution as
 * the reversed samples; the symmetric classes move along cos(2πt/D), which reads the same backwards.
 */
final class ShapesScene implements EventCameraSimulator.Scene {

    static final SensorSize SENSOR = EventDatasetSpec.SHAPES_DVS.sensor();
    static final long DURATION_MICROS = 200_000;
    /** Simulation steps: 2 ms each. */
    static final int STEPS = 100;
    private static final float BACKGROUND = 0.1f;

    private final ShapesDvsClass kind;
    private final float brightness;
    private final double size;
    private final double cx;
    private final double cy;
    private final double amplitude;
    private final double angle0;
    private final double turn;
    private final double radiusSmall;
    private final double radiusLarge;
    private final double phaseSign;

    ShapesScene(ShapesDvsClass kind, SplittableRandom rng) {
        this.kind = kind;
        this.brightness = (float) rng.nextDouble(0.6, 1.0);
        this.size = rng.nextDouble(5.0, 7.5);
        this.cx = 16 + rng.nextDouble(-3, 3);
        this.cy = 16 + rng.nextDouble(-3, 3);
        this.amplitude = rng.nextDouble(4.5, 7.5);
        this.angle0 = rng.nextDouble(0, 2 * Math.PI);
        this.turn = Math.toRadians(rng.nextDouble(60, 100));
        this.radiusSmall = rng.nextDouble(3.0, 5.0);
        this.radiusLarge = rng.nextDouble(9.0, 12.0);
        this.phaseSign = rng.nextBoolean() ? 1 : -1;
    }

    @Override
    public void render(double timeMicros, float[] intensity) {
        double s = timeMicros / DURATION_MICROS; // 0..1
        double x = cx;
        double y = cy;
        double angle = angle0;
        double r = size;
        double cosine = phaseSign * Math.cos(2 * Math.PI * s);
        switch (kind) {
            case SQUARE_RIGHT -> x = cx + amplitude * (2 * s - 1);
            case SQUARE_LEFT -> x = cx + amplitude * (1 - 2 * s);
            case TRIANGLE_CLOCKWISE -> angle = angle0 + turn * s;
            case TRIANGLE_ANTICLOCKWISE -> angle = angle0 + turn * (1 - s);
            case CIRCLE_EXPANDING -> r = radiusSmall + (radiusLarge - radiusSmall) * s;
            case CIRCLE_SHRINKING -> r = radiusSmall + (radiusLarge - radiusSmall) * (1 - s);
            case CROSS_DOWN -> y = cy + amplitude * (2 * s - 1);
            case CROSS_UP -> y = cy + amplitude * (1 - 2 * s);
            case SQUARE_THERE_AND_BACK -> x = cx + amplitude * cosine;
            case CIRCLE_PULSING -> r = (radiusSmall + radiusLarge) / 2 + (radiusLarge - radiusSmall) / 2 * cosine;
            default -> throw new AssertionError(kind);
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        int w = SENSOR.width();
        int h = SENSOR.height();
        // every shape lies within 1.1 r of its centre; outside that box only the background shows
        double reach = 1.1 * r + 1.5;
        int x0 = Math.max(0, (int) Math.floor(x - reach));
        int x1 = Math.min(w, (int) Math.ceil(x + reach));
        int y0 = Math.max(0, (int) Math.floor(y - reach));
        int y1 = Math.min(h, (int) Math.ceil(y + reach));
        Arrays.fill(intensity, BACKGROUND);
        for (int py = y0; py < y1; py++) {
            for (int px = x0; px < x1; px++) {
                double dx = px + 0.5 - x;
                double dy = py + 0.5 - y;
                // into the shape's frame: rotate by -angle
                double qx = cos * dx + sin * dy;
                double qy = -sin * dx + cos * dy;
                double d = distance(qx, qy, r);
                float coverage = (float) Math.max(0, Math.min(1, 0.5 - d));
                intensity[py * w + px] = BACKGROUND + (brightness - BACKGROUND) * coverage;
            }
        }
    }

    /** Signed distance (negative inside) to the shape of "radius" r, in its own frame. */
    private double distance(double qx, double qy, double r) {
        return switch (kind) {
            case SQUARE_RIGHT, SQUARE_LEFT, SQUARE_THERE_AND_BACK -> box(qx, qy, r * 0.75, r * 0.75);
            case TRIANGLE_CLOCKWISE, TRIANGLE_ANTICLOCKWISE -> triangle(qx, qy, r);
            case CROSS_DOWN, CROSS_UP -> Math.min(box(qx, qy, r, r / 3), box(qx, qy, r / 3, r));
            default -> Math.sqrt(qx * qx + qy * qy) - r;
        };
    }

    private static double box(double qx, double qy, double hx, double hy) {
        double ax = Math.abs(qx) - hx;
        double ay = Math.abs(qy) - hy;
        double ox = Math.max(ax, 0);
        double oy = Math.max(ay, 0);
        double outside = Math.sqrt(ox * ox + oy * oy);
        return outside + Math.min(Math.max(ax, ay), 0);
    }

    private static final double HALF_SQRT3 = Math.sqrt(3) / 2;

    /**
     * Equilateral triangle with circumradius r (inradius r/2), one corner along -y: the largest
     * distance beyond its three edges, whose normals point at 90°, 210° and 330°.
     */
    private static double triangle(double qx, double qy, double r) {
        double d = Math.max(qy, Math.max(-HALF_SQRT3 * qx - 0.5 * qy, HALF_SQRT3 * qx - 0.5 * qy));
        return d - r / 2;
    }
}
