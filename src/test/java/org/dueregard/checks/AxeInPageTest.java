package org.dueregard.checks;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxeInPageTest {

    @Test
    void theVersionComesFromTheScriptsFirstLine() {
        assertEquals("4.14.1", AxeInPage.versionOf("/*! axe v4.14.1\n * Copyright (c) 2015 - 2026 Deque Systems, Inc."));
        assertThrows(IllegalStateException.class, () -> AxeInPage.versionOf("window.axe = {};"));
    }

    @Test
    void theAxeInTheJarIsTheOneItsNotesNameAndTheCacheKnowsIt() throws IOException {
        // Changing axe-core (tools/update-axe-core.sh) must change what the check cache trusts, and the notes beside it.
        assertTrue(AccessibilityGate.CHECKS_VERSION.startsWith("axe-core " + AxeInPage.VERSION + ";"), AccessibilityGate.CHECKS_VERSION);
        try (InputStream notes = AxeInPage.class.getResourceAsStream("/dueregard/checks/axe-core/README.md")) {
            assertNotNull(notes);
            String text = new String(notes.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# axe-core " + AxeInPage.VERSION + "\n"), text);
            assertTrue(text.contains("axe-core@" + AxeInPage.VERSION), text);
        }
        assertNotNull(AxeInPage.class.getResource("/dueregard/checks/axe-core/LICENSE"));
        assertTrue(AxeInPage.AXE_SOURCE.length() > 500_000, "the whole of axe.min.js");
    }
}
