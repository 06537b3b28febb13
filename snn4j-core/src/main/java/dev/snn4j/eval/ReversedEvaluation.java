/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import dev.snn4j.data.SampleDataset;
import dev.snn4j.model.SpikingModel;
import dev.snn4j.trt.TemporalReversal;
import java.util.function.IntConsumer;

/**
 * Accuracy on time-reversed test samples next to the normal accuracy, overall and per class, so a
 * user sees which classes depend on the direction of time. Temporal data is played backwards
 * ({@link RecordingReversal}); static data has its stem's spike sequence reversed, as TRT's feature
 * reversal does. Where the dataset says which class a sample becomes when reversed (shapes-dvs:
 * moving right becomes moving left), the share of reversed samples predicted as that class is
 * reported too.
 */
public final class ReversedEvaluation {

    /**
     * @param correct per class: samples classified correctly (normal input)
     * @param reversedCorrect per class: reversed samples classified as their original label
     * @param reversedToPair per class: reversed samples classified as the time-reversed class, or
     *     null when the dataset has no such mapping
     * @param total per class: samples
     */
    public record Result(long[] correct, long[] reversedCorrect, long[] reversedToPair, long[] total) {

        public double accuracy() {
            return ratio(sum(correct), sum(total));
        }

        public double reversedAccuracy() {
            return ratio(sum(reversedCorrect), sum(total));
        }

        static double ratio(long a, long b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static long sum(long[] v) {
            long s = 0;
            for (long x : v) {
                s += x;
            }
            return s;
        }
    }

    private ReversedEvaluation() {}

    /**
     * @param pairs {@code pairs[label]}: the class a sample of {@code label} becomes when played
     *     backwards; {@code null} when unknown
     */
    public static Result run(SpikingModel net, ParameterStore ps, NDManager manager, SampleDataset data, int batchSize,
            RecordingReversal kind, int[] pairs, IntConsumer onStep) {
        int classes = data.numClasses();
        long[] correct = new long[classes];
        long[] reversedCorrect = new long[classes];
        long[] toPair = pairs == null ? null : new long[classes];
        long[] total = new long[classes];
        BatchLoop.run(manager, data, batchSize, onStep, (x, labelArray, batch) -> {
            long[] normal = predictions(net.forward(ps, new NDList(x), false).singletonOrThrow());
            long[] reversed = predictions(reversedLogits(net, ps, x, data.temporal(), kind));
            int[] labels = batch.labels();
            for (int i = 0; i < labels.length; i++) {
                int y = labels[i];
                total[y]++;
                correct[y] += normal[i] == y ? 1 : 0;
                reversedCorrect[y] += reversed[i] == y ? 1 : 0;
                if (toPair != null) {
                    toPair[y] += reversed[i] == pairs[y] ? 1 : 0;
                }
            }
        });
        return new Result(correct, reversedCorrect, toPair, total);
    }

    private static NDArray reversedLogits(SpikingModel net, ParameterStore ps, NDArray x, boolean temporal, RecordingReversal kind) {
        if (temporal) {
            // [T, B, C, ...]: reverse time; playback also swaps the ON/OFF channels (axis 2)
            NDArray reversed = kind == RecordingReversal.PLAYBACK && x.getShape().get(2) == 2 ? x.flip(0, 2) : x.flip(0);
            return net.forward(ps, new NDList(reversed), false).singletonOrThrow();
        }
        NDArray spikes = TemporalReversal.reverse(net.stem(ps, x, false));
        NDArray features = net.body(ps, spikes, 0, net.bodyStages(), false);
        return net.head(ps, SpikingModel.firingRates(features), false);
    }

    private static long[] predictions(NDArray logits) {
        return logits.argMax(1).toType(DataType.INT64, false).toLongArray();
    }
}
