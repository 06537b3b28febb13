/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What one chart shows, and the table of the same numbers under it. The values are as shown (an
 * accuracy is already in percent).
 *
 * @param slug a file-name part, e.g. {@code train-loss}
 * @param title the chart's title
 * @param kind line chart over a numeric x, or bars over categories
 * @param xLabel x-axis title, also the table's first column
 * @param yLabel y-axis title
 * @param valueFormat {@link String#format} pattern of a value in the table
 * @param errors what the error bars of aggregated series are
 * @param series the series, in legend order
 */
record Figure(String slug, String title, Kind kind, String xLabel, String yLabel, String valueFormat, Errors errors,
        List<Series> series) {

    enum Kind { LINE, BAR }

    /** What an error bar is. */
    enum Errors {
        /** The sample standard deviation over the runs. */
        STD,
        /** The half-width of a 95% t confidence interval of a mean difference over n pairs. */
        CI95
    }

    /** Series names are unique (legend entries and table columns): a repeated name gets " (2)", " (3)", .... */
    Figure {
        Set<String> names = new HashSet<>();
        List<Series> unique = new ArrayList<>();
        for (Series s : series) {
            String name = s.name();
            for (int i = 2; !names.add(name); i++) {
                name = s.name() + " (" + i + ")";
            }
            unique.add(name.equals(s.name()) ? s : new Series(name, s.aggregated(), s.points()));
        }
        series = List.copyOf(unique);
    }

    Figure(String slug, String title, Kind kind, String xLabel, String yLabel, String valueFormat, List<Series> series) {
        this(slug, title, kind, xLabel, yLabel, valueFormat, Errors.STD, series);
    }

    /**
     * One series.
     *
     * @param name legend entry and table column
     * @param aggregated the points are means over several runs or pairs (with an error and n in the table)
     * @param points the points
     */
    record Series(String name, boolean aggregated, List<Point> points) {}

    /**
     * One point.
     *
     * @param label the x value as shown (a category for bars)
     * @param x the x value of a line chart (unused for bars)
     * @param y the value
     * @param error the sample std of an aggregated point, empty for a single run
     * @param n the number of runs behind the point
     */
    record Point(String label, double x, double y, OptionalDouble error, int n) {
        static Point of(String label, double x, double y) {
            return new Point(label, x, y, OptionalDouble.empty(), 1);
        }
    }

    boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    boolean hasErrors() {
        return series.stream().anyMatch(Series::aggregated);
    }

    /** Row labels of the table: by x for a line chart, in order of first appearance for bars. */
    List<String> rows() {
        Map<String, Double> xs = new LinkedHashMap<>();
        for (Series s : series) {
            for (Point p : s.points()) {
                xs.putIfAbsent(p.label(), p.x());
            }
        }
        List<String> labels = new ArrayList<>(xs.keySet());
        if (kind == Kind.LINE) {
            labels.sort(Comparator.comparingDouble(xs::get));
        }
        return labels;
    }
}
