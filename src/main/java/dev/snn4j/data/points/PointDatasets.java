package dev.snn4j.data.points;

import dev.snn4j.data.DatasetRequest;
import dev.snn4j.data.DatasetSplits;

public final class PointDatasets {
    private PointDatasets() {}

    public static DatasetSplits load(DatasetRequest r) {
        throw new UnsupportedOperationException("todo");
    }
}
