/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.imagefolder;

import static dev.snn4j.data.OneLineErrors.expectError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;
import dev.snn4j.data.Datasets;
import dev.snn4j.data.StaticDataOptions;
import dev.snn4j.data.events.CacheDirs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --skip-bad-files} at decode time: a file that passes the index-time check (header, end
 * marker) but fails to decode is reported once and replaced by the next image of its class, the
 * same on one thread or four; without the flag it stops the work naming the file.
 */
class ImageFolderDecodeSkipTest {

    @TempDir
    Path tmp;

    private DatasetSplits load(Path root, boolean skip, int threads) {
        return Datasets.load(new DatasetRequest(DatasetId.IMAGEFOLDER, root, Map.of(CacheDirs.ENV_VAR, tmp.resolve("cache").toString()),
                Set.of(), 4, 0).withStatics(StaticDataOptions.DEFAULT.withImageSize(28).withSkipBadFiles(skip).withDecodeThreads(threads)));
    }

    /** Damages a PNG's compressed pixels (its IDAT payload), leaving its header and IEND intact. */
    private static void damagePixels(Path png) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("IDAT") + 4;
        for (int i = at; i < at + 12; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(png, bytes);
    }

    @Test
    void aFileThatFailsToDecodeIsReplacedByTheNextOfItsClass() throws Exception {
        Path root = ImageFolderFixtures.folder(tmp.resolve("f"), new String[] {"a", "b"}, 3, 32, 32);
        Path bad = root.resolve("train/a/img_001.png");
        damagePixels(bad);

        ImageFolderSamples strict = (ImageFolderSamples) load(root, false, 1).train(); // the index check passes it
        int badIndex = IntStream.range(0, strict.size()).filter(i -> strict.file(i).equals(bad)).findFirst().orElseThrow();
        int n = strict.sampleSize();
        expectError(() -> strict.write(badIndex, new float[n], 0, null), bad.toString(), "cannot decode");

        // the next image of class a after it, in index order (wrapping around)
        int next = IntStream.range(1, strict.size()).map(d -> (badIndex + d) % strict.size())
                .filter(i -> strict.label(i) == strict.label(badIndex)).findFirst().orElseThrow();
        int[] all = IntStream.range(0, strict.size()).toArray();
        float[] expected = new float[all.length * n];
        for (int k = 0; k < all.length; k++) {
            int source = all[k] == badIndex ? next : all[k];
            strict.write(source, expected, k * n, null);
        }
        for (int threads : new int[] {1, 4}) {
            ImageFolderSamples skipping = (ImageFolderSamples) load(root, true, threads).train();
            float[] batch = new float[all.length * n];
            skipping.writeAll(all, batch, 0, null);
            assertArrayEquals(expected, batch, threads + " thread(s)");
            List<String> warnings = skipping.drainWarnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("skipped " + bad + ": cannot decode"), warnings.get(0));
            assertTrue(warnings.get(0).contains("replaced by the next image of class a"), warnings.get(0));
            skipping.writeAll(all, batch, 0, null);
            assertEquals(List.of(), skipping.drainWarnings(), "reported once");
            assertArrayEquals(expected, batch);
        }

        damagePixels(root.resolve("train/a/img_000.png"));
        damagePixels(root.resolve("train/a/img_002.png"));
        ImageFolderSamples none = (ImageFolderSamples) load(root, true, 1).train();
        expectError(() -> none.write(badIndex, new float[n], 0, null), "expected an image of class a that decodes, found none",
                "3 file(s) failed to decode");
    }
}
