/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.model.ModelSpec;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.neuron.SpikingNeuron;
import java.util.List;
import java.util.Locale;

/**
 * A NIR graph as an snn4j {@link SpikingModel} built from snn4j's blocks, with the graph's weights.
 *
 * <p>What maps: Conv2d, Affine and Linear (convolutions and linear layers with their biases, no
 * batch norm), IF and LIF neurons whose parameters are one value per layer ({@link NeuronMapping}
 * says which), a SumPool2d of spikes followed by an IF that only says "any spike" (threshold in
 * (0, 1), reset 0, r = 1/dt, as snn4j writes a max pool) or by a Threshold in [0, 1) (a max pool:
 * exact on spikes), SumPool2d and AvgPool2d, and Flatten of a whole sample. The graph is a chain
 * from Input to Output, but for forks that are snn4j's residual blocks ({@link ResidualImport}).
 * The stateless nodes before the first neuron are the stem's encoder; the graph ends with an
 * Affine or Linear (snn4j's head, applied to the firing rates: the same as applying it at every
 * step and averaging) or with a spiking layer (then its firing rates are the class scores).
 *
 * <p>NIR says nothing of how many steps a sample lasts, whether a static sample is repeated or
 * frames are fed, or how long a step is: the options say so, or else the graph's metadata as snn4j
 * writes it ({@link NirMetadata}). Without either, the step is 0.1 ms (the default of SpikingJelly's
 * and snnTorch's NIR bridges) and the import fails naming the option to give for the others.
 */
public final class NirImport {

    private final Double dt;
    private final Integer timesteps;
    private final InputEncoding encoding;

    private NirImport(Builder builder) {
        this.dt = builder.dt;
        this.timesteps = builder.timesteps;
        this.encoding = builder.encoding;
    }

    /**
     * The architecture of an imported model ({@link ModelSpec#architecture()}): a saved one is
     * rebuilt from the graph kept beside its parameters ({@link NirModelFactory}).
     */
    public static final String ARCHITECTURE = "nir";

    public static Builder builder() {
        return new Builder();
    }

    /** An imported model: initialised in the given manager, the graph's weights set. */
    public record Result(SpikingModel model, double dt, List<String> layers) {
        public Result {
            layers = List.copyOf(layers);
        }
    }

    /**
     * Builds the model of {@code graph} and initialises it in {@code manager}, with the graph's weights.
     *
     * @param source the file's name, which starts every error message
     */
    public Result load(NirGraph graph, NDManager manager, String source) {
        double stepSeconds = stepSeconds(graph);
        ImportPlan plan = new ImportPlan(graph, stepSeconds, source);
        SpikingModel model = assemble(graph, plan, source);
        model.initialize(manager, DataType.FLOAT32, model.spec().inputShape(1));
        plan.weights.load();
        return new Result(model, stepSeconds, plan.layers);
    }

    /**
     * The model of {@code graph}, not initialised and without the graph's weights: the block a saved
     * model's parameters are loaded into ({@link NirModelFactory}).
     *
     * @param source the file's name, which starts every error message
     */
    public SpikingModel build(NirGraph graph, String source) {
        return assemble(graph, new ImportPlan(graph, stepSeconds(graph), source), source);
    }

    private double stepSeconds(NirGraph graph) {
        return dt != null ? dt
                : graph.metadata().get(NirMetadata.DT) instanceof Number n && n.doubleValue() > 0 ? n.doubleValue()
                : NirExport.DEFAULT_DT;
    }

    private SpikingModel assemble(NirGraph graph, ImportPlan plan, String source) {
        int steps = timesteps != null ? timesteps : (int) metadataNumber(graph, NirMetadata.TIMESTEPS, "--timesteps", source,
                "how many steps a sample lasts", "give --timesteps T");
        InputEncoding enc = encoding != null ? encoding : metadataEncoding(graph, source);
        ModelSpec spec = new ModelSpec(ARCHITECTURE, plan.stemNeuron, steps, plan.classes, plan.inputShape, enc);
        Stem stem = Stem.builder()
                .setEncoding(enc)
                .optTimesteps(steps)
                .setEncoder(plan.encoder)
                .setNeuron(SpikingNeuron.builder().setSpec(plan.stemNeuron).build())
                .optNeuronName(plan.stemNeuronName)
                .build();
        SpikingSequential body = new SpikingSequential();
        plan.stages.forEach(s -> body.add(s.name(), s.block()));
        return new SpikingModel(spec, stem, body, plan.head);
    }

    private static double metadataNumber(NirGraph graph, String key, String option, String source, String what,
            String hint) {
        Object v = graph.metadata().get(key);
        if (v instanceof Number n && n.doubleValue() > 0) {
            return n.doubleValue();
        }
        throw new Snn4jException(option + ": " + source + " does not say " + what + " (no '" + key + "' metadata"
                + (v == null ? "" : ", found " + v) + "); " + hint);
    }

    private static InputEncoding metadataEncoding(NirGraph graph, String source) {
        Object v = graph.metadata().get(NirMetadata.ENCODING);
        if (v instanceof String s) {
            for (InputEncoding e : InputEncoding.values()) {
                if (e.cliName().equals(s.toLowerCase(Locale.ROOT))) {
                    return e;
                }
            }
        }
        throw new Snn4jException("--encoding: " + source + " does not say whether its input is a static sample repeated at"
                + " every step (direct) or one frame per step (temporal) (no '" + NirMetadata.ENCODING + "' metadata"
                + (v == null ? "" : ", found '" + v + "'") + "); give --encoding direct or --encoding temporal");
    }

    /** Builds a {@link NirImport}; each option overrides the graph's metadata. */
    public static final class Builder {
        private Double dt;
        private Integer timesteps;
        private InputEncoding encoding;

        private Builder() {}

        /** Seconds per snn4j step that the graph's time constants are read with. */
        public Builder optDt(double dt) {
            this.dt = NeuronMapping.checkDt(dt);
            return this;
        }

        /** T, the steps per sample. */
        public Builder optTimesteps(int timesteps) {
            if (timesteps < 1) {
                throw new Snn4jException("--timesteps: expected an integer >= 1, found " + timesteps);
            }
            this.timesteps = timesteps;
            return this;
        }

        /** Whether the input is a static sample repeated at every step or one frame per step. */
        public Builder optEncoding(InputEncoding encoding) {
            this.encoding = encoding;
            return this;
        }

        public NirImport build() {
            return new NirImport(this);
        }
    }
}
