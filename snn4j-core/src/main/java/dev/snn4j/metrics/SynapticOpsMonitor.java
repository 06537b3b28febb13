/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.metrics;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.util.Pair;
import dev.snn4j.layer.SynapticConv2d;
import dev.snn4j.layer.SynapticLinear;
import dev.snn4j.model.SpikingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, while attached, the operations every convolution and linear layer of a model really
 * performs. A layer whose input holds spikes (or spike counts: non-negative integers, as SEW blocks
 * emit) does one accumulate per unit of input per synapse: synaptic operations (SOPs) = MACs × mean
 * input value, i.e. each spike times its fan-out. A layer with real-valued input (the first layer
 * under direct encoding, a head on firing rates) does dense multiply-accumulates. Zero padding is
 * counted as input, so SOPs of border positions are slightly overestimated.
 */
public final class SynapticOpsMonitor implements AutoCloseable {

    /** One layer's totals over everything it saw. */
    public record LayerOps(String name, double macs, double sops, double inputSpikeRate, boolean spikingInput) {}

    private final List<Layer> layers = new ArrayList<>();

    private static final class Layer {
        final String name;
        final Block block;
        double denseMacs;
        double realValuedMacs;
        double sops;
        double inputSum;
        double inputSize;
        boolean sawRealInput;

        Layer(String name, Block block) {
            this.name = name;
            this.block = block;
        }

        void record(NDArray input, NDArray output, long macsPerOutput) {
            double macs = (double) output.size() * macsPerOutput;
            denseMacs += macs;
            boolean counts = input.gte(input.getManager().create(0f)).all().getBoolean()
                    && input.eq(input.round()).all().getBoolean();
            double mean = input.sum().getFloat() / (double) input.size();
            if (counts) {
                sops += macs * mean;
                inputSum += mean * input.size();
                inputSize += input.size();
            } else {
                realValuedMacs += macs;
                sawRealInput = true;
            }
        }
    }

    /** Attaches to every synaptic layer of {@code model}; close to detach. */
    public SynapticOpsMonitor(SpikingModel model) {
        collect(model, "");
        for (Layer layer : layers) {
            if (layer.block instanceof SynapticConv2d c) {
                c.setRecorder(layer::record);
            } else if (layer.block instanceof SynapticLinear l) {
                l.setRecorder(layer::record);
            }
        }
    }

    private void collect(Block block, String path) {
        if (block instanceof SynapticConv2d || block instanceof SynapticLinear) {
            layers.add(new Layer(path, block));
            return;
        }
        for (Pair<String, Block> child : block.getChildren()) {
            String name = child.getKey().replaceFirst("^\\d\\d", "");
            collect(child.getValue(), path.isEmpty() ? name : path + "." + name);
        }
    }

    /** Per layer, in forward order: MACs (real-valued input) and SOPs (spiking input), summed. */
    public List<LayerOps> layers() {
        List<LayerOps> out = new ArrayList<>();
        for (Layer l : layers) {
            double rate = l.inputSize == 0 ? 0 : l.inputSum / l.inputSize;
            out.add(new LayerOps(l.name, l.realValuedMacs, l.sops, rate, !l.sawRealInput));
        }
        return out;
    }

    /** Totals divided by {@code samples}: per-sample MACs and SOPs, and energy under {@code energy}. */
    public Map<String, Object> perSample(long samples, EnergyModel energy, long annMacs) {
        double macs = 0;
        double sops = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LayerOps l : layers()) {
            macs += l.macs();
            sops += l.sops();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", l.name());
            row.put("macs_per_sample", l.macs() / samples);
            row.put("sops_per_sample", l.sops() / samples);
            row.put("input_spike_rate", l.spikingInput() ? l.inputSpikeRate() : null);
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mac_pj", energy.macPicojoules());
        out.put("ac_pj", energy.acPicojoules());
        out.put("macs_per_sample", macs / samples);
        out.put("sops_per_sample", sops / samples);
        out.put("energy_uj_per_sample", energy.microjoules(macs / samples, sops / samples));
        out.put("ann_macs_per_sample", (double) annMacs);
        out.put("ann_energy_uj_per_sample", energy.microjoules(annMacs, 0));
        out.put("layers", rows);
        return out;
    }

    @Override
    public void close() {
        for (Layer layer : layers) {
            if (layer.block instanceof SynapticConv2d c) {
                c.setRecorder(null);
            } else if (layer.block instanceof SynapticLinear l) {
                l.setRecorder(null);
            }
        }
    }
}
