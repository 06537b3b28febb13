/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.List;

/** The class names of the datasets snn4j knows, in label order. */
final class ClassNames {

    private ClassNames() {}

    static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    static final List<String> CIFAR10 = List.of(
            "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

    static final List<String> CIFAR100 = List.of("apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
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

    static final List<String> DVS_GESTURE = List.of(
            "hand_clapping", "right_hand_wave", "left_hand_wave", "right_arm_clockwise",
            "right_arm_counter_clockwise", "left_arm_clockwise", "left_arm_counter_clockwise", "arm_roll",
            "air_drums", "air_guitar", "other_gestures");

    /** Caltech101's 100 object classes ("Faces" left out as a duplicate of "Faces_easy") and the background class. */
    static final List<String> N_CALTECH101 = List.of(
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
            "water_lilly", "wheelchair", "wild_cat", "windsor_chair", "wrench", "yin_yang");

    static final List<String> SHAPES_DVS = List.of(
            "square_right", "square_left", "triangle_clockwise", "triangle_anticlockwise",
            "circle_expanding", "circle_shrinking", "cross_down", "cross_up",
            "square_there_and_back", "circle_pulsing");

    static final List<String> MODELNET10 = List.of(
            "bathtub", "bed", "chair", "desk", "dresser", "monitor", "night_stand", "sofa", "table", "toilet");

    static final List<String> MODELNET40 = List.of(
            "airplane", "bathtub", "bed", "bench", "bookshelf", "bottle", "bowl", "car", "chair", "cone", "cup",
            "curtain", "desk", "door", "dresser", "flower_pot", "glass_box", "guitar", "keyboard", "lamp", "laptop",
            "mantel", "monitor", "night_stand", "person", "piano", "plant", "radio", "range_hood", "sink", "sofa",
            "stairs", "stool", "table", "tent", "toilet", "tv_stand", "vase", "wardrobe", "xbox");

    static final List<String> SHAPES3D = List.of(
            "sphere", "cube", "cylinder", "cone", "torus", "pyramid", "capsule", "disc", "ellipsoid", "helix");
}
