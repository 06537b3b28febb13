/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sections of final results compared over seeds: the summary, accuracy under attack, energy and
 * synaptic operations, and training cost. Each section is left out when no run has its numbers.
 */
final class ResultSections {

    private final ReportPage page;
    private final Html body;
    private final List<RunData> runs;
    /** The summary's rows of every compared metric, attacks included. */
    private final List<Summaries.Row> rows;
    private final List<Figures.Source> sources;

    ResultSections(ReportPage page, List<RunData> runs, List<Summaries.Row> rows, List<Figures.Source> sources) {
        this.page = page;
        this.body = page.body();
        this.runs = runs;
        this.rows = rows;
        this.sources = sources;
    }

    void summarySection() {
        page.section("summary", "Summary over seeds");
        body.element("p", "For each configuration (runs that differ only in method and seed): mean ± sample standard deviation "
                + "over the finished runs of each method, n runs. The difference to the baseline is the mean of the per-seed "
                + "differences over the seeds trained with both methods (pairs), with a 95% t confidence interval and the "
                + "two-sided paired t-test. With fewer than 2 pairs, or when all differences are equal, interval and p-value "
                + "are n/a. An interval that contains 0 means these seeds show no difference. p-values are not corrected for "
                + "multiple comparisons.");
        List<Summaries.Row> mainRows = rows.stream().filter(r -> !r.metric().ownSection()).toList();
        if (mainRows.isEmpty()) {
            body.element("p", "note", "No finished run yet: the summary needs metrics.json with its final results.");
            page.endSection();
            return;
        }
        summaryTable(mainRows);
        page.figure(Figures.comparison(rows, Metric.TEST_ACCURACY, "Final test accuracy, mean ± std over seeds"),
                "Bars: mean over the finished runs of each method; error bars: sample standard deviation (none for a single run).");
        page.figure(Figures.difference(rows, Metric.TEST_ACCURACY, "Test accuracy: difference to the baseline, paired by seed"),
                "Bars: mean of the per-seed differences; error bars: 95% t confidence interval (none when n/a: fewer than "
                        + "2 pairs or no spread). A bar whose interval crosses 0 is not a shown gain.");
        page.figure(Figures.comparison(rows, Metric.ASFR, "Final ASFR, mean ± std over seeds"),
                "ASFR: the mean of the per-layer firing rates on the test set. Error bars: sample standard deviation.");
        page.figure(Figures.difference(rows, Metric.ASFR, "ASFR: difference to the baseline, paired by seed"),
                "Bars: mean of the per-seed differences; error bars: 95% t confidence interval.");
        page.endSection();
    }

    private void summaryTable(List<Summaries.Row> tableRows) {
        SummaryTable table = SummaryTable.of(tableRows);
        body.table("summary", table.header(), table.rows());
    }

    void attackSection() {
        if (runs.stream().allMatch(r -> r.attacks().isEmpty())) {
            return;
        }
        page.section("attacks", "Accuracy under attack");
        page.figure(Figures.attacks(sources), "From each run's attacks.json (snn4j attack). At ε = 0 the clean accuracy is drawn when the "
                + "attack has no ε = 0 entry.");
        List<List<String>> table = new ArrayList<>();
        for (RunData r : runs) {
            for (RunData.Attack a : r.attacks()) {
                table.add(List.of(r.name(), r.method(), a.name(), Metric.formatEpsilon(a.epsilon()),
                        a.samples().isPresent() ? String.valueOf(a.samples().getAsLong()) : "—",
                        a.cleanAccuracy().isPresent() ? Metric.TEST_ACCURACY.format(a.cleanAccuracy().getAsDouble()) : "—",
                        Metric.TEST_ACCURACY.format(a.attackedAccuracy())));
            }
        }
        body.table(null, List.of("run", "method", "attack", "ε", "samples", "clean accuracy (%)", "accuracy under attack (%)"), table);
        List<Summaries.Row> attackRows = rows.stream().filter(r -> r.metric().id().startsWith("attack:")).toList();
        if (!attackRows.isEmpty()) {
            body.element("p", "Over seeds, per configuration (finished runs; as in the summary):");
            summaryTable(attackRows);
        }
        page.endSection();
    }

    /** metrics.json's generalization: the first N training samples evaluated like the test set. */
    void generalizationSection() {
        List<Summaries.Row> gapRows = rows.stream().filter(r -> r.metric().id().startsWith("gap:")).toList();
        if (gapRows.isEmpty()) {
            return;
        }
        page.section("generalization", "Generalisation gap");
        body.element("p", "After the last epoch (metrics.json's generalization): accuracy and cross-entropy of the first N "
                + "training samples in evaluation mode without augmentation, against the test set's. Over seeds, per "
                + "configuration, as in the summary:");
        summaryTable(gapRows);
        page.endSection();
    }

