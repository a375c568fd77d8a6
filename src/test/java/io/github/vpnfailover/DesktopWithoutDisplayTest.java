package io.github.vpnfailover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code vpnfailover} without arguments where there is no screen (a router, an SSH login), in a real JVM: a line
 * that says so and where to go, exit 1; it printed "java.lang.reflect.InvocationTargetException" and nothing else.
 */
class DesktopWithoutDisplayTest {

    @Test
    void noDisplaySaysSoAndNamesTheCommands() throws Exception {
        String err = start(Map.of());
        assertThat(err).contains("No display for the desktop app").contains("vpnfailover --help")
                .doesNotContain("InvocationTargetException");
    }

    @Test
    void aDisplayThatCannotBeOpenedGivesJavaFxsReason() throws Exception {
        String err = start(Map.of("DISPLAY", ":87"));
        assertThat(err).contains("Could not start the desktop app").contains("Unable to open DISPLAY")
                .doesNotContain("InvocationTargetException");
    }

    @Test
    void macOsAndWindowsNeedNoDisplayVariable() throws Exception {
        for (String os : List.of("Mac OS X", "Windows 11")) {
            // JavaFX then fails on this Linux machine in its own way; what matters is that we did not refuse first
            assertThat(start(Map.of(), "-Dos.name=" + os, -1)).doesNotContain("No display for the desktop app");
        }
    }

    private static String start(Map<String, String> env) throws Exception {
        return start(env, "-Dvfm.none", 1);
    }

    private static String start(Map<String, String> env, String property, int exit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                property, "-cp", System.getProperty("java.class.path"), "io.github.vpnfailover.Main"));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
        if (exit >= 0) {
            assertThat(p.exitValue()).as(err).isEqualTo(exit);
        }
        return err;
    }
}
