/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The summary over seeds as a table: per configuration and metric, mean ± std of each method, and
 * each method against the baseline paired by seed (mean difference, 95% t interval, paired t-test
 * p-value, number of pairs, and a plain reading). The report shows it as HTML; {@link #text} gives
 * the same cells as a Markdown table for a terminal or a README.
 *
 * @param header column names
 * @param rows one list of cells per row, as wide as the header
 */
public record SummaryTable(List<String> header, List<List<String>> rows) {

    public SummaryTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The summary of the {@link #brief} metrics over the runs named by {@code inputs} (run folders or
     * folders of runs, as for {@link Report#write}), as a Markdown table, followed by the notes a
     * reader needs (unfinished runs, duplicate seeds), one per line.
     *
     * @throws dev.snn4j.Snn4jException naming the folder or file when an input holds no run or a
     *     run file is not valid JSON
     */
    public static String text(List<Path> inputs) {
        List<Path> dirs = RunDiscovery.discover(inputs);
        var names = RunDiscovery.names(inputs, dirs);
        List<RunData> runs = dirs.stream().map(d -> RunFolders.read(d, names.get(d))).toList();
        List<String> warnings = new ArrayList<>();
        List<Summaries.Row> summary = Summaries.rows(Configurations.group(runs), brief(runs), warnings);
        long unfinished = runs.stream().filter(r -> !r.finished()).count();
        if (unfinished > 0) {
            warnings.add(0, unfinished + " of " + runs.size() + " runs are unfinished and left out");
        }
        StringBuilder sb = new StringBuilder();
        if (summary.isEmpty()) {
            sb.append("No finished run yet.\n");
        } else {
            of(summary).appendMarkdown(sb);
        }
        warnings.forEach(w -> sb.append("note: ").append(w).append('\n'));
        return sb.toString();
    }

    /**
     * Test accuracy, ASFR, then, where some run has them, energy per sample, accuracy under each
     * attack, the generalisation gap, accuracy at each T' and the training cost: the numbers a
     * comparison of methods reads, without the report's per-layer and reference values.
     */
    static List<Metric> brief(List<RunData> runs) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : Metric.found(runs)) {
            String id = m.id();
            if (id.equals(Metric.TEST_ACCURACY.id()) || id.equals(Metric.ASFR.id()) || id.equals("energy.energy_uj_per_sample")
                    || id.startsWith("attack:") || id.equals("gap:accuracy_gap") || id.startsWith("latency:")) {
                out.add(m);
            }
        }
        Metric.COST.stream().filter(m -> runs.stream().anyMatch(r -> r.finals().containsKey(m.id()))).forEach(out::add);
        return out;
    }

    /** The table of these summary rows. */
    static SummaryTable of(List<Summaries.Row> summary) {
        Set<String> methods = new TreeSet<>(Methods.ORDER);
        Set<String> compared = new TreeSet<>(Methods.ORDER);
        for (Summaries.Row r : summary) {
            methods.addAll(r.group().methods());
            r.comparisons().forEach(c -> compared.add(c.method()));
        }
        List<String> header = new ArrayList<>(List.of("configuration", "metric"));
        methods.forEach(m -> header.add(m + " (mean ± std, n)"));
        for (String m : compared) {
            header.addAll(List.of(m + " − baseline", "95% CI", "p (paired t)", "pairs", "reading"));
        }
        List<List<String>> table = new ArrayList<>();
        for (Summaries.Row r : summary) {
            List<String> cells = new ArrayList<>(List.of(r.group().label(), r.metric().label()));
            for (String m : methods) {
                Statistics.Summary s = r.byMethod().get(m);
                cells.add(s == null ? "—" : r.metric().format(s.mean()) + " ± "
                        + (s.std().isPresent() ? r.metric().format(s.std().getAsDouble()) : Statistics.NOT_AVAILABLE) + " (n=" + s.n() + ")");
            }
            for (String m : compared) {
                Summaries.Comparison c = r.comparisons().stream().filter(x -> x.method().equals(m)).findFirst().orElse(null);
                cells.addAll(comparisonCells(r.metric(), c));
            }
            table.add(cells);
        }
        return new SummaryTable(header, table);
    }

    private void appendMarkdown(StringBuilder sb) {
        row(sb, header);
        sb.append('|');
        header.forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        rows.forEach(r -> row(sb, r));
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        cells.forEach(c -> sb.append(' ').append(c.replace("|", "\\|")).append(" |"));
        sb.append('\n');
    }

    private static List<String> comparisonCells(Metric metric, Summaries.Comparison c) {
        if (c == null) {
            return List.of("—", "—", "—", "—", "—");
        }
        if (c.paired().isEmpty()) {
            return List.of("no matching seeds", Statistics.NOT_AVAILABLE, Statistics.NOT_AVAILABLE, "0", "no paired seeds");
        }
        Statistics.PairedDifference p = c.paired().get();
        String unit = metric.differenceUnit();
        String ci = p.interval().map(i -> "[" + metric.formatDifference(i.low()) + ", " + metric.formatDifference(i.high()) + "]" + unit)
                .orElse(Statistics.NOT_AVAILABLE);
        String pValue = p.pValue().isPresent() ? formatP(p.pValue().getAsDouble()) : Statistics.NOT_AVAILABLE;
        String reading = p.interval().isEmpty() ? (p.n() < 2 ? "too few seeds" : "no spread between seeds")
                : p.interval().get().contains(0) ? "no clear difference" : (p.meanDifference() > 0 ? "higher" : "lower") + " (95%)";
        return List.of(metric.formatDifference(p.meanDifference()) + unit, ci, pValue, String.valueOf(p.n()), reading);
    }

    static String formatP(double p) {
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p) : String.format(Locale.ROOT, "%.1e", p);
    }
}
