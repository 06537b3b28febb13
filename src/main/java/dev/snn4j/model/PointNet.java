package dev.snn4j.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import dev.snn4j.layer.PointMaxPool;
import dev.snn4j.layer.Pointwise;
import dev.snn4j.layer.SpikingSequential;
import dev.snn4j.layer.Stem;
import dev.snn4j.layer.SynapticLinear;

/**
 * {@code pointnet}: Spiking PointNet (Ren et al. 2023) for point-cloud classification (ModelNet40:
 * [N, 3] points, N = 1024, 40 classes).
 *
 * <p>Layout: channels last, [B, N, 3] in, [T, B, N, C] inside, so a shared per-point layer is one
 * Linear on all points folded into the batch ({@link Pointwise}). Stem: Linear(3→64, no bias)-BN-SN,
 * the Linear and batch norm computed once per sample under direct encoding, the neuron driven for
 * T steps; body: Linear(64→128)-BN-SN, Linear(128→1024)-BN-SN (each shared by all points, no bias
 * since batch norm follows), max over points ({@link PointMaxPool}) to [T, B, 1024]; head
 * Linear(1024→classes) on the firing rates. TRT's feature reversal after the first spiking layer
 * flips the stem's [T, B, N, 64] spikes, as for images. Any N >= 1.
 */
final class PointNet {

    private PointNet() {}

    static SpikingModel build(ModelSpec spec) {
        InputCheck.points(spec);
        Stem stem = Parts.stem(spec, linearBn(64), "sn1");
        SpikingSequential body = new SpikingSequential()
                .add("fc2", linearBn(128))
                .add("sn2", Parts.neuron(spec))
                .add("fc3", linearBn(1024))
                .add("sn3", Parts.neuron(spec))
                .add("maxpool", new PointMaxPool());
        return new SpikingModel(spec, stem, body, SynapticLinear.of(spec.numClasses(), true));
    }

    /** A per-point Linear (no bias) and batch norm over channels, shared by every point. */
    private static Block linearBn(int units) {
        return new Pointwise(new SequentialBlock()
                .add(SynapticLinear.of(units, false))
                .add(BatchNorm.builder().build()));
    }
}
