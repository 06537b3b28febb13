/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Records a rendered scene with the pixel model of {@link CameraModel}.
 *
 * <p>The scene is sampled at regular steps; between two samples a pixel's log intensity is taken
 * to change linearly, so each threshold crossing gets its own interpolated timestamp (several
 * events per step when the change is large), as in ESIM. The per-pixel thresholds are drawn once
 * per simulator from a sensor seed: one camera records a whole dataset, with its fixed pattern of
 * more and less sensitive pixels. Log intensity comes from a 4,097-entry table with linear
 * interpolation (error below 1e-5 log units), the dominant cost otherwise.
 */
final class EventCameraSimulator {

    /** Draws the scene's linear intensity in [0, 1] at a time into a row-major width x height array. */
    @FunctionalInterface
    interface Scene {
        void render(double timeMicros, float[] intensity);
    }

    private static final int LOG_TABLE = 4096;

    private final SensorSize sensor;
    private final CameraModel model;
    private final float[] thresholdOn;
    private final float[] thresholdOff;
    private final float[] logTable = new float[LOG_TABLE + 2];

    EventCameraSimulator(SensorSize sensor, CameraModel model, long sensorSeed) {
        this.sensor = sensor;
        this.model = model;
        int n = sensor.width() * sensor.height();
        thresholdOn = new float[n];
        thresholdOff = new float[n];
        SplittableRandom rng = new SplittableRandom(sensorSeed);
        for (int i = 0; i < n; i++) {
            thresholdOn[i] = threshold(rng);
            thresholdOff[i] = threshold(rng);
        }
        for (int i = 0; i < logTable.length; i++) {
            logTable[i] = (float) Math.log(Math.min(1.0, (double) i / LOG_TABLE) + model.logEpsilon());
        }
    }

    private float threshold(SplittableRandom rng) {
        double g = gaussian(rng);
        return (float) Math.max(model.threshold() / 4, model.threshold() * (1 + model.thresholdSigma() * g));
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private float log(float intensity) {
        float s = Math.max(0f, Math.min(1f, intensity)) * LOG_TABLE;
        int i = (int) s;
        float f = s - i;
        return logTable[i] + f * (logTable[i + 1] - logTable[i]);
    }

    /**
     * Records {@code scene} from t = 0 to {@code durationMicros} in {@code steps} steps; the frame at
     * t = 0 sets every pixel's reference level and emits nothing.
     *
     * @param rng background noise
     */
    Events record(Scene scene, long durationMicros, int steps, SplittableRandom rng) {
        int width = sensor.width();
        int n = width * sensor.height();
        float[] intensity = new float[n];
        float[] lastIntensity = new float[n];
        float[] previous = new float[n];
        float[] reference = new float[n];
        double[] lastEvent = new double[n];
        Arrays.fill(lastEvent, Double.NEGATIVE_INFINITY);
        scene.render(0, intensity);
        for (int i = 0; i < n; i++) {
            previous[i] = log(intensity[i]);
            reference[i] = previous[i];
            lastIntensity[i] = intensity[i];
        }
        double dt = (double) durationMicros / steps;
        double refractory = model.refractoryMicros();
        double noisePerStep = model.noiseRateHz() * n * dt * 1e-6;
        StepEvents step = new StepEvents();
        EventArrays out = new EventArrays(1024);
        for (int k = 1; k <= steps; k++) {
            double t0 = (k - 1) * dt;
            scene.render(k * dt, intensity);
            step.clear();
            for (int i = 0; i < n; i++) {
                if (intensity[i] == lastIntensity[i]) {
                    continue; // unchanged light: no event, nothing to update (most of a static background)
                }
                lastIntensity[i] = intensity[i];
                float now = log(intensity[i]);
                float before = previous[i];
                previous[i] = now;
                float ref = reference[i];
                float diff = now - ref;
                if (diff < thresholdOn[i] && -diff < thresholdOff[i]) {
                    continue;
                }
                int polarity = diff > 0 ? 1 : 0;
                float th = polarity == 1 ? thresholdOn[i] : thresholdOff[i];
                float stepSign = polarity == 1 ? th : -th;
                while (Math.abs(now - ref) >= th) {
                    ref += stepSign;
                    double frac = now == before ? 1.0 : (ref - before) / (now - before);
                    double te = t0 + Math.max(0, Math.min(1, frac)) * dt;
                    if (te - lastEvent[i] >= refractory) {
                        step.add(te, i % width, i / width, polarity);
                        lastEvent[i] = te;
                    }
                }
                reference[i] = ref;
            }
            int noise = poisson(noisePerStep, rng);
            for (int e = 0; e < noise; e++) {
                int i = rng.nextInt(n);
                step.add(t0 + rng.nextDouble() * dt, i % width, i / width, rng.nextInt(2));
            }
            step.sortInto(out);
        }
        return out.build(sensor);
    }

    /** Knuth's method; fine for the small means of per-step noise. */
    private static int poisson(double mean, SplittableRandom rng) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-Math.min(mean, 500));
        double prod = rng.nextDouble();
        int k = 0;
        while (prod > limit) {
            k++;
            prod *= rng.nextDouble();
        }
        return k;
    }

    /**
     * The events of one step, sorted by time (whole microseconds, then order of creation) before
     * they are appended; steps follow each other in time, so the stream comes out sorted.
     */
    private static final class StepEvents {
        private long[] keys = new long[256];
        private int[] packed = new int[256];
        private int n;

        void clear() {
            n = 0;
        }

        void add(double time, int x, int y, int polarity) {
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, 2 * n);
                packed = Arrays.copyOf(packed, 2 * n);
            }
            keys[n] = ((long) time << 24) | n;
            packed[n] = (x << 16) | (y << 1) | polarity;
            n++;
        }

        void sortInto(EventArrays out) {
            Arrays.sort(keys, 0, n);
            out.ensureRoom(n);
            for (int i = 0; i < n; i++) {
                int v = packed[(int) (keys[i] & 0xFFFFFF)];
                out.add(keys[i] >>> 24, v >>> 16, (v >>> 1) & 0x7FFF, v & 1);
            }
        }
    }
}
