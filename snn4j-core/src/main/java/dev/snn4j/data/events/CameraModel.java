/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

/**
 * The simulated event camera of the generated datasets, after the DVS pixel model (as in ESIM and
 * v2e): a pixel emits an ON (OFF) event each time its log intensity has risen (fallen) by its
 * contrast threshold since its last event.
 *
 * @param threshold mean contrast threshold, in log-intensity units, for ON and OFF alike
 * @param thresholdSigma relative spread of the per-pixel thresholds (fixed per sensor, drawn once):
 *     each pixel's threshold is threshold * (1 + sigma * N(0, 1)), at least threshold / 4
 * @param refractoryMicros after an event a pixel stays silent this long (events it would emit are
 *     dropped, its reference level still follows the light)
 * @param noiseRateHz background activity: random events per pixel per second, half ON, half OFF
 * @param logEpsilon log(I + epsilon) is the pixel's log intensity for linear intensity I in [0, 1];
 *     keeps black finite and makes dark changes less eventful, as in real sensors
 */
public record CameraModel(double threshold, double thresholdSigma, long refractoryMicros, double noiseRateHz,
        double logEpsilon) {

    /** Threshold 0.25, 3% spread, 1 ms refractory, 0.5 Hz noise, epsilon 0.1. */
    public static final CameraModel DEFAULT = new CameraModel(0.25, 0.03, 1_000, 0.5, 0.1);

    public CameraModel {
        if (!(threshold > 0) || !(thresholdSigma >= 0) || refractoryMicros < 0 || !(noiseRateHz >= 0)
                || !(logEpsilon > 0)) {
            throw new IllegalArgumentException("expected positive threshold and epsilon, non-negative spread, "
                    + "refractory period and noise, found " + this);
        }
    }

    /** For cache keys: every parameter, fixed notation. */
    String key() {
        return "threshold=" + threshold + ",sigma=" + thresholdSigma + ",refractory=" + refractoryMicros
                + ",noise=" + noiseRateHz + ",epsilon=" + logEpsilon;
    }
}
