/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static dev.snn4j.report.ReportPages.parse;
import static dev.snn4j.report.ReportPages.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary table: each method over seeds, and the difference to the baseline paired by seed. */
class ReportSummaryTest {

    @TempDir
    Path tmp;

    /** The paired statistics in the summary table are {@link Statistics}' over matching seeds. */
    @Test
    void summaryComparesMethodsPairedBySeed() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        Report.Result r = Report.write(List.of(exp), tmp.resolve("out"), null);
        List<List<String>> summary = table(parse(r.index()), "summary");
        List<String> header = summary.get(0);
        assertEquals(List.of("configuration", "metric", "baseline (mean ± std, n)", "trt (mean ± std, n)", "trt − baseline",
                "95% CI", "p (paired t)", "pairs", "reading"), header);

        List<String> main = row(summary, "trt_alpha=1.0", "test accuracy (%)");
        // seeds 0-2; the unfinished trt-seed3 is left out
        Statistics.PairedDifference d = Statistics.paired(new double[] {0.858, 0.852, 0.861}, new double[] {0.851, 0.847, 0.855});
        assertEquals("85.10 ± 0.40 (n=3)", main.get(2));
        assertEquals("85.70 ± 0.46 (n=3)", main.get(3));
        assertEquals("+0.60 pp", main.get(4));
        assertEquals(String.format(java.util.Locale.ROOT, "[+%.2f, +%.2f] pp", 100 * d.interval().get().low(),
                100 * d.interval().get().high()), main.get(5));
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", d.pValue().getAsDouble()), main.get(6));
        assertEquals("3", main.get(7));
        assertEquals("higher (95%)", main.get(8));

        // the ablation (trt_alpha 0.5, one level deeper) is compared with the same baseline runs
        List<String> ablation = row(summary, "trt_alpha=0.5", "test accuracy (%)");
        assertEquals("85.10 ± 0.40 (n=3)", ablation.get(2));
        assertEquals("84.95 ± 0.49 (n=2)", ablation.get(3));
        assertEquals("2", ablation.get(7));
        assertEquals("no clear difference", ablation.get(8));

        List<String> asfr = row(summary, "trt_alpha=1.0", "ASFR");
        assertEquals("−0.0032", asfr.get(4));
        List<String> sops = row(summary, "trt_alpha=1.0", "SOPs per sample");
        assertEquals("1.503e+06 ± 1.528e+04 (n=3)", sops.get(2));
        assertEquals("1.413e+06 ± 1.528e+04 (n=3)", sops.get(3));
        assertTrue(summary.stream().noneMatch(row -> row.get(1).startsWith("ANN") || row.get(1).startsWith("MACs")),
                "numbers fixed by the architecture are not compared");
        row(summary, "trt_alpha=1.0", "energy per sample (µJ)");
    }

    @Test
    void onePairShowsNotAvailableNeverNaN() throws Exception {
        RunFixtures.write(tmp.resolve("exp/base"), RunFixtures.spec().seed(4).accuracy(0.80));
        RunFixtures.write(tmp.resolve("exp/trt"), RunFixtures.spec().method("trt").seed(4).accuracy(0.82));
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        List<List<String>> summary = table(parse(r.index()), "summary");
        List<String> acc = summary.get(1);
        assertEquals("test accuracy (%)", acc.get(1), "one configuration, labelled by its settings: " + acc.get(0));
        assertEquals("fashion-mnist · cnn3 · T=4 · 3 epochs", acc.get(0));
        assertEquals("80.00 ± n/a (n=1)", acc.get(2));
        assertEquals("+2.00 pp", acc.get(4));
        assertEquals("n/a", acc.get(5));
        assertEquals("n/a", acc.get(6));
        assertEquals("too few seeds", acc.get(8));
        String html = Files.readString(r.index());
        assertFalse(html.contains("NaN"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void seedsWithoutPartnerAreNotPaired() throws Exception {
        RunFixtures.write(tmp.resolve("exp/base0"), RunFixtures.spec().seed(0));
        RunFixtures.write(tmp.resolve("exp/trt1"), RunFixtures.spec().method("trt").seed(1));
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        List<String> acc = table(parse(r.index()), "summary").get(1);
        assertEquals("no matching seeds", acc.get(4));
        assertEquals("0", acc.get(7));
    }

    private static List<String> row(List<List<String>> table, String configuration, String metric) {
        return table.stream().filter(r -> r.get(0).equals(configuration) && r.get(1).equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + configuration + " / " + metric + " in " + table));
    }
}
