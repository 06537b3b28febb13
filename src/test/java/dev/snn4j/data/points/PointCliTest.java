package dev.snn4j.data.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.data.DatasetId;
import dev.snn4j.Json;
import dev.snn4j.cli.Main;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Point clouds through the command line: info, a three-sided preview, and --skip-bad-files. */
class PointCliTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void modelNetMeshesInfoPreviewAndBadFiles(@TempDir Path dir) throws Exception {
        Path data = PointFixtures.offTree(dir.resolve("ModelNet10"), DatasetId.MODELNET10.classNames(), 2, 1);
        String[] info = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64", "--json");
        assertEquals("0", info[0], info[2]);
        JsonNode j = Json.mapper().readTree(info[1]);
        assertEquals(20, j.get("train_samples").asInt());
        assertEquals(10, j.get("test_samples").asInt());
        assertEquals(64, j.get("sample_shape").get(0).asInt());

        Path png = dir.resolve("cloud.png");
        String[] preview = run("data", "preview", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64",
                "--index", "1", "--out", png.toString());
        assertEquals("0", preview[0], preview[2]);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 2 * image.getHeight(), "three panels side by side: " + image.getWidth() + "x" + image.getHeight());

        Path broken = data.resolve("sofa/train/sofa_0002.off");
        Files.writeString(broken, "OFF\n3 1 0\n0 0 0\n");
        String[] strict = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64");
        assertEquals("1", strict[0]);
        assertTrue(strict[2].contains("sofa_0002.off"), strict[2]);
        String[] lenient = run("data", "info", "--dataset", "modelnet10", "--data", data.toString(), "--points", "64",
                "--skip-bad-files", "--json");
        assertEquals("0", lenient[0], lenient[2]);
        JsonNode k = Json.mapper().readTree(lenient[1]);
        assertEquals(19, k.get("train_samples").asInt(), "the broken file is left out");
        assertTrue(k.get("warnings").toString().contains("sofa_0002.off"), k.toString());
    }
}
