/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static dev.snn4j.report.ReportPages.ids;
import static dev.snn4j.report.ReportPages.parse;
import static dev.snn4j.report.ReportPages.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report page from fabricated run folders: its sections, charts and tables, and that it is well-formed. */
class ReportPageTest {

    @TempDir
    Path tmp;

    @Test
    void experimentPageHasEveryChartWithItsNumbers() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        Path out = tmp.resolve("out");
        Report.Result r = Report.write(List.of(exp), out, "Experiment <1> & \"co\"");
        assertEquals(9, r.runs());
        assertEquals(out.resolve("index.html"), r.index());
        Document page = parse(r.index());

        assertEquals("Experiment <1> & \"co\"", page.getElementsByTagName("h1").item(0).getTextContent(), "title escaped");
        Set<String> sections = ids(page, "section");
        for (String id : List.of("runs", "settings", "summary", "curves", "accuracy", "loss-terms", "firing-rates", "attacks",
                "energy", "cost", "epochs", "notes")) {
            assertTrue(sections.contains(id), "section " + id + " in " + sections);
        }
        NodeList imgs = page.getElementsByTagName("img");
        assertEquals(r.images().size(), imgs.getLength());
        assertEquals(17, imgs.getLength(),
                "2 comparison + 2 difference charts, loss, 2 accuracy, 4 terms, rates, attack, SOPs, energy, SOPs per layer, cost");
        Set<Path> referenced = new HashSet<>();
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = ((Element) imgs.item(i)).getAttribute("src");
            assertTrue(src.matches("img/\\d\\d-[a-z0-9-]+\\.png"), "relative path: " + src);
            Path png = out.resolve(src);
            referenced.add(png);
            assertChart(png);
        }
        try (Stream<Path> files = Files.list(out.resolve("img"))) {
            assertEquals(referenced, files.collect(Collectors.toSet()), "every chart file is on the page, nothing else in img/");
        }
        // every chart has the table of its numbers right after it
        NodeList figures = page.getElementsByTagName("figure");
        assertEquals(imgs.getLength(), figures.getLength());
        for (int i = 0; i < figures.getLength(); i++) {
            Element details = nextElement((Element) figures.item(i));
            assertEquals("details", details.getTagName());
            assertEquals(1, details.getElementsByTagName("table").getLength());
        }
        String html = Files.readString(r.index());
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no network resources");
        assertFalse(html.contains("NaN") || html.contains("Infinity"), "no NaN");
        assertTrue(html.contains("Energy model: MAC 4.60 pJ, AC 0.900 pJ per operation."), "energy constants as a note");
        assertTrue(r.images().stream().anyMatch(p -> p.getFileName().toString().endsWith("-sops-per-layer.png")));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("1 of 9 runs are unfinished"), r.warnings().get(0));
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void attackAndEnergySectionsOnlyWhenThereIsData() throws Exception {
        RunFixtures.write(tmp.resolve("exp/base"), RunFixtures.spec());
        RunFixtures.write(tmp.resolve("exp/trt"), RunFixtures.spec().method("trt"));
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        Set<String> sections = ids(parse(r.index()), "section");
        assertFalse(sections.contains("attacks"), sections.toString());
        assertFalse(sections.contains("energy"), sections.toString());
        assertTrue(sections.contains("loss-terms"));
        assertTrue(r.images().stream().noneMatch(p -> p.toString().contains("attack")));

        // a single attack entry (not the {"attacks": [...]} of snn4j attack), no clean accuracy, unknown keys
        Files.writeString(tmp.resolve("exp/trt/attacks.json"),
                "{\"method\": \"pgd\", \"epsilon\": 0.03137254901960784, \"attacked_accuracy\": 0.41, \"steps\": 7, \"x\": [1]}");
        Report.Result again = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        Document page = parse(again.index());
        assertTrue(ids(page, "section").contains("attacks"));
        assertTrue(page.getDocumentElement().getTextContent().contains("accuracy under pgd (7 steps), ε = 8/255 (%)"),
                "epsilon in 1/255 steps");
        assertEquals("0.1", Metric.formatEpsilon(0.1));
        assertEquals("0.2", Metric.formatEpsilon(0.2));
        assertEquals("2/255", Metric.formatEpsilon(2 / 255.0));
    }

    @Test
    void namesAreEscaped() throws Exception {
        String name = "a<b>&\"q'";
        RunFixtures.write(tmp.resolve("exp").resolve(name), RunFixtures.spec());
        RunFixtures.write(tmp.resolve("exp/plain"), RunFixtures.spec().seed(1));
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        String html = Files.readString(r.index());
        assertTrue(html.contains("a&lt;b&gt;&amp;&quot;q&#39;"));
        assertFalse(html.contains(name));
        List<List<String>> runs = table(parse(r.index()), "runs");
        assertTrue(runs.stream().anyMatch(row -> row.get(0).equals(name)), "parsed back: " + runs);
    }

    @Test
    void runsWithoutEpochsYetAreListed() throws Exception {
        Path run = RunFixtures.write(tmp.resolve("exp/started"), RunFixtures.spec());
        Files.delete(run.resolve("metrics.json"));
        RunFixtures.write(tmp.resolve("exp/done"), RunFixtures.spec().seed(1));
        Report.Result r = Report.write(List.of(tmp.resolve("exp")), tmp.resolve("out"), null);
        List<List<String>> runs = table(parse(r.index()), "runs");
        List<String> started = runs.stream().filter(row -> row.get(0).equals("started")).findFirst().orElseThrow();
        assertEquals("no epoch yet", started.get(4));
        assertEquals("—", started.get(5));
    }

    /** A chart: a PNG of the chart size that is not blank. */
    private static void assertChart(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, png + " is an image");
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, png + " is not blank: " + colours.size() + " colours");
    }

    private static Element nextElement(Element e) {
        org.w3c.dom.Node n = e.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }
}
