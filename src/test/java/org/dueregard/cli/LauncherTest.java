package org.dueregard.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 11: "Next" steps print the command that started dueregard, which works when typed anywhere. */
class LauncherTest {

    @Test
    void theLauncherThatStartedUsIsTheCommandToType() {
        assertEquals("/home/sam/dueregard/dueregard", Launcher.command(Map.of("DUEREGARD_LAUNCHER", "/home/sam/dueregard/dueregard")));
        assertEquals("\"/home/sam/My tools/dueregard\"", Launcher.command(Map.of("DUEREGARD_LAUNCHER", "/home/sam/My tools/dueregard")));
    }

    @Test
    void withoutTheLauncherItIsJavaAndTheJarOrTheBareName() {
        String command = Launcher.command(Map.of());
        // Tests run from classes, not from the jar.
        assertEquals("dueregard", command);
    }
}
