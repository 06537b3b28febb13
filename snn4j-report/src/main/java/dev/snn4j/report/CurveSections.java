/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The sections of numbers over training: loss, accuracy and loss terms per epoch, firing rates at the end. */
final class CurveSections {

    private final ReportPage page;
    private final List<RunData> runs;
    private final List<Figures.Source> sources;
    /** Whether the series are means over runs rather than single runs: the captions then say so. */
    private final boolean aggregated;

    CurveSections(ReportPage page, List<RunData> runs, List<Figures.Source> sources) {
        this.page = page;
        this.runs = runs;
        this.sources = sources;
        this.aggregated = sources.stream().anyMatch(Figures.Source::aggregated);
    }

    void curvesSection() {
        String averaged = aggregated
                ? " With more than " + Figures.MAX_RUN_SERIES + " runs, each line is the mean over the runs of one method and "
                        + "configuration, with the sample standard deviation as error bars." : "";
        page.section("curves", "Learning curves");
        page.figure(Figures.curve(sources, "train_loss", "Train loss per epoch", "train loss", 1, "%.4f"),
                "The weighted total loss that was minimised, mean over the epoch's steps." + averaged);
        page.endSection();

        page.section("accuracy", "Accuracy");
        page.figure(Figures.curve(sources, "test_accuracy", "Test accuracy per epoch", "test accuracy (%)", 100, "%.2f"),
                "Plain inference path on the test set." + averaged);
        page.figure(Figures.curve(sources, "train_accuracy", "Train accuracy per epoch", "train accuracy (%)", 100, "%.2f"),
                "Original path on the (augmented) training batches." + averaged);
        page.endSection();

        List<String> terms = lossTerms();
        if (!terms.isEmpty()) {
            page.section("loss-terms", "Loss terms");
            for (String term : terms) {
                page.figure(Figures.curve(sources, term, "Loss term " + term + " per epoch", term, 1, "%.4f"),
                        "Unweighted, mean over the epoch's steps." + averaged);
            }
            page.endSection();
        }
    }

    /** The loss terms the runs record (metrics.json names them), in the order they first appear. */
    private List<String> lossTerms() {
        return lossTermsOf(runs);
    }

    /** Every run's loss terms, the first run's order first. */
    static List<String> lossTermsOf(List<RunData> runs) {
        Set<String> terms = new java.util.LinkedHashSet<>();
        runs.forEach(r -> terms.addAll(r.lossTerms()));
        return new ArrayList<>(terms);
    }

    void firingRateSection() {
        Figure f = Figures.firingRates(sources);
        if (f.isEmpty()) {
            return;
        }
        page.section("firing-rates", "Firing rates");
        page.figure(f, "Spikes per neuron and time step on the test set, for each spiking layer, at the end of training"
                + (aggregated ? " (finished runs; mean ± std over runs)." : "."));
        page.endSection();
    }
}
