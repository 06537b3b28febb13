package dev.snn4j.data;

import dev.snn4j.CliEnum;
import dev.snn4j.Snn4jException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The data sets snn4j knows by name, as given to {@code --dataset}.
 *
 * <p>An enum rather than free strings so that a typo fails at parse time with a list of valid
 * names instead of deep inside a loader, and so that per-data-set facts (class names,
 * normalisation, where to look on disk) live in one place. As a {@link CliEnum} it is written
 * by its {@link #cliName()} in config files and run folders too.
 */
public enum DatasetId implements CliEnum {
    /** Zalando's Fashion-MNIST: 28x28 grey images of 10 clothing classes. */
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")),
    /** LeCun's handwritten digits: 28x28 grey images of the digits 0 to 9. */
    MNIST("mnist", "MNIST", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));

    private final String cliName;
    private final String displayName;
    private final List<String> classNames;

    DatasetId(String cliName, String displayName, List<String> classNames) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.classNames = classNames;
    }

    /** The name used on the command line and as the folder name under {@code $SNN4J_DATA}. */
    @Override
    public String cliName() {
        return cliName;
    }

    /** The usual spelling for people, e.g. "Fashion-MNIST". */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether samples carry their own time axis (event-camera data). Both static image sets
     * return false: the model must encode their pixels into spikes over time steps itself.
     */
    public boolean isTemporal() {
        return false;
    }

    /** Human-readable class names, indexed by label; immutable. */
    public List<String> classNames() {
        return classNames;
    }

    /** Number of classes, i.e. {@code classNames().size()}. */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * Parses a {@code --dataset} value (case-insensitive, surrounding blanks ignored).
     *
     * @throws Snn4jException naming {@code --dataset} and the valid names when nothing matches
     */
    public static DatasetId parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DatasetId id : values()) {
            if (id.cliName.equals(wanted)) {
                return id;
            }
        }
        throw Messages.error("--dataset: expected one of " + validNames()
                + ", found '" + (text == null ? "" : text) + "'");
    }

    /** The valid {@code --dataset} values, comma-separated, for help texts and errors. */
    public static String validNames() {
        return Arrays.stream(values()).map(DatasetId::cliName).collect(Collectors.joining(", "));
    }
}
