/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.util.PairList;
import dev.snn4j.model.SpikingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A {@link SpikingModel} trained with a {@link TrainingObjective} through DJL's own {@code Trainer}
 * and {@code EasyTrain}: set it as the DJL model's block and {@link #loss()} as the training
 * config's loss. A training forward pass with labels returns {@code [logits, loss, terms...]} (the
 * objective's loss, TRT's reversal and star operation included; evaluators such as DJL's
 * {@code Accuracy} read the logits first); every other forward pass is the plain model's. Parameters
 * save and load as the plain model's, so the trained model deploys without this block.
 *
 * <pre>{@code
 * ObjectiveBlock block = new ObjectiveBlock(net, new TrtObjective(TrtSettings.DEFAULTS, net));
 * model.setBlock(block);
 * TrainingConfig config = new DefaultTrainingConfig(block.loss()).addEvaluator(new Accuracy());
 * try (Trainer trainer = new SpikingTrainer(model, config)) {   // fused kernel, right gradients
 *     trainer.initialize(net.inputShape(batchSize));
 *     EasyTrain.fit(trainer, epochs, trainSet, testSet);
 * }
 * }</pre>
 */
public final class ObjectiveBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final SpikingModel model;
    private final TrainingObjective objective;

    public ObjectiveBlock(SpikingModel model, TrainingObjective objective) {
        super(VERSION);
        this.model = addChildBlock("model", model);
        this.objective = objective;
    }

    /** The model being trained. */
    public SpikingModel model() {
        return model;
    }

    /** DJL's view of the objective: the loss this block computed in its training forward pass. */
    public Loss loss() {
        return new ObjectiveLoss(objective);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        return model.forward(ps, inputs, training, params);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList data, NDList labels, PairList<String, Object> params) {
        if (labels == null || labels.isEmpty()) {
            return model.forward(ps, data, true, params);
        }
        TrainingObjective.Result result = objective.compute(model, ps, data.singletonOrThrow(), labels.head(), true);
        if (!objective.parameters().isEmpty()) {
            throw new IllegalStateException("ObjectiveBlock: expected an objective without parameters of its own, found "
                    + objective.parameters().keys() + " (trt_star_head auxiliary), which DJL's Trainer would not update;"
                    + " train with SnnTraining");
        }
        NDList out = new NDList(result.logits(), result.loss());
        for (LossTerm term : result.terms()) {
            out.add(term.value());
        }
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return model.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        model.initialize(manager, dataType, inputShapes);
    }

    /** The plain model's parameters, so that a model saved while training with this block loads without it. */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        model.saveParameters(os);
    }

    @Override
    public void loadParameters(NDManager manager, DataInputStream is) throws IOException, MalformedModelException {
        model.loadParameters(manager, is);
    }

    /** Reads the loss an {@link ObjectiveBlock} put second in its training output. */
    private static final class ObjectiveLoss extends Loss {
        ObjectiveLoss(TrainingObjective objective) {
            super(objective.name());
        }

        @Override
        public NDArray evaluate(NDList labels, NDList predictions) {
            if (predictions.size() < 2) {
                throw new IllegalStateException("ObjectiveBlock's loss: expected the output of a training forward pass with "
                        + "labels [logits, loss, ...], found " + predictions.size() + " array(s); train with DJL's Trainer");
            }
            return predictions.get(1);
        }
    }
}
