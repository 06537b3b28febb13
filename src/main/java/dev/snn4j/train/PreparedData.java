package dev.snn4j.train;

import dev.snn4j.data.ImageDataset;
import dev.snn4j.data.LoadedDataset;
import dev.snn4j.data.MnistFormatDatasets;
import dev.snn4j.data.Normalization;
import dev.snn4j.layer.InputEncoding;
import dev.snn4j.model.ModelSpec;
import java.nio.file.Path;
import java.util.Map;

/** The datasets a config asks for, limited as asked, with their normalisation. */
public record PreparedData(ImageDataset train, ImageDataset test, String source, Normalization normalization, boolean temporal) {

    public static PreparedData load(TrainConfig config, Map<String, String> env) {
        LoadedDataset loaded =
                MnistFormatDatasets.load(config.dataset(), config.data() == null ? null : Path.of(config.data()), env);
        ImageDataset train = config.trainLimit() > 0 ? loaded.train().limit(config.trainLimit()) : loaded.train();
        ImageDataset test = config.testLimit() > 0 ? loaded.test().limit(config.testLimit()) : loaded.test();
        return new PreparedData(train, test, loaded.source(), Normalization.of(config.dataset()), config.dataset().isTemporal());
    }

    /** The model this data and config call for: input shape and class count come from the data. */
    public ModelSpec modelSpec(TrainConfig config) {
        return new ModelSpec(
                config.model(),
                config.neuronSpec(),
                config.timesteps(),
                train.numClasses(),
                new long[] {train.channels(), train.height(), train.width()},
                temporal ? InputEncoding.TEMPORAL : InputEncoding.DIRECT);
    }
}
