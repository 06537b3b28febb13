package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.Snn4jException;
import dev.snn4j.Statistics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report page from fabricated run folders: what it shows, that it is well-formed, and its errors. */
class ReportTest {

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
    void runsArePerRunUpToEightAndAveragedBeyond() {
        List<RunData> few = new ArrayList<>();
        List<RunData> many = new ArrayList<>();
        for (int seed = 0; seed < 5; seed++) {
            for (String method : List.of("baseline", "trt")) {
                Path dir = RunFixtures.write(tmp.resolve(method + seed), RunFixtures.spec().method(method).seed(seed));
                RunData run = RunFolders.read(dir, method + seed);
                many.add(run);
                if (few.size() < 8) {
                    few.add(run);
                }
            }
        }
        assertEquals(8, Figures.sources(few).size());
        assertTrue(Figures.sources(few).stream().noneMatch(Figures.Source::aggregated));
        List<Figures.Source> sources = Figures.sources(many);
        assertEquals(List.of("baseline", "trt"), sources.stream().map(Figures.Source::name).toList());
        assertEquals(5, sources.get(1).runs().size());
        Figure loss = Figures.curve(sources, "train_loss", "t", "y", 1, "%.4f");
        Figure.Point first = loss.series().get(0).points().get(0);
        assertEquals(5, first.n());
        double[] ce = {1.0, 1.01, 1.02, 1.03, 1.04}; // 1.2 - 0.6/3 + 0.01 seed, as RunFixtures writes it
        assertEquals(Statistics.mean(ce), first.y(), 1e-12);
        assertEquals(Statistics.sampleStd(ce).getAsDouble(), first.error().getAsDouble(), 1e-12);
    }

