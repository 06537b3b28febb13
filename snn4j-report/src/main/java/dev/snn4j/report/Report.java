/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One HTML page of charts and tables from run folders: {@code OUT/index.html}, its charts as PNG
 * files in {@code OUT/img/}. It reads config.json, metrics.json and, when there, attacks.json; it
 * needs no model, no engine and no network, and the page needs no script.
 *
 * <pre>
 *   Report.Result r = Report.write(List.of(Path.of("runs/exp1")), Path.of("report"), "Experiment 1");
 * </pre>
 */
public final class Report {

    public static final String INDEX = "index.html";
    public static final String IMAGES = "img";
    public static final String DEFAULT_TITLE = "snn4j report";

    /**
     * What was written.
     *
     * @param index the page
     * @param runs number of runs on it
     * @param images the chart files, in page order
     * @param warnings things a reader should know (duplicate seeds, unfinished runs, ...), also on the page
     */
    public record Result(Path index, int runs, List<Path> images, List<String> warnings) {}

    private final String title;
    private final List<Path> inputs;
    private final List<RunData> runs;
    private final Path out;
    private final List<String> warnings = new ArrayList<>();

    private Report(String title, List<Path> inputs, List<RunData> runs, Path out) {
        this.title = title;
        this.inputs = inputs;
        this.runs = runs;
        this.out = out;
    }

    /**
     * Writes the report of the runs named by {@code inputs} (run folders, or folders holding run
     * folders, also one level deeper) to {@code out}. Every file is written atomically; the page
     * last, so it never names a chart that is not there yet.
     *
     * @throws Snn4jException with one line naming the folder or file when an input is not a folder,
     *     holds no run, or a run file is not valid JSON, or when {@code out} cannot be written
     */
    public static Result write(List<Path> inputs, Path out, String title) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Snn4jException(out + ": not a folder");
        }
        if (RunDiscovery.isRun(out)) {
            throw new Snn4jException(out + ": is a run folder; write the report to another folder");
        }
        List<Path> dirs = RunDiscovery.discover(inputs);
        Map<Path, String> names = RunDiscovery.names(inputs, dirs);
        List<RunData> runs = dirs.stream().map(d -> RunFolders.read(d, names.get(d))).toList();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn off screen: no display needed
        }
        return new Report(title == null || title.isBlank() ? DEFAULT_TITLE : title, inputs, runs, out).render();
    }

    private Result render() {
        List<Configurations.Group> groups = Configurations.group(runs);
        List<Metric> metrics = Metric.found(runs);
        List<Summaries.Row> rows = Summaries.rows(groups, metrics.stream().filter(Metric::compared).toList(), warnings);
        List<Figures.Source> sources = Figures.sources(runs);
        long unfinished = runs.stream().filter(r -> !r.finished()).count();
        if (unfinished > 0) {
            warnings.add(0, unfinished + " of " + runs.size() + " runs are unfinished: their curves are shown, but their "
                    + "final numbers are left out of the summary" + (sources.stream().anyMatch(Figures.Source::aggregated)
                    ? " and of the averaged firing-rate and attack charts" : ""));
        }
        runs.stream().filter(r -> r.seed().isEmpty()).forEach(r -> warnings.add(r.name() + ": no seed in config.json; it cannot be paired"));
        runs.stream().filter(r -> r.method().equals(RunFolders.UNKNOWN_METHOD))
                .forEach(r -> warnings.add(r.name() + ": no method in config.json or metrics.json"));

        // the sections in page order; each class writes the sections of one kind of content
        ReportPage page = new ReportPage(out);
        RunTables tables = new RunTables(page, runs);
        CurveSections curves = new CurveSections(page, runs, sources);
        ResultSections results = new ResultSections(page, runs, rows, sources);
        tables.runsSection(groups);
        tables.settingsSection();
        results.summarySection();
        curves.curvesSection();
        curves.firingRateSection();
        results.attackSection();
        results.generalizationSection();
        results.latencySection();
        results.energySection(metrics);
        results.costSection(metrics);
        tables.epochTableSection();
        notesSection(page);

        String meta = runs.size() + (runs.size() == 1 ? " run" : " runs") + " from "
                + inputs.stream().map(Path::toString).collect(Collectors.joining(", "));
        Path index = out.resolve(INDEX);
        AtomicFiles.writeString(index, page.html(title, meta));
        return new Result(index, runs.size(), page.images(), List.copyOf(warnings));
    }

    /** The warnings, on the page as well as in the result. */
    private void notesSection(ReportPage page) {
        if (warnings.isEmpty()) {
            return;
        }
        page.section("notes", "Notes");
        page.body().raw("<ul>\n");
        warnings.forEach(w -> page.body().raw("<li>").text(w).raw("</li>\n"));
        page.body().raw("</ul>\n");
        page.endSection();
    }

}
