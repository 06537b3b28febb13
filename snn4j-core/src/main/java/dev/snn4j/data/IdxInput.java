/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import dev.snn4j.Snn4jException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One open IDX source for {@link IdxReader}: the decoded stream (gunzipped when the data starts
 * with the gzip magic bytes), its display name and what is known about its length.
 *
 * <p>Knowing the length is what lets the reader refuse a lying header before allocating: a raw
 * file's exact size is known, a gzip file's content is bounded by the deflate expansion limit,
 * and a plain stream is read in growing chunks.
 */
final class IdxInput implements AutoCloseable {

    /** Deflate cannot expand data by more than about 1032:1, a hard bound on gzip content. */
    private static final long MAX_DEFLATE_RATIO = 1032;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final String name;
    private final boolean gzip;
    /** Exact number of decoded bytes, or -1 when unknown (gzip or plain stream). */
    private final long knownLength;
    /** Upper bound on decoded bytes, or Long.MAX_VALUE when unknown. */
    private final long lengthBound;
    private long position;

    private IdxInput(InputStream in, String name, boolean gzip, long knownLength, long lengthBound) {
        this.in = in;
        this.name = name;
        this.gzip = gzip;
        this.knownLength = knownLength;
        this.lengthBound = lengthBound;
    }

    static IdxInput open(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw Problems.error(name + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw Problems.error(name + ": expected an IDX file, found a folder");
        }
        InputStream raw = null;
        try {
            long size = Files.size(file);
            raw = Files.newInputStream(file);
            return wrap(raw, name, size);
        } catch (IOException e) {
            closeQuietly(raw);
            throw Problems.error(name + ": cannot read: " + Problems.describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(raw);
            throw e;
        }
    }

    static IdxInput of(InputStream in, String name) {
        if (in == null) {
            throw Problems.error(name + ": not found");
        }
        try {
            return wrap(new NonClosing(in), name, -1);
        } catch (IOException e) {
            throw Problems.error(name + ": cannot read: " + Problems.describe(e), e);
        }
    }

    private static IdxInput wrap(InputStream raw, String name, long size) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            GZIPInputStream gz;
            try {
                gz = new GZIPInputStream(buffered, BUFFER);
            } catch (ZipException | EOFException e) {
                throw corruptGzip(name, e);
            }
            long bound = size < 0 ? Long.MAX_VALUE : size * MAX_DEFLATE_RATIO + BUFFER;
            return new IdxInput(gz, name, true, -1, bound);
        }
        return new IdxInput(buffered, name, false, size, size < 0 ? Long.MAX_VALUE : size);
    }

    Snn4jException error(String problem) {
        return Problems.error(name + ": " + problem);
    }

    /** Reads the magic number and {@code dims} sizes; checks the magic number. */
    int[] readHeader(int expectedMagic, int dims) {
        int headerBytes = 4 + 4 * dims;
        byte[] header = new byte[headerBytes];
        int got = read(header, 0, headerBytes);
        if (got >= 4) {
            int magic = intAt(header, 0);
            if (magic != expectedMagic) {
                throw error(String.format("wrong magic number: expected 0x%08x%s, found 0x%08x%s",
                        expectedMagic, IdxReader.describeMagic(expectedMagic), magic, IdxReader.describeMagic(magic)));
            }
        }
        if (got < headerBytes) {
            throw error("truncated: expected a " + headerBytes + "-byte IDX header, file ends after "
                    + got + " bytes");
        }
        int[] sizes = new int[dims];
        for (int d = 0; d < dims; d++) {
            sizes[d] = intAt(header, 4 + 4 * d);
        }
        return sizes;
    }

    /**
     * Reads exactly {@code length} payload bytes and checks that the file ends there.
     * Allocates up front only what the file can hold; otherwise grows as data arrives.
     */
    byte[] readPayload(int length, String declared) {
        long available = knownLength < 0 ? -1 : knownLength - position;
        if (available >= 0 && available < length) {
            throw truncated(declared, available);
        }
        if (available > length) {
            throw error("trailing data: header declares " + declared + ", expected the file to end there, found "
                    + (available - length) + " more bytes");
        }
        long initial = Math.min(length, Math.max(0, lengthBound - position));
        if (available < 0) {
            initial = Math.min(initial, IdxReader.MAX_UNVERIFIED_ALLOCATION);
        }
        byte[] data = new byte[(int) initial];
        int filled = 0;
        while (filled < length) {
            if (filled == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(length, Math.max(BUFFER, 2L * data.length)));
            }
            int n = read(data, filled, data.length - filled);
            if (n == 0) {
                throw truncated(declared, filled);
            }
            filled += n;
        }
        if (readByte() >= 0) {
            throw error("trailing data: header declares " + declared
                    + ", expected the file to end there, found more bytes");
        }
        return data;
    }

    private Snn4jException truncated(String declared, long got) {
        return error("truncated: header declares " + declared + ", file ends after " + got + " of them");
    }

    /** Reads up to {@code len} bytes, stopping early only at the end of the data. */
    private int read(byte[] buf, int off, int len) {
        try {
            int n = in.readNBytes(buf, off, len);
            position += n;
            return n;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private int readByte() {
        try {
            return in.read();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private Snn4jException ioError(IOException e) {
        if (gzip && (e instanceof ZipException || e instanceof EOFException)) {
            return corruptGzip(name, e);
        }
        return Problems.error(name + ": cannot read: " + Problems.describe(e), e);
    }

    private static Snn4jException corruptGzip(String name, IOException e) {
        return Problems.error(name + ": corrupt gzip data: expected a valid gzip stream, found '"
                + Problems.describe(e) + "'", e);
    }

    private static int intAt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16)
                | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Nothing useful to do: the data was read or an error is already on its way.
            }
        }
    }

    /** Shields a caller's stream from {@code close()}, so ending the inflater leaves it open. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }
    }
}
