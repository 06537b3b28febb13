package dev.snn4j.data.imagefolder;

import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;

public final class ImageFolderDatasets {
    private ImageFolderDatasets() {}

    public static DatasetSplits load(DatasetRequest r) {
        throw new UnsupportedOperationException("todo");
    }
}
