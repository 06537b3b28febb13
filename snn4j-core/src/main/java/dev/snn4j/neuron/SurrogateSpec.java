/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.neuron;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.snn4j.Snn4jException;

/**
 * A surrogate function with its sharpness, written {@code NAME:ALPHA} on the command line and in
 * config files (e.g. {@code sigmoid:4}).
 */
public record SurrogateSpec(Surrogate function, double alpha) {

    public SurrogateSpec {
        if (function == null) {
            throw new Snn4jException("surrogate: expected a function name, found none");
        }
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new Snn4jException(
                    "surrogate: expected a positive finite alpha, found " + alpha);
        }
    }

    /** Parses {@code NAME:ALPHA}, or {@code NAME} alone with that function's usual alpha. */
    @JsonCreator
    public static SurrogateSpec parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length > 2) {
            throw new Snn4jException("surrogate: expected NAME:ALPHA, found '" + text + "'");
        }
        Surrogate function = Surrogate.parse(parts[0]);
        if (parts.length == 1) {
            return new SurrogateSpec(function, function.defaultAlpha());
        }
        try {
            return new SurrogateSpec(function, Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
            throw new Snn4jException(
                    "surrogate: expected a number after ':', found '" + parts[1] + "'");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        String a = alpha == Math.rint(alpha) ? Long.toString((long) alpha) : Double.toString(alpha);
        return function.cliName() + ":" + a;
    }
}
