/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** Draws a {@link Figure} with XChart and encodes it as PNG, without a display. */
final class Charts {

    static final int WIDTH = 760;
    static final int HEIGHT = 420;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    private Charts() {}

    /** The figure as a PNG image of {@link #WIDTH} × {@link #HEIGHT} pixels. */
    static byte[] png(Figure figure) {
        Chart<?, ?> chart = figure.kind() == Figure.Kind.LINE ? line(figure) : bars(figure);
        try {
            return ChartEncoder.getBytes(chart, "png");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + figure.slug(), e);
        }
    }

    private static XYChart line(Figure figure) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(figure.title())
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        style(chart.getStyler(), figure);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setXAxisDecimalPattern("#.###");
        int i = 0;
        for (Figure.Series s : figure.series()) {
            if (s.points().isEmpty()) {
                continue;
            }
            List<Figure.Point> points = new ArrayList<>(s.points());
            points.sort((a, b) -> Double.compare(a.x(), b.x()));
            double[] x = points.stream().mapToDouble(Figure.Point::x).toArray();
            double[] y = points.stream().mapToDouble(Figure.Point::y).toArray();
            XYSeries series = s.aggregated()
                    ? chart.addSeries(s.name(), x, y, points.stream().mapToDouble(p -> p.error().orElse(0)).toArray())
                    : chart.addSeries(s.name(), x, y);
            Color color = PALETTE[i % PALETTE.length];
            series.setLineColor(color);
            series.setMarkerColor(color);
            series.setLineStyle(new BasicStroke(2f));
            i++;
        }
        return chart;
    }

    private static CategoryChart bars(Figure figure) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(figure.title())
                .xAxisTitle(figure.xLabel()).yAxisTitle(figure.yLabel()).build();
        style(chart.getStyler(), figure);
        List<String> categories = figure.rows();
        if (categories.size() > 4 || categories.stream().mapToInt(String::length).sum() > 80) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        int i = 0;
        for (Figure.Series s : figure.series()) {
            List<Double> y = new ArrayList<>();
            List<Double> error = new ArrayList<>();
            for (String c : categories) {
                Figure.Point p = s.points().stream().filter(q -> q.label().equals(c)).findFirst().orElse(null);
                y.add(p == null ? null : p.y());
                error.add(p == null ? null : p.error().orElse(0));
            }
            CategorySeries series = s.aggregated() ? chart.addSeries(s.name(), categories, y, error)
                    : chart.addSeries(s.name(), categories, y);
            series.setFillColor(PALETTE[i % PALETTE.length]);
            i++;
        }
        return chart;
    }

    /** An axis pattern for a table format: at most as many decimals ({@code %.4f} → {@code #,##0.####}). */
    static String axisPattern(String valueFormat) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%\\.(\\d+)f").matcher(valueFormat);
        return m.matches() ? "#,##0." + "#".repeat(Integer.parseInt(m.group(1))) : null;
    }

    private static void style(AxesChartStyler styler, Figure figure) {
        String pattern = axisPattern(figure.valueFormat());
        double largest = figure.series().stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> Math.abs(p.y()) + p.error().orElse(0)).max().orElse(0);
        if (pattern == null && largest >= 1000 && largest < 1e12) {
            pattern = "#,##0"; // 800,000 rather than 8E5
        }
        if (pattern != null) {
            styler.setYAxisDecimalPattern(pattern);
        }
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0xcccccc));
        styler.setPlotGridLinesColor(new Color(0xe6e6e6));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setErrorBarsColorSeriesColor(false);
        styler.setErrorBarsColor(Color.BLACK);
        styler.setAntiAlias(true);
    }
}
