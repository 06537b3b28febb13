package dev.snn4j.data.imagefolder;

import dev.snn4j.Snn4jException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The files of an image folder in the ImageNet layout, {@code train/<class>/...} and
 * {@code val/<class>/...}, each checked once when indexed ({@link ImageFiles#check}) so that a bad
 * file stops the run (or is skipped and named) before training starts, not in the middle of an epoch.
 *
 * <p>Classes are the sorted names of the folders under {@code train/} (as torchvision's ImageFolder
 * sorts them; hidden folders ignored); {@code val/} must have exactly the same folders. Images are the
 * {@code .jpg}, {@code .jpeg} and {@code .png} files (any case) anywhere under a class folder, sorted by
 * their path; other files are ignored. The samples are then ordered round-robin over the classes, each
 * class keeping its file order, so that a limited set still has every class.
 */
final class ImageFolderIndex {

    /** One checked image. */
    record Entry(Path file, int label, int width, int height) {}

    /** The checked images of one split and the files left out (one message each). */
    record Split(List<Entry> entries, List<String> skipped, int files) {}

    private ImageFolderIndex() {}

    /** Sorted class folder names of {@code dir}/train. */
    static List<String> classes(Path root) {
        Path train = root.resolve("train");
        List<String> names = folders(train);
        if (names.isEmpty()) {
            throw Problems.error(train + ": expected one folder per class, found none");
        }
        Path val = root.resolve("val");
        List<String> valNames = folders(val);
        Set<String> a = new TreeSet<>(names);
        Set<String> b = new TreeSet<>(valNames);
        if (!a.equals(b)) {
            Set<String> missing = new TreeSet<>(a);
            missing.removeAll(b);
            Set<String> extra = new TreeSet<>(b);
            extra.removeAll(a);
            throw Problems.error(val + ": expected the same class folders as " + train + " (" + names.size() + "), found "
                    + (missing.isEmpty() ? "" : "none for " + first(missing)) + (missing.isEmpty() || extra.isEmpty() ? "" : " and ")
                    + (extra.isEmpty() ? "" : "extra " + first(extra)));
        }
        return names;
    }

    private static String first(Set<String> names) {
        List<String> l = new ArrayList<>(names);
        String shown = String.join(", ", l.subList(0, Math.min(5, l.size())));
        return shown + (l.size() > 5 ? " and " + (l.size() - 5) + " more" : "");
    }

    private static List<String> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw Problems.error(dir + ": missing: an image folder needs train/<class>/ and val/<class>/ folders of JPEG or PNG files");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw Problems.error(dir + ": cannot list: " + Problems.describe(e), e);
        }
    }

    /** Lists and checks the images of {@code root/<split>}, on all cores. */
    static Split index(Path root, String split, List<String> classes, boolean skipBad) {
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            Path dir = root.resolve(split).resolve(classes.get(c));
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(ImageFolderIndex::isImageName).filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList()) {
                    files.add(f);
                    labels.add(c);
                }
            } catch (IOException e) {
                throw Problems.error(dir + ": cannot list: " + Problems.describe(e), e);
            }
        }
        ImageFiles.Header[] headers = new ImageFiles.Header[files.size()];
        String[] errors = new String[files.size()];
        Snn4jException[] causes = new Snn4jException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                headers[i] = ImageFiles.check(files.get(i));
            } catch (Snn4jException e) {
                errors[i] = e.getMessage();
                causes[i] = e;
            } catch (RuntimeException e) {
                errors[i] = files.get(i) + ": cannot read: " + Problems.describe(e);
                causes[i] = Problems.error(errors[i], e);
            }
        });
        List<String> skipped = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (errors[i] != null) {
                if (!skipBad) {
                    throw causes[i];
                }
                skipped.add(errors[i]);
                continue;
            }
            entries.add(new Entry(files.get(i), labels.get(i), headers[i].width(), headers[i].height()));
        }
        return new Split(interleave(entries, classes.size()), skipped, files.size());
    }

    static boolean isImageName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"));
    }

    private static List<Entry> interleave(List<Entry> entries, int classes) {
        List<List<Entry>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (Entry e : entries) {
            byClass.get(e.label()).add(e);
        }
        List<Entry> out = new ArrayList<>(entries.size());
        for (int round = 0; out.size() < entries.size(); round++) {
            for (List<Entry> c : byClass) {
                if (round < c.size()) {
                    out.add(c.get(round));
                }
            }
        }
        return out;
    }
}
