/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import dev.snn4j.Snn4jException;
import dev.snn4j.model.ModelFactory;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Rebuilds a saved model of architecture {@value NirImport#ARCHITECTURE} (one imported from NIR)
 * from the graph saved beside its parameters, {@value #GRAPH_FILE}: the graph gives the layers, its
 * metadata the step length ({@code dt}), the spec the time steps and encoding; the parameters are
 * then loaded from the saved model. Registered with {@link java.util.ServiceLoader}, so that
 * {@code SavedModel.load} and {@code eval --run} need nothing else.
 */
public final class NirModelFactory implements ModelFactory {

    /** The graph an imported model's folder keeps, with the dt, T and encoding it was imported with. */
    public static final String GRAPH_FILE = "model.nir";

    @Override
    public String architecture() {
        return NirImport.ARCHITECTURE;
    }

    @Override
    public SpikingModel build(ModelSpec spec, Path modelDirectory) {
        if (modelDirectory == null) {
            throw new Snn4jException("architecture " + NirImport.ARCHITECTURE + ": expected the folder of a saved model,"
                    + " which holds its " + GRAPH_FILE + ", found none");
        }
        Path file = modelDirectory.resolve(GRAPH_FILE);
        NirGraph graph = NirFile.read(file);
        SpikingModel net = NirImport.builder()
                .optTimesteps(spec.timesteps())
                .optEncoding(spec.encoding())
                .build()
                .build(graph, file.toString());
        ModelSpec built = net.spec();
        if (built.numClasses() != spec.numClasses() || !Arrays.equals(built.sampleShape(), spec.sampleShape())) {
            throw new Snn4jException(file + ": expected the graph of the saved model (" + spec.describe() + "), found one of "
                    + built.describe());
        }
        return net;
    }
}
