/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.nir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.snn4j.Snn4jException;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.neuron.NeuronType;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** NIR graphs as snn4j models: hand-worked outputs, and one clear line for what does not map. */
class NirImportTest {

    private static NirImport options(int timesteps) {
        return NirImport.builder().optDt(HandWorkedGraphs.DT).optTimesteps(timesteps).optEncoding(InputEncoding.DIRECT)
                .build();
    }

    /** The scores of {@code graph} for one sample {@code x} of {@code shape}. */
    static float[] scores(NirImport nirImport, NirGraph graph, float[] x, long... shape) {
        try (NDManager m = NDManager.newBaseManager()) {
            NirImport.Result r = nirImport.load(graph, m, "test.nir");
            long[] batched = new long[shape.length + 1];
            batched[0] = 1;
            System.arraycopy(shape, 0, batched, 1, shape.length);
            var input = m.create(x, new Shape(batched));
            return r.model().forward(new ParameterStore(m, false), new NDList(input), false).singletonOrThrow().toFloatArray();
        }
    }

    @Test
    void lifGraphGivesTheHandWorkedScores() {
        float[] s = scores(options(4), HandWorkedGraphs.lif(), HandWorkedGraphs.LIF_INPUT, 2);
        assertArrayEquals(HandWorkedGraphs.LIF_SCORES, s, 1e-6f);
    }

    @Test
    void ifGraphWithSumPoolThresholdGivesTheHandWorkedScores() {
        float[] s = scores(options(3), HandWorkedGraphs.ifMaxPool(), HandWorkedGraphs.IF_INPUT, 1, 2, 2);
        assertArrayEquals(HandWorkedGraphs.IF_SCORES, s, 1e-6f);
    }

    @Test
    void theImportedLayersAreSnn4jsBlocks() {
        try (NDManager m = NDManager.newBaseManager()) {
            NirImport.Result r = options(3).load(HandWorkedGraphs.ifMaxPool(), m, "test.nir");
            assertEquals(NeuronType.IF, r.model().stemBlock().neuron().spec().type());
            assertEquals(List.of("any", "flat"), List.of(r.model().bodyBlock().getChildren().get(0).getKey().substring(2),
                    r.model().bodyBlock().getChildren().get(1).getKey().substring(2)));
            assertEquals(true, r.model().bodyBlock().isMaxPool(0), "SumPool2d then Threshold after spikes is snn4j's max pool");
            assertEquals(new Shape(1, 2), r.model().getOutputShapes(new Shape[] {r.model().inputShape(1)})[0]);
            assertEquals(List.of("conv: Conv2d 1->1, kernel 1x1, stride [1, 1], padding [0, 0] -> [1, 2, 2]",
                    "if: if(vth=1.0, hard reset to 0.0, sigmoid:4) -> [1, 2, 2]",
                    "any: max pool [2, 2] of spikes (SumPool2d then Threshold) -> [1, 1, 1]",
                    "flat: flatten -> [1]",
                    "out: Affine 1->2 -> [2]"), r.layers());
        }
    }

    @Test
    void metadataGivesTheDefaultsAndOptionsOverrideIt() {
        NirGraph graph = withMetadata(HandWorkedGraphs.lif(), 1e-3, 4L, "direct");
        assertArrayEquals(HandWorkedGraphs.LIF_SCORES, scores(NirImport.builder().build(), graph, HandWorkedGraphs.LIF_INPUT, 2),
                1e-6f);
        // with T = 2 neuron 0 fires once in 2 steps (rate 0.5 still), and neuron 1 never
        assertArrayEquals(new float[] {0.5f, 0, 0.75f},
                scores(NirImport.builder().optTimesteps(2).build(), graph, HandWorkedGraphs.LIF_INPUT, 2), 1e-6f);
        // with T = 1 nothing fires: the scores are the head's bias
        assertArrayEquals(new float[] {0, 0, 0.25f},
                scores(NirImport.builder().optTimesteps(1).build(), graph, HandWorkedGraphs.LIF_INPUT, 2), 1e-6f);
    }

    private static NirGraph withMetadata(NirGraph g, double dt, long timesteps, String encoding) {
        return new NirGraph(g.nodes(), g.edges(), java.util.Map.of(NirMetadata.DT, dt, NirMetadata.TIMESTEPS, timesteps,
                NirMetadata.ENCODING, encoding));
    }

    private static String failure(NirImport nirImport, NirGraph graph) {
        try (NDManager m = NDManager.newBaseManager()) {
            return assertThrows(Snn4jException.class, () -> nirImport.load(graph, m, "f.nir")).getMessage();
        }
    }

    @Test
    void missingSettingsNameTheOptionToGive() {
        NirGraph bare = HandWorkedGraphs.lif();
        assertEquals("--timesteps: f.nir does not say how many steps a sample lasts (no 'timesteps' metadata); give"
                + " --timesteps T", failure(NirImport.builder().build(), bare));
        assertEquals("--encoding: f.nir does not say whether its input is a static sample repeated at every step (direct)"
                + " or one frame per step (temporal) (no 'encoding' metadata); give --encoding direct or --encoding temporal",
                failure(NirImport.builder().optTimesteps(4).build(), bare));
    }

