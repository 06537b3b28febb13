package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snn4j.data.FrameSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance with SpikingJelly's event-to-frame integration (../shared/golden/README.md): every case
 * in ../shared/golden/frames, and in $SNN4J_GOLDEN_FRAMES_DIR when set, reproduced count for count.
 */
class GoldenFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> cases() throws IOException {
        List<Path> cases = new ArrayList<>(jsonFiles(sharedGoldenDir()));
        String extra = System.getenv("SNN4J_GOLDEN_FRAMES_DIR");
        if (extra != null && !extra.isBlank()) {
            List<Path> more = jsonFiles(Path.of(extra));
            assertFalse(more.isEmpty(), "SNN4J_GOLDEN_FRAMES_DIR=" + extra + " holds no .json case");
            cases.addAll(more);
        }
        return cases;
    }

    /** ../shared/golden/frames beside the checkout, looked for from the working directory upwards. */
    static Path sharedGoldenDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared").resolve("golden").resolve("frames");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("../shared/golden/frames not found beside the checkout");
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() throws IOException {
        List<Path> cases = cases();
        assertFalse(cases.isEmpty(), "no golden frame case found");
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        int h = c.get("H").asInt();
        int w = c.get("W").asInt();
        int frames = c.get("T").asInt();
        FrameSplit split = FrameSplit.valueOf(c.get("split_by").asText().toUpperCase(Locale.ROOT));
        long[] t = longs(c.get("t"));
        Events events = Events.of(new SensorSize(w, h), t, ints(c.get("x")), ints(c.get("y")), ints(c.get("p")));
        int[] expected = ints(c.get("frames"));
        FrameIntegrator integrator = new FrameIntegrator(events.sensor(), frames, h, w, split, 0);
        int[] actual = integrator.integrate(events);
        assertEquals(expected.length, actual.length, "frames length");
        assertArrayEquals(expected, actual, file.getFileName() + ": counts");
    }

    private static long[] longs(JsonNode a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asLong();
        }
        return out;
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
