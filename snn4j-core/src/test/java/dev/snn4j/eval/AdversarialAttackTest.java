/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.eval;

import dev.snn4j.config.PreparedData;
import dev.snn4j.config.TrainConfig;
import dev.snn4j.run.SavedRun;
import dev.snn4j.train.Trainer;
import dev.snn4j.train.TrainingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.snn4j.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdversarialAttackTest {

    @Test
    void attacksLowerAccuracyAndAreLogged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        TrainConfig config = TrainConfig.defaults().with("train_limit", 2000).with("test_limit", 100).with("epochs", 1)
                .with("batch_size", 16).with("lr", 0.1).with("augment", "none").with("timesteps", 2).with("out", out.toString());
        new Trainer(config, System.getenv(), TrainingListener.NONE).run();
        try (SavedRun saved = SavedRun.load(out, "cpu")) {
            PreparedData data = PreparedData.load(saved.config(), System.getenv());
            AdversarialAttack.Result none = new AdversarialAttack(AttackMethod.FGSM, 0, 1, 0, 0)
                    .run(saved.network(), saved.parameterStore(), saved.model().getNDManager(), data.test(), 50, s -> { });
            assertEquals(none.cleanAccuracy(), none.attackedAccuracy(), 0.0, "epsilon 0 changes nothing");
            assertTrue(none.cleanAccuracy() > 0.4, "the model learned something: " + none.cleanAccuracy());

            AdversarialAttack fgsm = new AdversarialAttack(AttackMethod.FGSM, 16 / 255.0, 1, 16 / 255.0, 0);
            AdversarialAttack.Result f = fgsm.run(saved.network(), saved.parameterStore(), saved.model().getNDManager(), data.test(), 50, s -> { });
            AdversarialAttack.Result p = new AdversarialAttack(AttackMethod.PGD, 16 / 255.0, 5, 4 / 255.0, 0)
                    .run(saved.network(), saved.parameterStore(), saved.model().getNDManager(), data.test(), 50, s -> { });
            assertEquals(none.cleanAccuracy(), f.cleanAccuracy(), 0.0);
            assertTrue(f.attackedAccuracy() < f.cleanAccuracy() - 0.05, "FGSM hurts: " + f);
            assertTrue(p.attackedAccuracy() <= f.attackedAccuracy() + 0.02, "PGD at least as strong: " + p + " vs " + f);

            AttackLog.record(saved.folder(), fgsm, f, "baseline");
            AttackLog.record(saved.folder(), fgsm, f, "baseline");
            JsonNode log = Json.mapper().readTree(out.resolve(AttackLog.FILE).toFile());
            assertEquals(1, log.get("attacks").size(), "a repeated attack replaces its entry");
            assertEquals(f.attackedAccuracy(), log.get("attacks").get(0).get("attacked_accuracy").asDouble());
        }
    }
}
