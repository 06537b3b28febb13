/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snn4j.GoldenCases;
import dev.snn4j.data.FrameSplit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance with SpikingJelly's event-to-frame integration (test resources {@code golden/frames}, see
 * {@code golden/README.md}): every case there, and in $SNN4J_GOLDEN_FRAMES_DIR when set, reproduced count
 * for count.
 */
class GoldenFramesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> cases() {
        return GoldenCases.of("frames", "SNN4J_GOLDEN_FRAMES_DIR", 3);
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() {
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
