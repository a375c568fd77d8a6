package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A JVM ended by SIGTERM takes its local streams with it. Seen before the fix: the desktop app on This computer,
 * killed, left its liveness pings running for an hour until killed by hand.
 */
class LocalShellExitTest {

    @Test
    void sigtermOfTheJvmKillsItsStreamsAndTheirChildren() throws Exception {
        Process jvm = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StreamingChild.class.getName())).redirectErrorStream(true)
                .start();
        long sleeper;
        try {
            var lines = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertThat(line).as("the stream's first line").startsWith("pid ");
            sleeper = Long.parseLong(line.substring(4).trim());
            assertThat(ProcessHandle.of(sleeper)).as("the grandchild runs").map(ProcessHandle::isAlive).contains(true);
        } finally {
            jvm.destroy();
        }
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).as("the JVM ended on SIGTERM").isTrue();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<ProcessHandle> left = ProcessHandle.of(sleeper).filter(ProcessHandle::isAlive);
        while (left.isPresent() && System.nanoTime() < end) {
            Thread.sleep(100);
            left = ProcessHandle.of(sleeper).filter(ProcessHandle::isAlive);
        }
        left.ifPresent(ProcessHandle::destroyForcibly);
        assertThat(left).as("the stream's sleep " + sleeper + " after its JVM's SIGTERM").isEmpty();
    }
}
