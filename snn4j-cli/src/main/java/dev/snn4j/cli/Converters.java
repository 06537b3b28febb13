/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.cli;

import dev.snn4j.data.Augmentation;
import dev.snn4j.data.DatasetId;
import dev.snn4j.data.FrameScale;
import dev.snn4j.data.FrameSplit;
import dev.snn4j.data.PixelNormalization;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelPreset;
import dev.snn4j.neuron.NeuronType;
import dev.snn4j.eval.AttackMethod;
import dev.snn4j.train.optim.LrSchedule;
import dev.snn4j.config.TrainingMethod;
import dev.snn4j.train.optim.OptimizerKind;
import dev.snn4j.eval.RecordingReversal;
import dev.snn4j.trt.ConsistencyMode;
import dev.snn4j.trt.ReversalPoint;
import java.util.List;

/** The user-facing enums that flags take, converted by their names ({@code fashion-mnist}). */
final class Converters {

    static final List<Class<?>> CLI_ENUMS =
            List.of(
                    DatasetId.class, Augmentation.class, FrameSplit.class, FrameScale.class, PixelNormalization.class, InputEncoding.class, ModelPreset.class, NeuronType.class,
                    LrSchedule.class, TrainingMethod.class, AttackMethod.class, RecordingReversal.class, OptimizerKind.class, ConsistencyMode.class, ReversalPoint.class,
                    dev.snn4j.trt.StarProduct.class, dev.snn4j.trt.StarHead.class, dev.snn4j.trt.StarScale.class, dev.snn4j.trt.OutputLoss.class);

    private Converters() {}
}
