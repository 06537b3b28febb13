/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Charts and tables from run folders: {@link dev.snn4j.report.Report} writes one HTML page with
 * PNG charts (XChart) from the run folders' files.
 *
 * <p>The run folder is the contract: this package reads {@code config.json}, {@code metrics.json}
 * and the optional {@code attack.json} with {@link dev.snn4j.Json}, and knows nothing else of
 * snn4j. It never imports DJL or the neuron, layer, model, trt, data, train or metrics packages,
 * so a report needs no engine and no model; its statistics come from the root package's
 * {@link dev.snn4j.report.Statistics}.
 *
 * <p>The path: {@link dev.snn4j.report.RunFolders} finds and reads run folders into
 * {@link dev.snn4j.report.RunData}; {@link dev.snn4j.report.Configurations} groups them into
 * configurations (runs that differ only in method and seed); {@link dev.snn4j.report.Summaries}
 * computes mean ± std per method and the paired difference to the baseline;
 * {@link dev.snn4j.report.Figures} decides what each chart shows, {@link dev.snn4j.report.Charts}
 * draws it, and {@link dev.snn4j.report.Report} writes the page: {@link dev.snn4j.report.RunTables},
 * {@link dev.snn4j.report.CurveSections} and {@link dev.snn4j.report.ResultSections} write its
 * sections into a {@link dev.snn4j.report.ReportPage}, which draws the charts and writes the HTML
 * through {@link dev.snn4j.report.Html}.
 */
package dev.snn4j.report;
