package dev.snn4j.train;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One epoch of a run as recorded in metrics.json. Each loss term of the objective (unweighted:
 * {@code ce}, and for TRT {@code reversed_ce}, {@code consistency_kl}, {@code star_ce}) appears as
 * its own key beside {@code train_loss}, the weighted total that was minimised.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean weighted loss over the epoch's training steps
 * @param lossTerms mean of each unweighted loss term (written as top-level keys)
 * @param trainAccuracy top-1 accuracy of the original path on the (augmented) training batches
 * @param testAccuracy top-1 accuracy on the test set, plain inference path
 * @param asfr average spike firing rate on the test set (mean of the per-layer rates)
 * @param firingRates each spiking layer's firing rate on the test set
 * @param learningRate learning rate at the epoch's last step
 * @param seconds wall time of the epoch's training steps (evaluation excluded)
 * @param evalSeconds wall time of the test-set evaluation
 * @param samplesPerSecond training samples per second
 */
@JsonPropertyOrder({"epoch", "train_loss"})
public record EpochMetrics(
        int epoch,
        double trainLoss,
        @JsonIgnore Map<String, Double> lossTerms,
        double trainAccuracy,
        double testAccuracy,
        double asfr,
        Map<String, Double> firingRates,
        double learningRate,
        double seconds,
        double evalSeconds,
        double samplesPerSecond) {

    @JsonAnyGetter
    Map<String, Double> terms() {
        return lossTerms;
    }
}
