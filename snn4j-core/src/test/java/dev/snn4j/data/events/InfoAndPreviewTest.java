/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snn4j.data.DatasetId;
import dev.snn4j.data.DatasetRequest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Dataset facts and previews, from the files as they are. */
class InfoAndPreviewTest {

    @TempDir
    Path tmp;

    @Test
    void infoSummarisesEventsAndDurations() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nm"), 3, 1, 31);
        DatasetRequest r = new DatasetRequest(DatasetId.N_MNIST, dir, Map.of(CacheDirs.ENV_VAR, tmp.toString()), Set.of(), 4, 0);
        EventDatasetInfo info = EventDatasets.info(r, 0);
        assertEquals(30, info.trainSamples());
        assertEquals(10, info.testSamples());
        assertEquals(SensorSize.N_MNIST, info.sensor());
        assertEquals(DatasetId.N_MNIST.classNames(), info.classNames());
        EventCatalog c = EventDatasets.catalog(r);
        SampleReader reader = new SampleReader(c);
        long[] counts = c.train().stream().mapToLong(s -> reader.read(s).size()).toArray();
        long[] more = c.test().stream().mapToLong(s -> reader.read(s).size()).toArray();
        long[] all = new long[40];
        System.arraycopy(counts, 0, all, 0, 30);
        System.arraycopy(more, 0, all, 30, 10);
        Arrays.sort(all);
        assertEquals(new EventDatasetInfo.Summary(all[0], all[19], all[39]), info.eventsPerSample());
        assertTrue(info.durationMicros().min() > 0 && info.durationMicros().max() >= info.durationMicros().median());
        EventDatasetInfo firstTwo = EventDatasets.info(r, 2);
        assertEquals(2, firstTwo.trainSamples());
        assertEquals(2, firstTwo.testSamples());
    }

    @Test
    void previewWritesAPngStripAndALoopingGif() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nm"), 1, 1, 32);
        DatasetRequest r = new DatasetRequest(DatasetId.N_MNIST, dir, Map.of(CacheDirs.ENV_VAR, tmp.toString()), Set.of(), 5, 0);
        FrameCounts f = EventDatasets.preview(r, true, 3);
        assertEquals(5, f.frames());
        EventCatalog c = EventDatasets.catalog(r);
        assertEquals(new SampleReader(c).read(c.train().get(3)).size(), f.total());
        int scale = EventPreview.autoScale(f.height());
        assertEquals(4, scale);
        Path png = tmp.resolve("out/strip.png");
        EventPreview.writePng(png, f, scale);
        BufferedImage strip = ImageIO.read(png.toFile());
        assertEquals(5 * 34 * 4 + 4 * 2, strip.getWidth());
        assertEquals(34 * 4, strip.getHeight());
        // an ON-only pixel is orange-ish, an OFF-only one blue-ish, an empty one black
        boolean sawOn = false;
        boolean sawOff = false;
        for (int y = 0; y < 34; y++) {
            for (int x = 0; x < 34; x++) {
                int rgb = strip.getRGB(x * 4, y * 4) & 0xFFFFFF;
                int on = f.count(0, 1, y, x);
                int off = f.count(0, 0, y, x);
                if (on == 0 && off == 0) {
                    assertEquals(0, rgb);
                } else if (off == 0) {
                    assertTrue((rgb >> 16) > (rgb & 0xFF), Integer.toHexString(rgb));
                    sawOn = true;
                } else if (on == 0) {
                    assertTrue((rgb & 0xFF) > (rgb >> 16), Integer.toHexString(rgb));
                    sawOff = true;
                }
            }
        }
        assertTrue(sawOn && sawOff);
        Path gif = tmp.resolve("out/anim.gif");
        EventPreview.writeGif(gif, f, 2, 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            assertEquals(68, reader.read(0).getWidth());
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree(meta.getNativeMetadataFormatName());
            String tree = dump(root);
            assertTrue(tree.contains("delayTime=10"), tree);
            assertTrue(tree.contains("applicationID=NETSCAPE"), tree);
        }
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void previewRefusesAnIndexOutOfRange() throws Exception {
        Path dir = EventFixtures.nmnist(tmp.resolve("nm"), 1, 1, 33);
        DatasetRequest r = new DatasetRequest(DatasetId.N_MNIST, dir, Map.of(CacheDirs.ENV_VAR, tmp.toString()), Set.of(), 5, 0);
        EventTestFiles.expectError(() -> EventDatasets.preview(r, false, 10), "index", false, "0..9", "found 10");
    }

    @Test
    void referenceLevelIgnoresAHotPixel() {
        int[] counts = new int[2 * 10 * 10];
        Arrays.fill(counts, 0, 100, 2);
        counts[5] = 1000;
        assertEquals(2f, EventPreview.reference(new FrameCounts(1, 10, 10, counts)), 0f);
    }

    private static String dump(Node n) {
        StringBuilder b = new StringBuilder(n.getNodeName()).append('[');
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                Node a = n.getAttributes().item(i);
                b.append(a.getNodeName()).append('=').append(a.getNodeValue()).append(' ');
            }
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            b.append(dump(c));
        }
        return b.append(']').toString();
    }
}
