/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.CliEnum;
import dev.snn4j.config.TrainingMethod;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.neuron.Surrogate;
import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.train.optim.OptimizerKind;
import dev.snn4j.trt.ConsistencyMode;
import dev.snn4j.trt.ReversalPoint;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The user-facing names of an enum, as picocli's {@code completionCandidates}: help texts list
 * {@code ${COMPLETION-CANDIDATES}}, generated from the enum, so a new constant shows up by itself.
 */
abstract class EnumNames implements Iterable<String> {

    private final List<String> names;

    <E extends Enum<E> & CliEnum> EnumNames(Class<E> type) {
        this(Arrays.stream(type.getEnumConstants()).map(CliEnum::cliName).toList());
    }

    private EnumNames(List<String> names) {
        this.names = names;
    }

    @Override
    public Iterator<String> iterator() {
        return names.iterator();
    }

    static final class Datasets extends EnumNames {
        Datasets() { super(DatasetId.class); }
    }

    static final class Models extends EnumNames {
        Models() { super(ModelPreset.class); }
    }

    static final class Methods extends EnumNames {
        Methods() { super(TrainingMethod.class); }
    }

    static final class Neurons extends EnumNames {
        Neurons() { super(NeuronType.class); }
    }

    static final class Surrogates extends EnumNames {
        Surrogates() { super(Surrogate.class); }
    }

    static final class Optimizers extends EnumNames {
        Optimizers() { super(OptimizerKind.class); }
    }

    static final class Schedules extends EnumNames {
        Schedules() { super(LrSchedule.class); }
    }

    static final class Reversals extends EnumNames {
        Reversals() { super(ReversalPoint.class); }
    }

    static final class Consistencies extends EnumNames {
        Consistencies() { super(ConsistencyMode.class); }
    }

    static final class StarProducts extends EnumNames {
        StarProducts() { super(dev.snn4j.trt.StarProduct.class); }
    }

    static final class StarHeads extends EnumNames {
        StarHeads() { super(dev.snn4j.trt.StarHead.class); }
    }

    static final class OutputLosses extends EnumNames {
        OutputLosses() { super(dev.snn4j.trt.OutputLoss.class); }
    }

    static final class StarScales extends EnumNames {
        StarScales() { super(dev.snn4j.trt.StarScale.class); }
    }

    static final class FrameSplits extends EnumNames {
        FrameSplits() { super(FrameSplit.class); }
    }

    static final class FrameScales extends EnumNames {
        FrameScales() { super(FrameScale.class); }
    }

    static final class Normalizations extends EnumNames {
        Normalizations() { super(PixelNormalization.class); }
    }

    /** Each neuron type's own parameters with their defaults, e.g. "qif: a0=1.0 v_c=0.8 v_rest=0.0". */
    static final class NeuronParams extends EnumNames {
        NeuronParams() {
            super(Arrays.stream(NeuronType.values()).filter(t -> !t.parameters().isEmpty())
                    .map(t -> t.cliName() + ": " + t.parameters().stream().map(p -> p.name() + "=" + p.defaultValue())
                            .collect(Collectors.joining(" ")))
                    .toList());
        }
    }
}
