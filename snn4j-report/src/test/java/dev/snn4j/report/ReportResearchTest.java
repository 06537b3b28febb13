/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static dev.snn4j.report.ReportPages.parse;
import static dev.snn4j.report.ReportPages.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.snn4j.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generalisation gap of metrics.json and the accuracy at T' of timesteps.json, as the report shows them. */
class ReportResearchTest {

    @TempDir
    Path tmp;

    private Path run(String method, int seed, double trainAccuracy, double testAccuracy, double atOne) throws Exception {
        Path dir = RunFixtures.write(tmp.resolve("exp/" + method + "-seed" + seed),
                RunFixtures.spec().method(method).seed(seed).accuracy(testAccuracy));
        ObjectNode metrics = (ObjectNode) Json.mapper().readTree(dir.resolve("metrics.json").toFile());
        ObjectNode gap = ((ObjectNode) metrics.get("final")).putObject("generalization");
        gap.put("samples", 1000);
        gap.put("train_accuracy", trainAccuracy);
        gap.put("train_loss", 0.3);
        gap.put("test_loss", 0.4);
        gap.put("accuracy_gap", trainAccuracy - testAccuracy);
        gap.put("loss_gap", 0.1);
        Files.writeString(dir.resolve("metrics.json"), Json.write(metrics));
        // T' = 4, the trained T, comes from metrics.json's final test accuracy
        Files.writeString(dir.resolve("timesteps.json"), "{\"evaluations\": [{\"timesteps\": 1, \"test_accuracy\": " + atOne
                + ", \"samples\": 100}]}");
        return dir;
    }

    private static List<List<String>> allSummaryRows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        NodeList tables = page.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 0; table.getAttribute("class").equals("summary") && i < trs.getLength(); i++) {
                List<String> cells = new ArrayList<>();
                NodeList cs = trs.item(i).getChildNodes();
                for (int j = 0; j < cs.getLength(); j++) {
                    if (cs.item(j) instanceof Element c) {
                        cells.add(c.getTextContent());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void gapAndLatencyHaveTheirOwnSections() throws Exception {
        run("baseline", 0, 0.90, 0.85, 0.40);
        run("baseline", 1, 0.92, 0.86, 0.50);
        run("trt", 0, 0.88, 0.86, 0.60);
        run("trt", 1, 0.89, 0.87, 0.70);
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        Document page = parse(r.index());

        assertTrue(r.images().stream().anyMatch(p -> p.getFileName().toString().endsWith("-latency.png")), r.images().toString());
        List<List<String>> latency = table(page, "latency");
        assertEquals(List.of("run", "method", "T' = 1 (%)", "T' = 4 (%)"), latency.get(0));
        assertTrue(latency.contains(List.of("trt-seed1", "trt", "70.00", "87.00")), latency.toString());

        List<List<String>> summary = allSummaryRows(page);
        List<String> gap = summary.stream().filter(row -> row.size() > 4 && row.get(1).startsWith("generalisation gap")).findFirst()
                .orElseThrow(() -> new AssertionError(summary.toString()));
        assertEquals("5.50 ± 0.71 (n=2)", gap.get(2), "baseline: (5 + 6) / 2 pp");
        assertEquals("2.00 ± 0.00 (n=2)", gap.get(3));
        assertEquals("−3.50 pp", gap.get(4));
        List<String> atOne = summary.stream().filter(row -> row.size() > 4 && row.get(1).startsWith("test accuracy at T' = 1"))
                .findFirst().orElseThrow();
        assertEquals("+20.00 pp", atOne.get(4));
        List<List<String>> main = table(page, "summary");
        assertTrue(main.stream().noneMatch(row -> row.size() > 1 && (row.get(1).contains("T' =") || row.get(1).contains("gap"))),
                "the main summary keeps accuracy, ASFR, energy and cost");
    }
}
