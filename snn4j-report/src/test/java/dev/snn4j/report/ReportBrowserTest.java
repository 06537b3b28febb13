/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.OutsideTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser shows it: headless Chromium (Debian's {@code chromium}) opens a copy of
 * index.html to which the test adds a script; once the page has loaded, the script writes into the
 * DOM how many images there are and which did not load ({@code complete && naturalWidth > 0}),
 * and {@code --dump-dom} prints that DOM. The report itself has no script.
 *
 * <p>Skipped, visibly, when {@code /usr/bin/chromium} is not installed ({@code apt-get install chromium}),
 * unless {@code SNN4J_REQUIRE_TOOLS} asks for it (CI).
 */
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final String PROBE = "<script>window.addEventListener('load', function () {"
            + "var imgs = document.images, bad = [];"
            + "for (var i = 0; i < imgs.length; i++) {"
            + "  if (!(imgs[i].complete && imgs[i].naturalWidth > 0)) { bad.push(imgs[i].getAttribute('src')); } }"
            + "var p = document.createElement('pre'); p.id = 'image-check';"
            + "p.textContent = 'images=' + imgs.length + ' broken=' + bad.length + ' [' + bad.join(',') + ']';"
            + "document.body.appendChild(p); });</script>";

    private static final Pattern RESULT = Pattern.compile("<pre id=\"image-check\">images=(\\d+) broken=(\\d+) \\[([^\\]]*)]</pre>");

    @TempDir
    Path tmp;

    @Test
    void everyImageLoadsInChromium() throws Exception {
        OutsideTools.need("chromium", Files.isExecutable(CHROMIUM), "apt-get install chromium", CHROMIUM + " not found");
        Path out = tmp.resolve("out");
        Report.Result r = Report.write(List.of(RunFixtures.experiment(tmp.resolve("exp"))), out, "browser test");
        String html = Files.readString(r.index());
        assertTrue(html.contains("</body>"));

        Path check = out.resolve("check.html");
        Files.writeString(check, html.replace("</body>", PROBE + "</body>"));
        Matcher ok = probe(check);
        assertEquals(r.images().size(), Integer.parseInt(ok.group(1)), "Chromium sees every image");
        assertEquals("0", ok.group(2), "images that did not load: " + ok.group(3));

        // the check can fail: one image pointing nowhere is reported
        String first = out.relativize(r.images().get(0)).toString();
        Path broken = out.resolve("check-broken.html");
        Files.writeString(broken, html.replace("src=\"" + first + "\"", "src=\"img/missing.png\"").replace("</body>", PROBE + "</body>"));
        Matcher bad = probe(broken);
        assertEquals("1", bad.group(2));
        assertEquals("img/missing.png", bad.group(3));
    }

    /** Opens the page in headless Chromium and returns the probe's result from the dumped DOM. */
    private Matcher probe(Path page) throws IOException, InterruptedException {
        Path dom = tmp.resolve(page.getFileName() + ".dom");
        Path log = tmp.resolve(page.getFileName() + ".log");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
                "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s; its log: " + tail(log));
        }
        String text = Files.readString(dom);
        Matcher m = RESULT.matcher(text);
        assertTrue(m.find(), "no probe result in the DOM (exit code " + p.exitValue() + "); Chromium log: " + tail(log));
        return m;
    }

    private static String tail(Path log) throws IOException {
        String s = Files.exists(log) ? Files.readString(log) : "";
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }
}
