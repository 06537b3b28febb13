/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.trt;

import static dev.snn4j.InvalidSettingException.require;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.snn4j.Scalars;
import java.util.List;

/**
 * The classification loss of an output path: plain CE, or TET with its MSE regulariser.
 *
 * @param loss CE or TET (key {@code loss})
 * @param tetLambda TET: weight λ of the MSE regulariser, in [0, 1] (key {@code tet_lambda})
 * @param tetPhi TET: the constant φ the per-step outputs are pulled towards (key {@code tet_phi})
 */
public record ClassLoss(OutputLoss loss, double tetLambda, double tetPhi) {

    /** Plain cross-entropy. */
    public static final ClassLoss CE = new ClassLoss(OutputLoss.CE, 0, 1);
    /** TET without the regulariser (λ = 0; φ = 1 as in Deng et al. once λ > 0). */
    public static final ClassLoss TET = new ClassLoss(OutputLoss.TET, 0, 1);

    /** The name of TET's mean per-step cross-entropy term. */
    public static final String TET_CE = "tet_ce";
    /** The name of TET's MSE regulariser term. */
    public static final String TET_MSE = "tet_mse";

    public ClassLoss {
        require(loss != null, "loss", "ce or tet", "none");
        require(tetLambda >= 0 && tetLambda <= 1, "tet_lambda", "a number in [0, 1]", tetLambda);
        require(Double.isFinite(tetPhi), "tet_phi", "a finite number", tetPhi);
    }

    /** TET with regulariser weight λ and target φ. */
    public static ClassLoss tet(double lambda, double phi) {
        return new ClassLoss(OutputLoss.TET, lambda, phi);
    }

    /**
     * TET's terms of per-step logits [T, B, C]: {@code prefix + tet_ce} = mean over t and b of
     * CE(O_t, y) with weight (1 − λ)·weight, and {@code prefix + tet_mse} = mean over t, b and classes
     * of (O_t − φ)² with weight λ·weight (computed and reported also when λ = 0).
     */
    public List<LossTerm> tetTerms(String prefix, NDArray stepLogits, NDArray labels, double weight) {
        Shape shape = stepLogits.getShape();
        long steps = shape.get(0);
        NDArray flat = stepLogits.reshape(steps * shape.get(1), shape.get(2));
        NDArray ce = Losses.crossEntropy(flat, labels.tile(steps));
        NDArray difference = Scalars.sub(stepLogits, (float) tetPhi);
        NDArray mse = difference.mul(difference).mean();
        return List.of(new LossTerm(prefix + TET_CE, weight * (1 - tetLambda), ce),
                new LossTerm(prefix + TET_MSE, weight * tetLambda, mse));
    }
}
