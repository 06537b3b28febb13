package dev.snn4j.train.optim;

import dev.snn4j.train.LrSchedule;
import dev.snn4j.train.OptimizerKind;

/** Builds the optimiser and learning-rate schedule a run asks for. */
public final class Optimizers {

    private Optimizers() {}

    public static ParameterOptimizer create(OptimizerKind kind, double momentum, double weightDecay) {
        switch (kind) {
            case SGD:
                return new Sgd((float) momentum, (float) weightDecay);
            case ADAM:
                return new Adam((float) weightDecay, false);
            case ADAMW:
                return new Adam((float) weightDecay, true);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * The learning rate of update {@code step} (1-based) of {@code totalSteps}: constant, or
     * cosine annealing to 0 stepped per update as PyTorch's CosineAnnealingLR with T_max =
     * totalSteps (the first update uses the base rate).
     */
    public static float learningRate(LrSchedule schedule, double base, long step, long totalSteps) {
        if (schedule == LrSchedule.CONSTANT) {
            return (float) base;
        }
        double progress = Math.min(1.0, (double) (step - 1) / Math.max(1, totalSteps));
        return (float) (base * (1 + Math.cos(Math.PI * progress)) / 2);
    }
}
