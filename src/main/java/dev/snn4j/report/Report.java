package dev.snn4j.report;

import dev.snn4j.AtomicFiles;
import dev.snn4j.Snn4jException;
import dev.snn4j.Statistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** Epoch keys that are loss terms, in the order of metrics.json's documentation. */
    static final List<String> LOSS_TERMS = List.of("ce", "reversed_ce", "consistency_kl", "star_ce");

    /** Epoch keys in the order the per-epoch table shows them; other keys follow by name. */
    private static final List<String> EPOCH_KEYS = List.of("train_loss", "ce", "reversed_ce", "consistency_kl", "star_ce",
            "train_accuracy", "test_accuracy", "asfr", "learning_rate", "seconds", "eval_seconds", "samples_per_second");

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
    private final Html page = new Html();
    private final List<Path> images = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> sections = new LinkedHashMap<>();

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
        if (RunFolders.isRun(out)) {
            throw new Snn4jException(out + ": is a run folder; write the report to another folder");
        }
        List<Path> dirs = RunFolders.discover(inputs);
        Map<Path, String> names = RunFolders.names(inputs, dirs);
        List<RunData> runs = dirs.stream().map(d -> RunFolders.read(d, names.get(d))).toList();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn off screen: no display needed
        }
        return new Report(title == null || title.isBlank() ? DEFAULT_TITLE : title, inputs, runs, out).render();
    }

    private Result render() {
        List<Configurations.Group> groups = Configurations.group(runs);
        List<Metric> metrics = metrics();
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

        Html body = new Html();
        runsSection(body, groups);
        settingsSection(body);
        summarySection(body, rows, groups);
        curvesSection(body, sources);
        firingRateSection(body, sources);
        attackSection(body, sources, rows);
        energySection(body, rows, metrics, sources);
        costSection(body, rows, metrics);
        epochTableSection(body);
        if (!warnings.isEmpty()) {
            section(body, "notes", "Notes");
            body.raw("<ul>\n");
            warnings.forEach(w -> body.raw("<li>").text(w).raw("</li>\n"));
            body.raw("</ul>\n");
            endSection(body);
        }

        head();
        page.raw(body.toString());
        page.raw("<footer><p class=\"meta\">").text("Generated by snn4j report on "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ". Charts drawn with XChart.").raw("</p></footer>\n");
        page.raw("</body>\n</html>\n");
        Path index = out.resolve(INDEX);
        AtomicFiles.writeString(index, page.toString());
        return new Result(index, runs.size(), List.copyOf(images), List.copyOf(warnings));
    }

    /**
     * Test accuracy, ASFR, then every energy/SOP value (the energy model's constants aside) and
     * attack accuracy some run has.
     */
    private List<Metric> metrics() {
        List<Metric> metrics = new ArrayList<>(List.of(Metric.TEST_ACCURACY, Metric.ASFR));
        Metric.COST.stream().filter(m -> runs.stream().anyMatch(r -> r.finals().containsKey(m.id()))).forEach(metrics::add);
        Set<String> found = new TreeSet<>();
        runs.forEach(r -> r.finals().keySet().stream().filter(k -> !k.equals(Metric.TEST_ACCURACY.id())
                && !k.equals(Metric.ASFR.id()) && !k.startsWith("attack:") && !k.startsWith("cost.")
                && !Metric.isEnergyConstant(k)).forEach(found::add));
        Set<String> energy = new LinkedHashSet<>();
        Metric.ENERGY_LABELS.keySet().stream().filter(found::contains).forEach(energy::add);
        energy.addAll(found);
        energy.forEach(k -> metrics.add(Metric.energy(k)));
        Map<String, Metric> attacks = new LinkedHashMap<>();
        runs.stream().flatMap(r -> r.attacks().stream())
                .sorted((a, b) -> a.name().equals(b.name()) ? Double.compare(a.epsilon(), b.epsilon()) : a.name().compareTo(b.name()))
                .forEach(a -> attacks.putIfAbsent(Metric.attackId(a.name(), a.epsilon()), Metric.attack(a.name(), a.epsilon())));
        metrics.addAll(attacks.values());
        return metrics;
    }

    private void head() {
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .element("title", title)
                .raw("<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n")
                .element("h1", title);
        page.raw("<p class=\"meta\">").text(runs.size() + (runs.size() == 1 ? " run" : " runs") + " from "
                + inputs.stream().map(Path::toString).collect(Collectors.joining(", "))).raw("</p>\n");
        page.raw("<nav><ul>\n");
        sections.forEach((id, heading) -> page.raw("<li><a href=\"#").text(id).raw("\">").text(heading).raw("</a></li>\n"));
        page.raw("</ul></nav>\n");
    }

    private void section(Html body, String id, String heading) {
        sections.put(id, heading);
        body.raw("<section id=\"").text(id).raw("\">\n").element("h2", heading);
    }

    private static void endSection(Html body) {
        body.raw("</section>\n");
    }

    private void runsSection(Html body, List<Configurations.Group> groups) {
        section(body, "runs", "Runs");
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
        endSection(body);
    }

    private static String secondsPerEpoch(RunData r) {
        double[] seconds = r.epochs().stream().filter(e -> e.value("seconds").isPresent())
                .mapToDouble(e -> e.value("seconds").getAsDouble()).toArray();
        return seconds.length == 0 ? "—" : String.format(Locale.ROOT, "%.1f", Arrays.stream(seconds).average().orElseThrow());
    }

    private void settingsSection(Html body) {
        section(body, "settings", "Settings");
        Map<String, String> shared = Configurations.shared(runs);
        body.element("p", "Settings every run shares (method, seed, out, data and device aside). Settings that differ "
                + "name the configurations in the summary; trt_* settings are ignored for baseline runs, which do not use them.");
        List<List<String>> rows = new ArrayList<>();
        shared.forEach((k, v) -> rows.add(List.of(k, v)));
        body.raw("<details><summary>").text(shared.size() + " shared settings").raw("</summary>\n");
        body.table(null, List.of("setting", "value"), rows);
        body.raw("</details>\n");
        endSection(body);
    }

    private void summarySection(Html body, List<Summaries.Row> rows, List<Configurations.Group> groups) {
        section(body, "summary", "Summary over seeds");
        body.element("p", "For each configuration (runs that differ only in method and seed): mean ± sample standard deviation "
                + "over the finished runs of each method, n runs. The difference to the baseline is the mean of the per-seed "
                + "differences over the seeds trained with both methods (pairs), with a 95% t confidence interval and the "
                + "two-sided paired t-test. With fewer than 2 pairs, or when all differences are equal, interval and p-value "
                + "are n/a. An interval that contains 0 means these seeds show no difference. p-values are not corrected for "
                + "multiple comparisons.");
        List<Summaries.Row> mainRows = rows.stream().filter(r -> !r.metric().id().startsWith("attack:")).toList();
        if (mainRows.isEmpty()) {
            body.element("p", "note", "No finished run yet: the summary needs metrics.json with its final results.");
            endSection(body);
            return;
        }
        summaryTable(body, mainRows);
        figure(body, Figures.comparison(rows, Metric.TEST_ACCURACY, "Final test accuracy, mean ± std over seeds"),
                "Bars: mean over the finished runs of each method; error bars: sample standard deviation (none for a single run).");
        figure(body, Figures.difference(rows, Metric.TEST_ACCURACY, "Test accuracy: difference to the baseline, paired by seed"),
                "Bars: mean of the per-seed differences; error bars: 95% t confidence interval (none when n/a: fewer than "
                        + "2 pairs or no spread). A bar whose interval crosses 0 is not a shown gain.");
        figure(body, Figures.comparison(rows, Metric.ASFR, "Final ASFR, mean ± std over seeds"),
                "ASFR: the mean of the per-layer firing rates on the test set. Error bars: sample standard deviation.");
        figure(body, Figures.difference(rows, Metric.ASFR, "ASFR: difference to the baseline, paired by seed"),
                "Bars: mean of the per-seed differences; error bars: 95% t confidence interval.");
        endSection(body);
    }

    private void summaryTable(Html body, List<Summaries.Row> rows) {
        SummaryTable table = SummaryTable.of(rows);
        body.table("summary", table.header(), table.rows());
    }

    private void curvesSection(Html body, List<Figures.Source> sources) {
        String averaged = sources.stream().anyMatch(Figures.Source::aggregated)
                ? " With more than " + Figures.MAX_RUN_SERIES + " runs, each line is the mean over the runs of one method and "
                        + "configuration, with the sample standard deviation as error bars." : "";
        section(body, "curves", "Learning curves");
        figure(body, Figures.curve(sources, "train_loss", "Train loss per epoch", "train loss", 1, "%.4f"),
                "The weighted total loss that was minimised, mean over the epoch's steps." + averaged);
        endSection(body);

        section(body, "accuracy", "Accuracy");
        figure(body, Figures.curve(sources, "test_accuracy", "Test accuracy per epoch", "test accuracy (%)", 100, "%.2f"),
                "Plain inference path on the test set." + averaged);
        figure(body, Figures.curve(sources, "train_accuracy", "Train accuracy per epoch", "train accuracy (%)", 100, "%.2f"),
                "Original path on the (augmented) training batches." + averaged);
        endSection(body);

        List<String> terms = lossTerms();
        if (!terms.isEmpty()) {
            section(body, "loss-terms", "Loss terms");
            for (String term : terms) {
                figure(body, Figures.curve(sources, term, "Loss term " + term + " per epoch", term, 1, "%.4f"),
                        "Unweighted, mean over the epoch's steps (consistency_kl includes τ²)." + averaged);
            }
            endSection(body);
        }
    }

    /** The loss terms some run records: the documented ones, then any other key ending in _ce or _kl. */
    private List<String> lossTerms() {
        Set<String> present = new TreeSet<>();
        runs.forEach(r -> r.epochs().forEach(e -> present.addAll(e.values().keySet())));
        List<String> terms = new ArrayList<>(LOSS_TERMS.stream().filter(present::contains).toList());
        present.stream().filter(k -> !terms.contains(k) && (k.endsWith("_ce") || k.endsWith("_kl"))).forEach(terms::add);
        return terms;
    }

    private void firingRateSection(Html body, List<Figures.Source> sources) {
        Figure f = Figures.firingRates(sources);
        if (f.isEmpty()) {
            return;
        }
        section(body, "firing-rates", "Firing rates");
        figure(body, f, "Spikes per neuron and time step on the test set, for each spiking layer, at the end of training"
                + (sources.stream().anyMatch(Figures.Source::aggregated) ? " (finished runs; mean ± std over runs)." : "."));
        endSection(body);
    }

    private void attackSection(Html body, List<Figures.Source> sources, List<Summaries.Row> rows) {
        if (runs.stream().allMatch(r -> r.attacks().isEmpty())) {
            return;
        }
        section(body, "attacks", "Accuracy under attack");
        figure(body, Figures.attacks(sources), "From each run's attacks.json (snn4j attack). At ε = 0 the clean accuracy is drawn when the "
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
            summaryTable(body, attackRows);
        }
        endSection(body);
    }

    private void energySection(Html body, List<Summaries.Row> rows, List<Metric> metrics, List<Figures.Source> sources) {
        List<Metric> energy = metrics.stream().filter(m -> m.kind() == Metric.Kind.NUMBER && !Metric.COST.contains(m)).toList();
        Figure perLayer = Figures.layerSops(sources);
        if (energy.isEmpty() && perLayer.isEmpty()) {
            return;
        }
        section(body, "energy", "Energy and synaptic operations");
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
                figure(body, Figures.comparison(rows, m, m.label() + ", mean ± std over seeds"),
                        "Finished runs; error bars: sample standard deviation. Paired differences are in the summary.");
            }
        }
        figure(body, perLayer, "Synaptic operations per test sample in each layer"
                + (sources.stream().anyMatch(Figures.Source::aggregated) ? " (finished runs; mean ± std over runs)." : "."));
        endSection(body);
    }

    /** Seconds per epoch and peak memory per method: the training overhead of TRT, measured. */
    private void costSection(Html body, List<Summaries.Row> rows, List<Metric> metrics) {
        if (!metrics.contains(Metric.SECONDS_PER_EPOCH)) {
            return;
        }
        section(body, "cost", "Training cost");
        body.element("p", "Mean seconds of an epoch's training steps (evaluation excluded) and the process's peak resident "
                + "memory, as each run recorded them. Runs on a shared or busy machine are not comparable.");
        figure(body, Figures.comparison(rows, Metric.SECONDS_PER_EPOCH, "Training seconds per epoch, mean ± std over seeds"),
                "Finished runs; error bars: sample standard deviation. Paired differences are in the summary.");
        endSection(body);
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

    private void epochTableSection(Html body) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> present = new TreeSet<>();
        runs.forEach(r -> r.epochs().forEach(e -> present.addAll(e.values().keySet())));
        EPOCH_KEYS.stream().filter(present::contains).forEach(keys::add);
        keys.addAll(present);
        if (keys.isEmpty()) {
            return;
        }
        section(body, "epochs", "Every epoch of every run");
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
        endSection(body);
    }

    /** Draws the figure into img/, then adds it and the table of its numbers to the page. */
    private void figure(Html body, Figure figure, String caption) {
        if (figure.isEmpty()) {
            return;
        }
        String file = String.format(Locale.ROOT, "%02d-%s.png", images.size() + 1, figure.slug());
        Path png = out.resolve(IMAGES).resolve(file);
        byte[] bytes = Charts.png(figure);
        AtomicFiles.write(png, o -> o.write(bytes));
        images.add(png);
        body.raw("<figure>\n<img src=\"").text(IMAGES + "/" + file).raw("\" width=\"" + Charts.WIDTH + "\" height=\""
                + Charts.HEIGHT + "\" alt=\"").text(figure.title()).raw("\" />\n<figcaption>").text(caption).raw("</figcaption>\n</figure>\n");
        List<String> header = new ArrayList<>();
        header.add(figure.xLabel());
        figure.series().forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (String label : figure.rows()) {
            List<String> cells = new ArrayList<>(List.of(label));
            for (Figure.Series s : figure.series()) {
                Figure.Point p = s.points().stream().filter(q -> q.label().equals(label)).findFirst().orElse(null);
                cells.add(p == null ? "—" : cell(figure, s, p));
            }
            rows.add(cells);
        }
        body.raw("<details><summary>").text("Numbers behind the chart: " + figure.yLabel()).raw("</summary>\n");
        body.table(null, header, rows);
        body.raw("</details>\n");
    }

    private static String cell(Figure figure, Figure.Series s, Figure.Point p) {
        String format = figure.valueFormat();
        String value = String.format(Locale.ROOT, format, p.y());
        if (!s.aggregated()) {
            return value;
        }
        String error = p.error().isPresent() ? String.format(Locale.ROOT, format, p.error().getAsDouble()) : Statistics.NOT_AVAILABLE;
        return figure.errors() == Figure.Errors.CI95
                ? value + " ± " + error + " (95% CI, " + p.n() + (p.n() == 1 ? " pair)" : " pairs)")
                : value + " ± " + error + " (n=" + p.n() + ")";
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1180px;\
            margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}
            h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2.2em}
            nav ul{columns:3;padding-left:1.2em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.88em}
            th,td{border:1px solid #d8d8d8;padding:.25em .55em;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.summary td:first-child,table.runs td:first-child{font-weight:600}
            figure{margin:1.2em 0 .3em}
            img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption,.meta,.note{color:#555;font-size:.9em}
            details{margin:.2em 0 1.4em}
            summary{cursor:pointer;color:#2a4d7a}
            """;
}
