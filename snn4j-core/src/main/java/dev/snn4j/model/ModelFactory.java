/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.model;

import java.nio.file.Path;

/**
 * Builds the models of one architecture that is not a preset, so that a saved model of it reloads
 * by name alone ({@link Models#build}): a module registers an implementation in
 * {@code META-INF/services/dev.snn4j.model.ModelFactory} (as snn4j-nir does for models imported from
 * NIR). The factory builds the block; snn4j loads the parameters.
 */
public interface ModelFactory {

    /** The architecture this factory builds, as {@link ModelSpec#architecture()} names it. */
    String architecture();

    /**
     * Builds an uninitialised model of {@code spec}.
     *
     * @param modelDirectory the folder the model was saved in (a run folder), where the architecture
     *     may keep its own description (an imported NIR graph, say)
     */
    SpikingModel build(ModelSpec spec, Path modelDirectory);
}
