package dev.snn4j.report;

import java.util.Locale;

/**
 * A final number of a run that the report summarises over seeds: test accuracy, ASFR, an
 * energy/SOP value or the accuracy under an attack.
 *
 * @param id key in {@link RunData#finals()}
 * @param label column and chart title, with its unit
 * @param kind how values are shown
 */
record Metric(String id, String label, Kind kind) {

    /** How a metric's values are shown. */
    enum Kind {
        /** A fraction shown in percent, differences in percentage points. */
        ACCURACY,
        /** A firing rate, four decimals. */
        RATE,
        /** Any other number, four significant digits. */
        NUMBER
    }

    static final Metric TEST_ACCURACY = new Metric("test_accuracy", "test accuracy (%)", Kind.ACCURACY);
    static final Metric ASFR = new Metric("asfr", "ASFR", Kind.RATE);

    /** The id of an attack's final metric: accuracy under attack {@code method} at strength epsilon. */
    static String attackId(String method, double epsilon) {
        return "attack:" + method + ":" + formatEpsilon(epsilon);
    }

    static Metric attack(String method, double epsilon) {
        return new Metric(attackId(method, epsilon), "accuracy under " + method + ", ε = " + formatEpsilon(epsilon) + " (%)",
                Kind.ACCURACY);
    }

    static Metric energy(String key) {
        return new Metric(key, key, Kind.NUMBER);
    }

    /** e.g. 0.1, or 8/255 for a radius in 1/255 steps that has no short decimal. */
    static String formatEpsilon(double epsilon) {
        String decimal = String.format(Locale.ROOT, "%.6g", epsilon).replaceFirst("\\.?0+(e|$)", "$1");
        double steps = epsilon * 255;
        if (decimal.length() > 6 && Math.abs(steps - Math.rint(steps)) < 1e-6 && Math.rint(steps) >= 1) {
            return (long) Math.rint(steps) + "/255";
        }
        return decimal;
    }

    /** The factor from stored value to shown value (100 for accuracies). */
    double scale() {
        return kind == Kind.ACCURACY ? 100 : 1;
    }

    String format(double value) {
        return switch (kind) {
            case ACCURACY -> String.format(Locale.ROOT, "%.2f", 100 * value);
            case RATE -> String.format(Locale.ROOT, "%.4f", value);
            case NUMBER -> String.format(Locale.ROOT, "%.4g", value);
        };
    }

    /** A difference with its sign, e.g. {@code +0.45} (percentage points for accuracies). */
    String formatDifference(double difference) {
        String text = format(Math.abs(difference));
        boolean zero = text.matches("[0.]+");
        return (zero ? "" : difference < 0 ? "−" : "+") + text;
    }

    /** The unit of a difference, e.g. "pp" (percentage points) for accuracies. */
    String differenceUnit() {
        return kind == Kind.ACCURACY ? " pp" : "";
    }
}
