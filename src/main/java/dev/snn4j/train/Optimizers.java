package dev.snn4j.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/** Builds the DJL optimiser and learning-rate schedule a config asks for. */
final class Optimizers {

    private Optimizers() {}

    /**
     * @param totalSteps optimisation steps of the whole run, the length of the cosine schedule
     */
    static Optimizer create(TrainConfig config, int totalSteps) {
        Tracker lr = schedule(config, totalSteps);
        float wd = (float) config.weightDecay();
        switch (config.optimizer()) {
            case SGD:
                return Optimizer.sgd()
                        .setLearningRateTracker(lr)
                        .optMomentum((float) config.momentum())
                        .optWeightDecays(wd)
                        .build();
            case ADAM:
                return Optimizer.adam().optLearningRateTracker(lr).optWeightDecays(wd).build();
            case ADAMW:
                return Optimizer.adamW().optLearningRateTracker(lr).optWeightDecays(wd).build();
            default:
                throw new AssertionError(config.optimizer());
        }
    }

    /** Learning rate as a function of the (0-based) update count of a parameter. */
    static Tracker schedule(TrainConfig config, int totalSteps) {
        float base = (float) config.lr();
        if (config.lrSchedule() == LrSchedule.CONSTANT) {
            return Tracker.fixed(base);
        }
        return Tracker.cosine().setBaseValue(base).optFinalValue(0f).setMaxUpdates(Math.max(1, totalSteps)).build();
    }
}
