package dev.snn4j.data;

import dev.snn4j.CliEnum;
import dev.snn4j.Snn4jException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Random training-time augmentations, as chosen with {@code --augment}.
 *
 * <p>CROP and FLIP are the two standard ones for 28x28 image sets (as in torchvision's
 * {@code RandomCrop(28, padding=4)} and {@code RandomHorizontalFlip()}): cheap, label-preserving
 * and enough to reduce overfitting on Fashion-MNIST. Event frames [T, 2, H, W] take CROP and FLIP
 * too (the same for all T frames of a sample), plus TRANSLATE and TIME_REVERSE. They are applied
 * only by {@link BatchLoader#training}, never at evaluation. A dataset refuses an augmentation that
 * would change its labels (mirroring turns a left-arm gesture into a right-arm one).
 */
public enum Augmentation implements CliEnum {
    /** Zero-pad {@link ImageTransform#CROP_PADDING} pixels on each side, take a random H x W window. */
    CROP,
    /** Mirror left-right with probability 0.5. */
    FLIP,
    /**
     * Event frames only: shift all T frames by a random whole number of pixels, up to 1/8 of the
     * frame size in each direction, filling with zeros.
     */
    TRANSLATE,
    /**
     * Event frames only, off unless asked for: with probability 0.5, play the sample backwards in
     * time (frame order reversed AND ON/OFF swapped, which is what a camera would record of the
     * reversed scene). This is plain data augmentation, NOT TRT: TRT reverses inside the training
     * objective and adds its consistency and star-operation losses; this only shows the network
     * reversed samples under their original label.
     */
    TIME_REVERSE;

    /** The augmentations that apply to static images. */
    public static final Set<Augmentation> IMAGE = Collections.unmodifiableSet(EnumSet.of(CROP, FLIP));

    /** The spelling used on the command line: {@code crop}, {@code flip}. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /**
     * The augmentations {@code --augment auto} (the default) picks for a dataset: crop and flip for
     * static images; for event frames translate, plus flip where mirroring keeps the label.
     */
    public static Set<Augmentation> defaultsFor(DatasetId id) {
        switch (id) {
            case FASHION_MNIST:
            case MNIST:
                return IMAGE;
            case DVS_GESTURE:
            case SHAPES_DVS:
            case N_MNIST:
                return Collections.unmodifiableSet(EnumSet.of(TRANSLATE));
            default:
                return id.isTemporal()
                        ? Collections.unmodifiableSet(EnumSet.of(FLIP, TRANSLATE))
                        : IMAGE;
        }
    }

    /** {@link #parse}, with {@code auto} resolved for the dataset. */
    public static Set<Augmentation> resolve(String text, DatasetId id) {
        if (text != null && text.trim().equalsIgnoreCase("auto")) {
            return defaultsFor(id);
        }
        return parse(text);
    }

    /**
     * Parses an {@code --augment} value: a comma-separated list of {@code crop}, {@code flip},
     * {@code translate} and {@code time_reverse}, or {@code none}. Case and blanks around items are
     * ignored.
     *
     * @return an immutable set, empty for {@code none}
     * @throws Snn4jException naming {@code --augment} and the valid values
     */
    public static Set<Augmentation> parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Augmentation.class)); // resolved per dataset by resolve()
        }
        if (value.equals("none")) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Augmentation.class));
        }
        EnumSet<Augmentation> result = EnumSet.noneOf(Augmentation.class);
        for (String item : value.split(",", -1)) {
            result.add(parseItem(item.trim(), text));
        }
        return Collections.unmodifiableSet(result);
    }

    private static Augmentation parseItem(String item, String whole) {
        for (Augmentation a : values()) {
            if (a.cliName().equals(item)) {
                return a;
            }
        }
        throw Messages.error("--augment: expected a comma-separated list of " + CliEnum.names(Augmentation.class)
                + ", or none, or auto, found '" + (whole == null ? "" : whole) + "'");
    }
}
