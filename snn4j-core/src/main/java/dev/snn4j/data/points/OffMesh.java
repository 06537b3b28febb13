/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data.points;

import dev.snn4j.data.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A triangle mesh read from an Object File Format (.off) file, as ModelNet distributes its models,
 * and uniform sampling of points over its surface.
 *
 * <p>Format: a line {@code OFF}, then {@code vertices faces edges}, then one {@code x y z} line per
 * vertex and one {@code k i1 .. ik} line per face (anything after the k indices, e.g. a colour, is
 * ignored). Blank lines and {@code #} comments are skipped. Real-world quirk handled: many ModelNet
 * files have the counts on the {@code OFF} line itself ({@code OFF490 518 0}). Faces with more than
 * three vertices are fan-triangulated (i1 i2 i3, i1 i3 i4, ...); faces with fewer have no area and
 * are skipped. Every error names the file and the line.
 *
 * @param vertices x y z per vertex
 * @param triangles three vertex indices per triangle
 */
public record OffMesh(float[] vertices, int[] triangles) {

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Reads and checks {@code file}. */
    public static OffMesh read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Problems.error(file + ": cannot read: " + Problems.describe(e), e);
        }
        return parse(new String(bytes, StandardCharsets.ISO_8859_1), file.toString());
    }

    /** Parses OFF text; {@code name} names it in errors. */
    public static OffMesh parse(String text, String name) {
        Lines lines = new Lines(text, name);
        String first = lines.next();
        if (first == null || !first.startsWith("OFF")) {
            throw Problems.error(name + ": line " + lines.number + ": expected 'OFF', found "
                    + (first == null ? "an empty file" : Problems.quote(first)));
        }
        String countsText = first.substring(3).trim();
        int countsLine = lines.number;
        if (countsText.isEmpty()) {
            countsText = lines.next();
            countsLine = lines.number;
            if (countsText == null) {
                throw Problems.error(name + ": line " + lines.number + ": expected the counts 'vertices faces edges', found the end of the file");
            }
        }
        String[] counts = countsText.split("\\s+");
        if (counts.length < 2) {
            throw Problems.error(name + ": line " + countsLine + ": expected the counts 'vertices faces edges', found "
                    + Problems.quote(countsText));
        }
        int nv = count(counts[0], "vertex count", name, countsLine, countsText);
        int nf = count(counts[1], "face count", name, countsLine, countsText);
        float[] v = new float[3 * nv];
        for (int i = 0; i < nv; i++) {
            String line = lines.next();
            if (line == null) {
                throw Problems.error(name + ": line " + lines.number + ": expected " + nv + " vertices, found the end of the file after "
                        + i);
            }
            Tokens t = new Tokens(line);
            for (int k = 0; k < 3; k++) {
                String tok = t.next();
                float f;
                try {
                    f = tok == null ? Float.NaN : Float.parseFloat(tok);
                } catch (NumberFormatException e) {
                    f = Float.NaN;
                }
                if (!Float.isFinite(f)) {
                    throw Problems.error(name + ": line " + lines.number + ": expected vertex " + i + " as three numbers x y z, found "
                            + Problems.quote(line));
                }
                v[3 * i + k] = f;
            }
        }
        int[] tri = new int[3 * Math.max(nf, 1)];
        int nt = 0;
        for (int f = 0; f < nf; f++) {
            String line = lines.next();
            if (line == null) {
                throw Problems.error(name + ": line " + lines.number + ": expected " + nf + " faces, found the end of the file after "
                        + f);
            }
            Tokens t = new Tokens(line);
            int k = index(t.next(), Integer.MAX_VALUE, "the face's vertex count", name, lines.number, line);
            int[] idx = new int[k];
            for (int j = 0; j < k; j++) {
                idx[j] = index(t.next(), nv, "vertex index", name, lines.number, line);
            }
            for (int j = 1; j + 1 < k; j++) {
                if (3 * (nt + 1) > tri.length) {
                    tri = Arrays.copyOf(tri, 2 * tri.length);
                }
                tri[3 * nt] = idx[0];
                tri[3 * nt + 1] = idx[j];
                tri[3 * nt + 2] = idx[j + 1];
                nt++;
            }
        }
        return new OffMesh(v, Arrays.copyOf(tri, 3 * nt));
    }

    private static int count(String tok, String what, String name, int line, String text) {
        try {
            int n = Integer.parseInt(tok);
            if (n >= 0 && n <= 50_000_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Problems.error(name + ": line " + line + ": expected a " + what + " 0..50000000 in 'vertices faces edges', found "
                + Problems.quote(text));
    }

    private static int index(String tok, int bound, String what, String name, int line, String text) {
        try {
            int n = tok == null ? -1 : Integer.parseInt(tok);
            if (n >= 0 && n < bound) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = bound == Integer.MAX_VALUE ? "a " + what : "a " + what + " 0.." + (bound - 1);
        throw Problems.error(name + ": line " + line + ": expected " + range + ", found " + Problems.quote(text));
    }

    /** Total surface area (sum of the triangles' areas). */
    public double area() {
        double a = 0;
        for (int t = 0; t < triangleCount(); t++) {
            a += triangleArea(t);
        }
        return a;
    }

    private double triangleArea(int t) {
        int a = 3 * triangles[3 * t];
        int b = 3 * triangles[3 * t + 1];
        int c = 3 * triangles[3 * t + 2];
        double ux = vertices[b] - (double) vertices[a];
        double uy = vertices[b + 1] - (double) vertices[a + 1];
        double uz = vertices[b + 2] - (double) vertices[a + 2];
        double wx = vertices[c] - (double) vertices[a];
        double wy = vertices[c + 1] - (double) vertices[a + 1];
        double wz = vertices[c + 2] - (double) vertices[a + 2];
        double cx = uy * wz - uz * wy;
        double cy = uz * wx - ux * wz;
        double cz = ux * wy - uy * wx;
        return 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /**
     * {@code n} points uniformly distributed over the surface: a triangle is chosen with probability
     * proportional to its area, then a uniform point in it (barycentric coordinates from two uniform
     * numbers, the square-root method). Not normalised.
     *
     * @param name names the mesh in the error for a surface of zero area
     */
    public float[] sample(int n, RandomGenerator rng, String name) {
        int nt = triangleCount();
        double[] cumulative = new double[nt];
        double total = 0;
        for (int t = 0; t < nt; t++) {
            total += triangleArea(t);
            cumulative[t] = total;
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw Problems.error(name + ": expected faces with a positive total area to sample points from, found "
                    + nt + " triangle(s) of area " + total);
        }
        float[] out = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * total;
            int t = upperBound(cumulative, u); // triangle t covers [cumulative[t-1], cumulative[t])
            double r1 = Math.sqrt(rng.nextDouble());
            double r2 = rng.nextDouble();
            double wa = 1 - r1;
            double wb = r1 * (1 - r2);
            double wc = r1 * r2;
            int a = 3 * triangles[3 * t];
            int b = 3 * triangles[3 * t + 1];
            int c = 3 * triangles[3 * t + 2];
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = (float) (wa * vertices[a + k] + wb * vertices[b + k] + wc * vertices[c + k]);
            }
        }
        return out;
    }

    /** The first index whose value is above {@code u} (the last one if none is). */
    private static int upperBound(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Non-blank, non-comment lines with their 1-based line numbers. */
    private static final class Lines {
        private final String text;
        private final String name;
        private int pos;
        int number;

        Lines(String text, String name) {
            this.text = text;
            this.name = name;
        }

        String next() {
            while (pos < text.length()) {
                int end = text.indexOf('\n', pos);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(pos, end);
                pos = end + 1;
                number++;
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    return line;
                }
            }
            number++;
            return null;
        }
    }

    /** Whitespace-separated tokens of one line. */
    private static final class Tokens {
        private final String line;
        private int pos;

        Tokens(String line) {
            this.line = line;
        }

        String next() {
            int n = line.length();
            while (pos < n && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return null;
            }
            int start = pos;
            while (pos < n && !Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            return line.substring(start, pos);
        }
    }
}
