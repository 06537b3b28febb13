/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sections that list runs one by one, as they are, without statistics: the runs, the settings
 * they share, and every epoch of every run.
 */
final class RunTables {

    /** Epoch keys in the order the per-epoch table shows them after the loss and its terms; other keys follow by name. */
    private static final List<String> EPOCH_KEYS = List.of("train_accuracy", "test_accuracy", "asfr", "learning_rate",
            "seconds", "eval_seconds", "samples_per_second");

    private final ReportPage page;
    private final Html body;
    private final List<RunData> runs;

    RunTables(ReportPage page, List<RunData> runs) {
        this.page = page;
        this.body = page.body();
        this.runs = runs;
    }

    void runsSection(List<Configurations.Group> groups) {
        page.section("runs", "Runs");
        Map<RunData, Set<String>> labels = new IdentityHashMap<>();
        for (Configurations.Group g : groups) {
            g.runs().values().forEach(list -> list.forEach(r -> labels.computeIfAbsent(r, x -> new LinkedHashSet<>()).add(g.label())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (RunData r : runs) {
            rows.add(List.of(r.name(), r.method(), r.seed().isPresent() ? String.valueOf(r.seed().getAsLong()) : "—",
                    String.join("; ", labels.getOrDefault(r, Set.of())), r.status(),
                    r.finalValue(Metric.TEST_ACCURACY.id()).isPresent() ? Metric.TEST_ACCURACY.format(r.finalValue(Metric.TEST_ACCURACY.id()).getAsDouble()) : "—",
                    r.finalValue(Metric.ASFR.id()).isPresent() ? Metric.ASFR.format(r.finalValue(Metric.ASFR.id()).getAsDouble()) : "—",
                    secondsPerEpoch(r), r.dir().toString()));
        }
        body.table("runs", List.of("run", "method", "seed", "configuration", "status", "test accuracy (%)", "ASFR",
                "s per epoch", "folder"), rows);
        body.element("p", "note", "Test accuracy and ASFR of the last finished epoch (the final results for a finished run).");
        page.endSection();
    }

    private static String secondsPerEpoch(RunData r) {
        double[] seconds = r.epochs().stream().filter(e -> e.value("seconds").isPresent())
                .mapToDouble(e -> e.value("seconds").getAsDouble()).toArray();
        return seconds.length == 0 ? "—" : String.format(Locale.ROOT, "%.1f", Arrays.stream(seconds).average().orElseThrow());
    }

    void settingsSection() {
        page.section("settings", "Settings");
        Map<String, String> shared = Configurations.shared(runs);
        body.element("p", "Settings every run shares (method, seed, out, data and device aside). Settings that differ "
                + "name the configurations in the summary; trt_* settings are ignored for baseline runs, which do not use them.");
        List<List<String>> rows = new ArrayList<>();
        shared.forEach((k, v) -> rows.add(List.of(k, v)));
        body.raw("<details><summary>").text(shared.size() + " shared settings").raw("</summary>\n");
        body.table(null, List.of("setting", "value"), rows);
        body.raw("</details>\n");
        page.endSection();
    }

    void epochTableSection() {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> present = epochKeys(runs);
        if (present.contains("train_loss")) {
            keys.add("train_loss");
        }
        keys.addAll(CurveSections.lossTermsOf(runs));
        EPOCH_KEYS.stream().filter(present::contains).forEach(keys::add);
        keys.addAll(present);
        if (keys.isEmpty()) {
            return;
        }
        page.section("epochs", "Every epoch of every run");
        List<String> header = new ArrayList<>(List.of("run", "epoch"));
        header.addAll(keys);
        List<List<String>> table = new ArrayList<>();
        for (RunData r : runs) {
            for (RunData.Epoch e : r.epochs()) {
                List<String> cells = new ArrayList<>(List.of(r.name(), String.valueOf(e.epoch())));
                keys.forEach(k -> cells.add(e.value(k).isPresent() ? String.format(Locale.ROOT, "%.6g", e.value(k).getAsDouble()) : "—"));
                table.add(cells);
            }
        }
        body.raw("<details><summary>").text(table.size() + " epochs, as in metrics.json").raw("</summary>\n");
        body.table("epochs", header, table);
        body.raw("</details>\n");
        page.endSection();
    }

    /** Every key some epoch of some run records, by name. */
    static Set<String> epochKeys(List<RunData> runs) {
        Set<String> present = new TreeSet<>();
        runs.forEach(r -> r.epochs().forEach(e -> present.addAll(e.values().keySet())));
        return present;
    }
}