    @Test
    void configurationsDifferInSettingsButMethodSeedAndPaths() {
        List<RunData> runs = new ArrayList<>();
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("b4"), RunFixtures.spec().set("timesteps", 4)), "b4"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("b8"), RunFixtures.spec().set("timesteps", 8)), "b8"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("t4"), RunFixtures.spec().method("trt").set("timesteps", 4)
                .set("device", "cpu").set("data", "/elsewhere")), "t4"));
        runs.add(RunFolders.read(RunFixtures.write(tmp.resolve("t4a"), RunFixtures.spec().method("trt").set("timesteps", 4)
                .set("trt_beta", 0.0)), "t4a"));
        List<Configurations.Group> groups = Configurations.group(runs);
        assertEquals(List.of("timesteps=4, trt_beta=1.0", "timesteps=4, trt_beta=0.0", "timesteps=8"),
                groups.stream().map(Configurations.Group::label).toList());
        assertEquals(List.of("b4"), groups.get(0).runs().get("baseline").stream().map(RunData::name).toList());
        assertEquals(List.of("t4"), groups.get(0).runs().get("trt").stream().map(RunData::name).toList());
        assertEquals(List.of("b4"), groups.get(1).runs().get("baseline").stream().map(RunData::name).toList(),
                "a baseline serves every TRT configuration that agrees with it on the other settings");
        assertEquals(Set.of("baseline"), groups.get(2).methods());
    }

    /** Run folders of another snn4j version have other settings: they form their own configuration. */
    @Test
    void experimentsWithDifferentSettingKeysCombine() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        RunFixtures.write(tmp.resolve("older/baseline-seed0"), RunFixtures.spec().set("v_threshold", 1.0));
        Report.Result r = Report.write(List.of(exp, tmp.resolve("older")), tmp.resolve("out"), null);
        assertEquals(10, r.runs());
        List<RunData> runs = RunFolders.discover(List.of(exp, tmp.resolve("older"))).stream()
                .map(d -> RunFolders.read(d, d.getFileName().toString())).toList();
        List<String> names = Figures.sources(runs).stream().map(Figures.Source::name).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "unique series: " + names);
        assertTrue(names.contains("baseline · v_threshold=1.0"), names.toString());
        List<String> labels = Configurations.group(runs).stream().map(Configurations.Group::label).toList();
        assertEquals(List.of("trt_alpha=0.5", "trt_alpha=1.0", "v_threshold=1.0"), labels);

        Figure f = new Figure("x", "x", Figure.Kind.LINE, "x", "y", "%.1f", List.of(
                new Figure.Series("a", false, List.of()), new Figure.Series("a", false, List.of())));
        assertEquals(List.of("a", "a (2)"), f.series().stream().map(Figure.Series::name).toList());
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
    void findsRunsInRunAndExperimentFolders() throws Exception {
        Path exp = RunFixtures.experiment(tmp.resolve("exp"));
        assertEquals(9, RunFolders.discover(List.of(exp)).size(), "run folders and one level deeper");
        assertEquals(1, RunFolders.discover(List.of(exp.resolve("trt-seed0"))).size());
        assertEquals(2, RunFolders.discover(List.of(exp.resolve("ablation"))).size());
        assertEquals(9, RunFolders.discover(List.of(exp, exp.resolve("trt-seed0"))).size(), "each run once");
        Files.writeString(exp.resolve("notes.json"), ""); // files beside runs are ignored
        Files.createDirectories(exp.resolve("a/b/c"));
        RunFixtures.write(exp.resolve("a/b/c/too-deep"), RunFixtures.spec());
        assertEquals(9, RunFolders.discover(List.of(exp)).size(), "two levels below the argument at most");
        assertEquals(List.of("trt-alpha0.5-seed0", "trt-alpha0.5-seed1"), names(exp.resolve("ablation")));
        assertTrue(names(exp).contains("ablation/trt-alpha0.5-seed1"));
        assertEquals(List.of("trt-seed0"), names(exp.resolve("trt-seed0")));
        Path other = RunFixtures.write(tmp.resolve("other/runs/trt-seed0"), RunFixtures.spec().method("trt"));
        assertEquals(List.of("ablation/trt-alpha0.5-seed0", "ablation/trt-alpha0.5-seed1", "runs/trt-seed0"),
                names(exp.resolve("ablation"), tmp.resolve("other/runs")), "several arguments: prefixed by the argument");
        assertEquals(List.of("exp/trt-seed0", "other/runs/trt-seed0"), names(exp.resolve("trt-seed0"), other),
                "equal names: paths below the common parent");
    }

    private static List<String> names(Path... arguments) {
        List<Path> args = List.of(arguments);
        return List.copyOf(RunFolders.names(args, RunFolders.discover(args)).values());
    }

    @Test
    void badArgumentsAreOneLineErrorsNamingThem() throws Exception {
        Path missing = tmp.resolve("missing");
        assertEquals(missing + ": no such folder", error(missing));
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        assertEquals(file + ": not a folder", error(file));
        Path empty = Files.createDirectories(tmp.resolve("empty/sub"));
        assertEquals(tmp.resolve("empty") + ": no run folders (expected config.json in it, in its subfolders or in theirs)",
                error(tmp.resolve("empty")));
        assertNotNull(empty);

        Path run = RunFixtures.write(tmp.resolve("run"), RunFixtures.spec());
        Snn4jException into = assertThrows(Snn4jException.class, () -> Report.write(List.of(run), run, null));
        assertEquals(run + ": is a run folder; write the report to another folder", into.getMessage());
    }

    @Test
    void brokenRunFilesNameTheFile() throws Exception {
        Path run = RunFixtures.write(tmp.resolve("run"), RunFixtures.spec());
        Files.writeString(run.resolve("metrics.json"), "{\"epochs\": [");
        String m = error(run);
        assertTrue(m.startsWith(run.resolve("metrics.json") + ": cannot read JSON: "), m);
        assertEquals(1, m.lines().count());

        RunFixtures.write(run, RunFixtures.spec());
        Files.writeString(run.resolve("attacks.json"), "{\"attacks\": [{\"method\": \"fgsm\", \"epsilon\": 0.1}]}");
        assertEquals(run.resolve("attacks.json") + ": attacks[0]: attacked_accuracy: missing", error(run));
        Files.writeString(run.resolve("attacks.json"),
                "{\"attacks\": [{\"epsilon\": 0.1, \"attacked_accuracy\": 0.5}, {\"epsilon\": \"big\", \"attacked_accuracy\": 0.5}]}");
        assertEquals(run.resolve("attacks.json") + ": attacks[1]: epsilon: expected a number, found \"big\"", error(run));
        Files.writeString(run.resolve("attacks.json"), "{\"attacks\": 3}");
        assertEquals(run.resolve("attacks.json") + ": expected {\"attacks\": [...]}, found {\"attacks\":3}", error(run));
        Files.delete(run.resolve("attacks.json"));

        Files.writeString(run.resolve("config.json"), "{\"settings\": {}}");
        assertEquals(run.resolve("config.json") + ": expected an object 'config' with the run's settings", error(run));
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

    private String error(Path argument) {
        return assertThrows(Snn4jException.class, () -> Report.write(List.of(argument), tmp.resolve("out"), null)).getMessage();
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

    static Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(Files.readString(html).getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> ids(Document page, String tag) {
        Set<String> ids = new HashSet<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static Element nextElement(Element e) {
        org.w3c.dom.Node n = e.getNextSibling();
        while (n != null && !(n instanceof Element)) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    /** The first table with the class: header row, then body rows, as cell texts. */
    static List<List<String>> table(Document page, String cls) {
        NodeList tables = page.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals(cls)) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 0; i < trs.getLength(); i++) {
                List<String> cells = new ArrayList<>();
                NodeList cs = ((Element) trs.item(i)).getChildNodes();
                for (int j = 0; j < cs.getLength(); j++) {
                    if (cs.item(j) instanceof Element c) {
                        cells.add(c.getTextContent());
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
        throw new AssertionError("no table " + cls);
    }

    private static List<String> row(List<List<String>> table, String configuration, String metric) {
        return table.stream().filter(r -> r.get(0).equals(configuration) && r.get(1).equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + configuration + " / " + metric + " in " + table));
    }
}
