/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.snn4j.eval.AdversarialAttack;
import dev.snn4j.eval.AttackLog;
import dev.snn4j.eval.AttackMethod;
import dev.snn4j.run.RunFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report reads attacks.json as {@code snn4j attack} writes it. Only this test sees both sides
 * (the report itself never imports {@code train}); it breaks when the writer's format changes.
 */
class AttackLogContractTest {

    @Test
    void readsWhatAttackLogWrites(@TempDir Path dir) {
        RunFolder run = new RunFolder(dir);
        AttackLog.record(run, new AdversarialAttack(AttackMethod.FGSM, 8 / 255.0, 1, 8 / 255.0, 0),
                new AdversarialAttack.Result(0.87, 0.41, 2000), "trt");
        AttackLog.record(run, new AdversarialAttack(AttackMethod.PGD, 8 / 255.0, 7, 2 / 255.0, 0),
                new AdversarialAttack.Result(0.87, 0.12, 2000), "trt");
        List<RunData.Attack> attacks = RunFolders.attacks(dir.resolve(RunFolders.ATTACKS));
        assertEquals(List.of(
                new RunData.Attack("fgsm", 8 / 255.0, OptionalDouble.of(0.87), 0.41, OptionalLong.of(2000)),
                new RunData.Attack("pgd (7 steps)", 8 / 255.0, OptionalDouble.of(0.87), 0.12, OptionalLong.of(2000))), attacks);
        assertEquals(AttackLog.FILE, RunFolders.ATTACKS);
    }
}
