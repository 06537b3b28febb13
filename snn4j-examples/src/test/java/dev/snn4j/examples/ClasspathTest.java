/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * An application that depends on snn4j-core (and picks a native libtorch) gets a clean classpath:
 * no logging backend it did not choose, and no class in two jars (as the shaded CLI jar used to
 * bring).
 */
class ClasspathTest {

    private static List<String> jars() {
        List<String> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(entry);
            }
        }
        return jars;
    }

    @Test
    void noLoggingBackendAndNoCliJar() {
        List<String> jars = jars();
        assertTrue(jars.stream().anyMatch(j -> j.contains("snn4j-core")), "snn4j-core is on the classpath: " + jars);
        for (String jar : jars) {
            String name = new File(jar).getName();
            assertTrue(!name.startsWith("logback"), "a logging backend came with snn4j-core: " + name);
            assertTrue(!name.startsWith("snn4j-cli") && !name.startsWith("picocli") && !name.startsWith("xchart"),
                    "a CLI dependency came with snn4j-core: " + name);
        }
    }

    @Test
    void noClassIsOnTheClasspathTwice() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String jar : jars()) {
            try (JarFile file = new JarFile(jar)) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/")) {
                        continue;
                    }
                    String first = owner.putIfAbsent(name, jar);
                    if (first != null) {
                        twice.add(name + " in " + new File(first).getName() + " and " + new File(jar).getName());
                    }
                }
            }
        }
        assertEquals(List.of(), twice.subList(0, Math.min(10, twice.size())), twice.size() + " classes twice");
    }
}
