/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import dev.snn4j.Snn4jException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Builds the model a {@link ModelSpec} names: a preset, or an architecture a {@link ModelFactory} knows. */
public final class Models {

    private Models() {}

    /**
     * An uninitialised model of {@code spec}; call {@code initialize} with {@code spec.inputShape(B)}.
     *
     * @param modelDirectory where the model was saved (passed to a {@link ModelFactory}), or {@code null}
     * @throws Snn4jException when no preset or factory builds the architecture, or the spec does not suit it
     */
    public static SpikingModel build(ModelSpec spec, Path modelDirectory) {
        if (spec.preset().isPresent()) {
            return ModelPreset.build(spec);
        }
        for (ModelFactory factory : ServiceLoader.load(ModelFactory.class)) {
            if (factory.architecture().equals(spec.architecture())) {
                return factory.build(spec, modelDirectory);
            }
        }
        throw new Snn4jException("architecture '" + spec.architecture() + "': expected a preset or an architecture a "
                + "ModelFactory on the classpath builds, found neither; a model built in code reloads with the code "
                + "that builds it (SavedModel.load with a block factory)");
    }
}
