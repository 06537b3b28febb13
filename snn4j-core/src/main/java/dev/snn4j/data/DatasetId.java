/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
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
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", Kind.IMAGES, fashion()),
    /** LeCun's handwritten digits: 28x28 grey images of the digits 0 to 9. */
    MNIST("mnist", "MNIST", Kind.IMAGES, digits()),
    /**
     * CIFAR10-DVS (Li et al. 2017): CIFAR-10 images moving on a screen, recorded by a 128x128 DVS,
     * 1,000 AEDAT 2.0 recordings per class, no official split.
     */
    CIFAR10_DVS("cifar10-dvs", "CIFAR10-DVS", Kind.EVENTS, List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")),
    /** IBM's DVS128 Gesture (Amir et al. 2017): 11 gestures of 29 people, AEDAT 3.1 with label CSVs. */
    DVS_GESTURE("dvs-gesture", "DVS128 Gesture", Kind.EVENTS, List.of(
            "hand_clapping", "right_hand_wave", "left_hand_wave", "right_arm_clockwise",
            "right_arm_counter_clockwise", "left_arm_clockwise", "left_arm_counter_clockwise", "arm_roll",
            "air_drums", "air_guitar", "other_gestures")),
    /** N-MNIST (Orchard et al. 2015): MNIST seen by a moving 34x34 ATIS sensor, 3 saccades. */
    N_MNIST("n-mnist", "N-MNIST", Kind.EVENTS, digits()),
    /**
     * N-Caltech101 (Orchard et al. 2015): Caltech101 seen by a moving ATIS sensor; 100 object classes
     * (the "Faces" duplicate of "Faces_easy" removed) plus the background class, named by their folders.
     */
    N_CALTECH101("n-caltech101", "N-Caltech101", Kind.EVENTS, List.of(
            "BACKGROUND_Google", "Faces_easy", "Leopards", "Motorbikes", "accordion", "airplanes", "anchor",
            "ant", "barrel", "bass", "beaver", "binocular", "bonsai", "brain", "brontosaurus", "buddha",
            "butterfly", "camera", "cannon", "car_side", "ceiling_fan", "cellphone", "chair", "chandelier",
            "cougar_body", "cougar_face", "crab", "crayfish", "crocodile", "crocodile_head", "cup",
            "dalmatian", "dollar_bill", "dolphin", "dragonfly", "electric_guitar", "elephant", "emu",
            "euphonium", "ewer", "ferry", "flamingo", "flamingo_head", "garfield", "gerenuk", "gramophone",
            "grand_piano", "hawksbill", "headphone", "hedgehog", "helicopter", "ibis", "inline_skate",
            "joshua_tree", "kangaroo", "ketch", "lamp", "laptop", "llama", "lobster", "lotus", "mandolin",
            "mayfly", "menorah", "metronome", "minaret", "nautilus", "octopus", "okapi", "pagoda", "panda",
            "pigeon", "pizza", "platypus", "pyramid", "revolver", "rhino", "rooster", "saxophone",
            "schooner", "scissors", "scorpion", "sea_horse", "snoopy", "soccer_ball", "stapler", "starfish",
            "stegosaurus", "stop_sign", "strawberry", "sunflower", "tick", "trilobite", "umbrella", "watch",
            "water_lilly", "wheelchair", "wild_cat", "windsor_chair", "wrench", "yin_yang")),
    /**
     * Generated (no download): Fashion-MNIST seen by a simulated 34x34 event camera during three
     * saccades, made the way N-MNIST was recorded.
     */
    NFMNIST("nfmnist", "N-Fashion-MNIST (generated)", Kind.EVENTS, fashion()),
    /**
     * Generated (no download): shapes moving, rotating, growing or shrinking in front of a simulated
     * 32x32 event camera; includes classes that are each other played backwards.
     */
    SHAPES_DVS("shapes-dvs", "Shapes-DVS (generated)", Kind.EVENTS, List.of(
            "square_right", "square_left", "triangle_clockwise", "triangle_anticlockwise",
            "circle_expanding", "circle_shrinking", "cross_down", "cross_up",
            "square_there_and_back", "circle_pulsing")),
    /**
     * Krizhevsky's CIFAR-10, binary version: 32x32 colour images of 10 classes, 50,000 for training
     * and 10,000 for testing.
     */
    CIFAR10("cifar10", "CIFAR-10", Kind.IMAGES, List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")),
    /** Krizhevsky's CIFAR-100, binary version: 32x32 colour images, 100 fine classes (used as labels). */
    CIFAR100("cifar100", "CIFAR-100", Kind.IMAGES, cifar100()),
    /**
     * Any folder of JPEG/PNG images in the ImageNet layout, {@code train/<class>/*} and
     * {@code val/<class>/*}; its classes are the folder names, so {@link #classNames()} is empty.
     */
    IMAGEFOLDER("imagefolder", "image folder", Kind.IMAGES, List.of()),
    /** Princeton ModelNet10: CAD models of 10 object classes, as point clouds [N, 3]. */
    MODELNET10("modelnet10", "ModelNet10", Kind.POINTS, List.of(
            "bathtub", "bed", "chair", "desk", "dresser", "monitor", "night_stand", "sofa", "table", "toilet")),
    /** Princeton ModelNet40: CAD models of 40 object classes, as point clouds [N, 3]. */
    MODELNET40("modelnet40", "ModelNet40", Kind.POINTS, List.of(
            "airplane", "bathtub", "bed", "bench", "bookshelf", "bottle", "bowl", "car", "chair", "cone", "cup",
            "curtain", "desk", "door", "dresser", "flower_pot", "glass_box", "guitar", "keyboard", "lamp", "laptop",
            "mantel", "monitor", "night_stand", "person", "piano", "plant", "radio", "range_hood", "sink", "sofa",
            "stairs", "stool", "table", "tent", "toilet", "tv_stand", "vase", "wardrobe", "xbox")),
    /**
     * Generated (no download): point clouds [N, 3] of ten solids and curves in random poses, sizes
     * and proportions, with noise and missing parts.
     */
    SHAPES3D("shapes3d", "Shapes3D (generated)", Kind.POINTS, List.of(
            "sphere", "cube", "cylinder", "cone", "torus", "pyramid", "capsule", "disc", "ellipsoid", "helix"));

    /** What a dataset's samples are. */
    public enum Kind {
        /** Static images [C, H, W]. */
        IMAGES,
        /** Event-camera recordings, integrated into frames [T, 2, H, W]. */
        EVENTS,
        /** Static point clouds [N, 3]: x, y, z. */
        POINTS
    }

    private final String cliName;
    private final String displayName;
    private final Kind kind;
    private final List<String> classNames;

    DatasetId(String cliName, String displayName, Kind kind, List<String> classNames) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.kind = kind;
        this.classNames = classNames;
    }

    private static List<String> cifar100() {
        return List.of("apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
                "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle", "caterpillar", "cattle", "chair",
                "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab", "crocodile", "cup", "dinosaur", "dolphin",
                "elephant", "flatfish", "forest", "fox", "girl", "hamster", "house", "kangaroo", "keyboard", "lamp",
                "lawn_mower", "leopard", "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle", "mountain",
                "mouse", "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear", "pickup_truck",
                "pine_tree", "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon", "ray", "road",
                "rocket", "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail", "snake", "spider",
                "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone", "television",
                "tiger", "tractor", "train", "trout", "tulip", "turtle", "wardrobe", "whale", "willow_tree", "wolf",
                "woman", "worm");
    }

    private static List<String> fashion() {
        return List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    }

    private static List<String> digits() {
        return List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
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
     * Whether samples carry their own time axis (event-camera data, integrated into frames
     * [T, 2, H, W]). The static image sets return false: the model must encode their pixels into
     * spikes over time steps itself.
     */
    public boolean isTemporal() {
        return kind == Kind.EVENTS;
    }

    /** What the samples are: images, event frames or point clouds. */
    public Kind kind() {
        return kind;
    }

    /** Whether samples are point clouds [N, 3]. */
    public boolean isPointCloud() {
        return kind == Kind.POINTS;
    }

    /**
     * Human-readable class names, indexed by label; immutable. Empty for {@link #IMAGEFOLDER}, whose
     * classes are its folders: ask the loaded {@link SampleDataset} instead.
     */
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
        throw Problems.error("--dataset: expected one of " + validNames()
                + ", found '" + (text == null ? "" : text) + "'");
    }

    /** The valid {@code --dataset} values, comma-separated, for help texts and errors. */
    public static String validNames() {
        return Arrays.stream(values()).map(DatasetId::cliName).collect(Collectors.joining(", "));
    }
}
