package dev.snn4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TRT-trained model is a plain model: the same parameters as a baseline model, and reloaded from
 * its run folder (no TRT code involved) it gives exactly the accuracy and firing rates measured at
 * the end of training.
 */
class SavedRunTest {

    @Test
    void trtModelHasBaselineParametersAndEvaluatesIdenticallyAfterReload(@TempDir Path dir) {
        Path baselineDir = dir.resolve("baseline");
        Path trtDir = dir.resolve("trt");
        new Trainer(TrainerTest.tiny(baselineDir, "baseline").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();
        new Trainer(TrainerTest.tiny(trtDir, "trt").with("epochs", 1), System.getenv(), TrainingListener.NONE).run();

        try (SavedRun baseline = SavedRun.load(baselineDir, "cpu");
                SavedRun trt = SavedRun.load(trtDir, "cpu")) {
            assertEquals(describe(baseline), describe(trt), "same parameter names and shapes");

            PreparedData data = PreparedData.load(trt.config(), System.getenv());
            Evaluation.Result reloaded = Evaluation.run(trt.network(), trt.parameterStore(), trt.model().getNDManager(),
                    data.test(), 64, s -> { });
            JsonNode last = trt.folder().readMetrics().get("epochs").get(0);
            assertEquals(last.get("test_accuracy").asDouble(), reloaded.accuracy(), 0.0);
            assertEquals(last.get("asfr").asDouble(), reloaded.asfr(), 1e-12);
        }
    }

    private static List<String> describe(SavedRun run) {
        List<String> out = new ArrayList<>();
        for (Pair<String, Parameter> p : run.network().getParameters()) {
            out.add(p.getKey() + " " + p.getValue().getArray().getShape());
        }
        return out;
    }
}
