/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import static dev.snn4j.data.IdxTestFiles.expectError;
import static dev.snn4j.data.IdxTestFiles.gzip;
import static dev.snn4j.data.IdxTestFiles.images;
import static dev.snn4j.data.IdxTestFiles.labels;
import static dev.snn4j.data.IdxTestFiles.ramp;
import static dev.snn4j.data.IdxTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripRawAndGzipDetectedByMagicBytesNotName() {
        byte[] pixels = ramp(3 * 5 * 4);
        byte[] img = images(3, 5, 4, pixels);
        byte[] lab = labels(new byte[] {0, 9, (byte) 200});
        // Names deliberately mislead: gzip content without .gz, raw content with .gz.
        Path[] imageFiles = {write(dir.resolve("raw.gz"), img), write(dir.resolve("zipped"), gzip(img))};
        for (Path f : imageFiles) {
            IdxImages r = IdxReader.readImages(f);
            assertEquals(3, r.count());
            assertEquals(5, r.rows());
            assertEquals(4, r.cols());
            assertArrayEquals(pixels, r.pixels(), f.toString());
        }
        byte[] rawLabels = IdxReader.readLabels(write(dir.resolve("l"), lab));
        byte[] gzLabels = IdxReader.readLabels(write(dir.resolve("l.gz"), gzip(lab)));
        assertArrayEquals(new byte[] {0, 9, (byte) 200}, rawLabels);
        assertArrayEquals(rawLabels, gzLabels);
        assertEquals(200, rawLabels[2] & 0xFF, "labels are unsigned bytes");
    }

    @Test
    void streamOverloadsReadRawAndGzipAndLeaveTheStreamOpen() {
        byte[] pixels = ramp(2 * 2 * 2);
        for (byte[] content : new byte[][] {images(2, 2, 2, pixels), gzip(images(2, 2, 2, pixels))}) {
            boolean[] closed = {false};
            InputStream in = new ByteArrayInputStream(content) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            assertArrayEquals(pixels, IdxReader.readImages(in, "classpath:x").pixels());
            assertTrue(!closed[0], "caller's stream must stay open");
        }
        assertArrayEquals(new byte[] {4, 2},
                IdxReader.readLabels(new ByteArrayInputStream(gzip(labels(new byte[] {4, 2}))), "res"));
        expectError(() -> IdxReader.readImages((InputStream) null, "classpath:missing"),
                "classpath:missing", "not found");
    }

    @Test
    void wrongMagicNumberNamesFileExpectedAndFound() {
        Path f = write(dir.resolve("train-images-idx3-ubyte"), labels(new byte[] {1, 2}));
        expectError(() -> IdxReader.readImages(f), f.toString(), "wrong magic number",
                "expected 0x00000803 (IDX unsigned-byte 3-D images)", "found 0x00000801");
        Path g = write(dir.resolve("labels.gz"), gzip(images(0x12345678, 1, 1, 1, new byte[1])));
        expectError(() -> IdxReader.readLabels(g), g.toString(), "wrong magic number: expected 0x00000801",
                "found 0x12345678");
    }

    @Test
    void truncatedImagesRawAndGzip() {
        byte[] img = images(60000, 28, 28, new byte[1000]);
        for (Path f : new Path[] {write(dir.resolve("raw"), img), write(dir.resolve("gz"), gzip(img))}) {
            expectError(() -> IdxReader.readImages(f), f.toString(), "truncated: header declares 60000 images of "
                    + "28x28 (47040000 bytes of pixels), file ends after 1000");
        }
    }

    @Test
    void truncatedLabelsAndHeader() {
        Path f = write(dir.resolve("labels"), labels(IdxReader.LABELS_MAGIC, 10, new byte[7]));
        expectError(() -> IdxReader.readLabels(f), f.toString(), "truncated", "10 labels", "file ends after 7");
        Path h = write(dir.resolve("short"), Arrays.copyOf(images(1, 1, 1, new byte[1]), 9));
        expectError(() -> IdxReader.readImages(h), h.toString(), "truncated: expected a 16-byte IDX header",
                "after 9 bytes");
        Path empty = write(dir.resolve("empty.gz"), new byte[0]);
        expectError(() -> IdxReader.readLabels(empty), empty.toString(), "truncated");
    }

    @Test
    void trailingDataIsReported() {
        Path f = write(dir.resolve("long"), labels(IdxReader.LABELS_MAGIC, 2, new byte[5]));
        expectError(() -> IdxReader.readLabels(f), f.toString(), "trailing data", "2 labels");
    }

    @Test
    void lyingHugeHeaderFailsAsTruncatedWithoutAllocatingIt() {
        // Claims 2,000,000 images of 28x28 = 1.5 GB but holds 100 bytes.
        byte[] liar = images(2_000_000, 28, 28, new byte[100]);
        Path raw = write(dir.resolve("liar"), liar);
        Path gz = write(dir.resolve("liar.gz"), gzip(liar));
        long before = allocatedBytes();
        expectError(() -> IdxReader.readImages(raw), raw.toString(), "truncated", "2000000 images");
        expectError(() -> IdxReader.readImages(gz), gz.toString(), "truncated", "file ends after 100");
        expectError(() -> IdxReader.readImages(new ByteArrayInputStream(liar), "stream"), "stream", "truncated");
        byte[] liarLabels = labels(IdxReader.LABELS_MAGIC, Integer.MAX_VALUE, new byte[3]);
        expectError(() -> IdxReader.readLabels(new ByteArrayInputStream(liarLabels), "labels-stream"),
                "labels-stream", "truncated", "2147483647 labels");
        long allocated = allocatedBytes() - before;
        assertTrue(allocated < 300L << 20, "allocated " + allocated + " bytes for lying headers");
    }

    @Test
    void absurdOrNonPositiveDimensions() {
        Path zeroRows = write(dir.resolve("a"), images(5, 0, 28, new byte[0]));
        expectError(() -> IdxReader.readImages(zeroRows), zeroRows.toString(), "bad header",
                "expected an image size between 1x1 and 4096x4096, found 0x28");
        Path negCount = write(dir.resolve("b"), images(-3, 28, 28, new byte[0]));
        expectError(() -> IdxReader.readImages(negCount), negCount.toString(),
                "expected a positive image count, found -3");
        Path huge = write(dir.resolve("c"), images(100_000_000, 28, 28, new byte[0]));
        expectError(() -> IdxReader.readImages(huge), huge.toString(), "bad header", "100000000 images of 28x28",
                "expected at most");
        Path wide = write(dir.resolve("d"), images(1, 1, 100_000, new byte[0]));
        expectError(() -> IdxReader.readImages(wide), wide.toString(), "found 1x100000");
        Path noLabels = write(dir.resolve("e"), labels(IdxReader.LABELS_MAGIC, 0, new byte[0]));
        expectError(() -> IdxReader.readLabels(noLabels), noLabels.toString(),
                "expected a positive label count, found 0");
    }

    @Test
    void corruptGzipNamesTheFile() {
        byte[] good = gzip(images(4, 8, 8, ramp(256)));
        byte[] badBody = good.clone();
        for (int i = 12; i < badBody.length - 8; i++) {
            badBody[i] = (byte) 0xFF;
        }
        Path body = write(dir.resolve("body.gz"), badBody);
        expectError(() -> IdxReader.readImages(body), body.toString(), "corrupt gzip data");
        byte[] badCrc = good.clone();
        badCrc[badCrc.length - 6] ^= 0x5A;
        Path crc = write(dir.resolve("crc.gz"), badCrc);
        expectError(() -> IdxReader.readImages(crc), crc.toString(), "corrupt gzip data");
        Path cut = write(dir.resolve("cut.gz"), Arrays.copyOf(good, good.length / 2));
        expectError(() -> IdxReader.readImages(cut), cut.toString(), "corrupt gzip data");
        Path header = write(dir.resolve("header.gz"), new byte[] {0x1f, (byte) 0x8b, 99, 0, 0});
        expectError(() -> IdxReader.readLabels(header), header.toString(), "corrupt gzip data");
    }

    @Test
    void missingFileAndFolderInsteadOfFile() {
        Path missing = dir.resolve("nope-idx3-ubyte.gz");
        expectError(() -> IdxReader.readImages(missing), missing.toString(), "file not found");
        expectError(() -> IdxReader.readLabels(dir), dir.toString(), "expected an IDX file, found a folder");
    }

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