    /** Accuracy against T' from every run's timesteps.json ({@code snn4j eval --timesteps}). */
    void latencySection() {
        List<Summaries.Row> latencyRows = rows.stream().filter(r -> r.metric().id().startsWith("latency:")).toList();
        List<String> ids = runs.stream().flatMap(r -> r.finals().keySet().stream()).filter(k -> k.startsWith("latency:"))
                .distinct().sorted(java.util.Comparator.comparingInt(k -> Integer.parseInt(k.substring("latency:".length()))))
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        page.section("latency", "Accuracy at fewer time steps");
        body.element("p", "From each run's timesteps.json (snn4j eval --timesteps T'): the trained model evaluated at T' "
                + "time steps (static data: the stem's current repeated T' times; event data: frames re-integrated into T').");
        page.figure(Figures.latency(sources), "Lines: test accuracy of each run (mean ± std over seeds when runs are grouped) at "
                + "each T' it was evaluated at.");
        List<String> header = new ArrayList<>(List.of("run", "method"));
        ids.forEach(k -> header.add("T' = " + k.substring("latency:".length()) + " (%)"));
        List<List<String>> table = new ArrayList<>();
        for (RunData r : runs) {
            List<String> row = new ArrayList<>(List.of(r.name(), r.method()));
            ids.forEach(k -> row.add(r.finalValue(k).isPresent() ? Metric.TEST_ACCURACY.format(r.finalValue(k).getAsDouble()) : "—"));
            table.add(row);
        }
        body.table("latency", header, table);
        if (!latencyRows.isEmpty()) {
            body.element("p", "Over seeds, per configuration (as in the summary):");
            summaryTable(latencyRows);
        }
        page.endSection();
    }

    void energySection(List<Metric> metrics) {
        List<Metric> energy = metrics.stream().filter(m -> m.kind() == Metric.Kind.NUMBER && !Metric.COST.contains(m)
                && !m.ownSection()).toList();
        Figure perLayer = Figures.layerSops(sources);
        if (energy.isEmpty() && perLayer.isEmpty()) {
            return;
        }
        page.section("energy", "Energy and synaptic operations");
        body.element("p", "On the test set, per sample, from metrics.json's final results (the last epoch of an unfinished "
                + "run). A synaptic operation (SOP) is one accumulate driven by a spike; layers fed real values (the "
                + "input layer) count multiply-accumulates (MACs) instead. The ANN reference is the same network with "
                + "real-valued activations, one pass." + energyConstants());
        List<String> header = new ArrayList<>(List.of("run", "method"));
        energy.forEach(m -> header.add(m.label()));
        List<List<String>> table = new ArrayList<>();
        for (RunData r : runs) {
            List<String> cells = new ArrayList<>(List.of(r.name(), r.method()));
            energy.forEach(m -> cells.add(r.finalValue(m.id()).isPresent() ? m.format(r.finalValue(m.id()).getAsDouble()) : "—"));
            table.add(cells);
        }
        if (!energy.isEmpty()) {
            body.table(null, header, table);
        }
        for (Metric m : energy) {
            if (m.compared()) {
                page.figure(Figures.comparison(rows, m, m.label() + ", mean ± std over seeds"),
                        "Finished runs; error bars: sample standard deviation. Paired differences are in the summary.");
            }
        }
        page.figure(perLayer, "Synaptic operations per test sample in each layer"
                + (sources.stream().anyMatch(Figures.Source::aggregated) ? " (finished runs; mean ± std over runs)." : "."));
        page.endSection();
    }

    /** " Energy model: MAC 4.6 pJ, AC 0.9 pJ." from the first run that records the constants. */
    private String energyConstants() {
        for (RunData r : runs) {
            List<String> parts = new ArrayList<>();
            r.finals().forEach((k, v) -> {
                if (Metric.isEnergyConstant(k)) {
                    String name = k.replaceFirst("^energy\\.", "").replaceFirst("_pj$", "").toUpperCase(Locale.ROOT);
                    parts.add(name + " " + String.format(Locale.ROOT, "%.3g", v) + " pJ");
                }
            });
            if (!parts.isEmpty()) {
                return " Energy model: " + String.join(", ", parts) + " per operation.";
            }
        }
        return "";
    }

    /** Seconds per epoch and peak memory per method: the training overhead of TRT, measured. */
    void costSection(List<Metric> metrics) {
        if (!metrics.contains(Metric.SECONDS_PER_EPOCH)) {
            return;
        }
        page.section("cost", "Training cost");
        body.element("p", "Mean seconds of an epoch's training steps (evaluation excluded) and the process's peak resident "
                + "memory, as each run recorded them. Runs on a shared or busy machine are not comparable.");
        page.figure(Figures.comparison(rows, Metric.SECONDS_PER_EPOCH, "Training seconds per epoch, mean ± std over seeds"),
                "Finished runs; error bars: sample standard deviation. Paired differences are in the summary.");
        page.endSection();
    }
}
