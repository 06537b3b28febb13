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
 * <p>They are the two standard ones for 28x28 image sets (as in torchvision's
 * {@code RandomCrop(28, padding=4)} and {@code RandomHorizontalFlip()}): cheap, label-preserving
 * and enough to reduce overfitting on Fashion-MNIST. They are applied only by
 * {@link BatchLoader#training}, never at evaluation.
 */
public enum Augmentation implements CliEnum {
    /** Zero-pad {@link ImageTransform#CROP_PADDING} pixels on each side, take a random H x W window. */
    CROP,
    /** Mirror left-right with probability 0.5. */
    FLIP;

    /** The spelling used on the command line: {@code crop}, {@code flip}. */
    @Override
    public String cliName() {
        return CliEnum.defaultName(this);
    }

    /**
     * Parses an {@code --augment} value: a comma-separated list of {@code crop} and {@code flip},
     * or {@code none}. Case and blanks around items are ignored.
     *
     * @return an immutable set, empty for {@code none}
     * @throws Snn4jException naming {@code --augment} and the valid values
     */
    public static Set<Augmentation> parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
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
        throw Messages.error("--augment: expected a comma-separated list of crop, flip, or none, found '"
                + (whole == null ? "" : whole) + "'");
    }
}