    @Test
    void withoutDtTheStepIsSpikingJellysDefault() {
        // tau = 2e-3 s read with 0.1 ms steps is tau = 20 steps: neuron 0 (current 1.5) goes 0.075, 0.146, ... and does
        // not reach 1 within 4 steps, so the scores are the head's bias
        float[] s = scores(NirImport.builder().optTimesteps(4).optEncoding(InputEncoding.DIRECT).build(),
                HandWorkedGraphs.lif(), HandWorkedGraphs.LIF_INPUT, 2);
        assertArrayEquals(new float[] {0, 0, 0.25f}, s, 1e-6f);
        try (NDManager m = NDManager.newBaseManager()) {
            NirImport.Result r = NirImport.builder().optTimesteps(4).optEncoding(InputEncoding.DIRECT).build()
                    .load(HandWorkedGraphs.lif(), m, "f.nir");
            assertEquals(1e-4, r.dt());
            assertEquals(20, r.model().stemBlock().neuron().spec().tau(), 1e-5);
        }
    }

    /** The lif graph with its LIF node replaced. */
    private static NirGraph lifWith(UnaryOperator<NirNode.Lif> change) {
        NirGraph g = HandWorkedGraphs.lif();
        java.util.Map<String, NirNode> nodes = new java.util.LinkedHashMap<>(g.nodes());
        nodes.put("lif", change.apply((NirNode.Lif) nodes.get("lif")));
        return new NirGraph(nodes, g.edges(), g.metadata());
    }

    @Test
    void neuronsSnn4jCannotRunSayWhy() {
        NirGraph gain = lifWith(l -> new NirNode.Lif(l.tau(), NirArray.full(new long[] {2}, 3), l.vLeak(), l.vThreshold(),
                l.vReset()));
        assertEquals("f.nir: node 'lif' (LIF): LIF with r = 3; snn4j reads r = 1 (decay_input) or r = tau/dt = 2 (no"
                + " decay_input)", failure(options(4), gain));
        NirGraph perNeuron = lifWith(l -> new NirNode.Lif(new NirArray(new long[] {2}, new float[] {0.002f, 0.003f}), l.r(),
                l.vLeak(), l.vThreshold(), l.vReset()));
        assertEquals("f.nir: node 'lif' (LIF): expected one 'tau' for the whole layer (snn4j keeps one per layer), found"
                + " values from 0.002 to 0.003", failure(options(4), perNeuron));
        NirGraph leak = lifWith(l -> new NirNode.Lif(l.tau(), l.r(), NirArray.full(new long[] {2}, -0.5f), l.vThreshold(),
                l.vReset()));
        assertEquals("f.nir: node 'lif' (LIF): LIF with v_leak = -0.5 and v_reset = 0; snn4j's LIF leaks towards its reset"
                + " potential, so they must be equal", failure(options(4), leak));
        // the same file read with a ten times longer step: tau/dt = 0.2
        assertEquals("f.nir: node 'lif' (LIF): LIF with tau/dt = 0.2; snn4j's LIF needs tau > dt (is --dt 0.01 right for"
                + " this file?)", failure(NirImport.builder().optDt(0.01).optTimesteps(4).optEncoding(InputEncoding.DIRECT)
                .build(), HandWorkedGraphs.lif()));
    }

    @Test
    void graphsThatAreNotOneChainSayWhereTheChainBreaks() {
        NirGraph g = HandWorkedGraphs.lif();
        NirGraph skip = new NirGraph(g.nodes(), concat(g.edges(), new NirGraph.Edge("fc", "out")), g.metadata());
        assertEquals("f.nir: nodes [lif, out] all take the value of [fc] before the first spiking layer; snn4j's stem is"
                + " one chain", failure(options(4), skip));
        java.util.Map<String, NirNode> nodes = new java.util.LinkedHashMap<>(g.nodes());
        nodes.put("lif", new NirNode.Other("CubaLIF"));
        assertEquals("f.nir: node 'lif' (CubaLIF): snn4j cannot import CubaLIF nodes (it imports Conv2d, Affine, Linear, IF,"
                + " LIF, SumPool2d, AvgPool2d, Flatten, and Threshold after a SumPool2d of spikes)",
                failure(options(4), new NirGraph(nodes, g.edges(), g.metadata())));
        nodes.put("lif", new NirNode.Affine(new NirArray(new long[] {2, 2}, new float[4]), NirArray.vector(0, 0)));
        assertEquals("f.nir: expected a spiking layer (LIF or IF) on the way from 'input' to 'output', found none",
                failure(options(4), new NirGraph(nodes, g.edges(), g.metadata())));
        nodes.put("lif", g.node("lif"));
        nodes.put("fc", new NirNode.Other("LI"));
        assertEquals("f.nir: node 'fc' (LI): snn4j cannot import LI nodes (it imports Conv2d, Affine, Linear, IF, LIF,"
                + " SumPool2d, AvgPool2d, Flatten, and Threshold after a SumPool2d of spikes)",
                failure(options(4), new NirGraph(nodes, g.edges(), g.metadata())));
    }

    private static List<NirGraph.Edge> concat(List<NirGraph.Edge> edges, NirGraph.Edge extra) {
        java.util.List<NirGraph.Edge> out = new java.util.ArrayList<>(edges);
        out.add(extra);
        return out;
    }
}
